/**
 * A database linked before migration 6 kept its candidates in tables (buckets, SimHash bands) and
 * its statements without bucket hashes. Migrated, it must give the linker the same candidates from
 * the statements' fingerprints, and linking on must reach what linking everything anew reaches.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/lang/load-packs.js';
import { Linker } from '../../src/link/linker.js';
import type { LinkWriteBatch } from '../../src/link/link-rows.js';
import { MemoryLinkRepository } from '../../src/link/memory-link-repository.js';
import { parseSimHash, simhashBands } from '../../src/link/simhash.js';
import { baseLang } from '../../src/link/statement-fingerprint.js';
import { applyMigrations } from '../../src/store/migrate.js';
import { claimToRow, clusterToRow, statementToRow } from '../../src/store/link-row-codec.js';
import { INSERT_COLUMNS, ON_CONFLICT } from '../../src/store/link-sql.js';
import { openLinkTables } from '../../src/store/open-link-repository.js';
import { connectPostgres } from '../../src/store/postgres/postgres-store-dialect.js';
import { connectSqlite } from '../../src/store/sqlite/sqlite-store-dialect.js';
import { TARGETS, dialectsToTest, type TestTarget } from '../store/store-targets.js';
import { records, snapshot } from './support/suite-records.js';

/** The in-memory repository, keeping what each article's linking wrote. */
class Recording extends MemoryLinkRepository {
  readonly writes: Array<LinkWriteBatch | { readonly url: string; readonly of: string }> = [];

  override async write(batch: LinkWriteBatch): Promise<void> {
    this.writes.push(batch);
    return super.write(batch);
  }

  override async addUrl(articleId: string, url: string): Promise<void> {
    this.writes.push({ url, of: articleId });
    return super.addUrl(articleId, url);
  }
}

/** Writes what linking wrote as the link tables of schema version 5 held it. */
async function writeVersion5(dialect: 'sqlite' | 'postgres', target: string, writes: Recording['writes']): Promise<void> {
  const d = dialect === 'sqlite' ? connectSqlite(target) : connectPostgres(target);
  try {
    await applyMigrations(d.db, d.migrations.slice(0, 5), d.locking);
    const insert = (table: keyof typeof INSERT_COLUMNS, rows: readonly object[], columns: readonly string[] = INSERT_COLUMNS[table]) =>
      (rows.length === 0 ? Promise.resolve() : d.rows.insert(d.db, table, columns, rows, ON_CONFLICT[table] ?? ''));
    const urls = new Map<string, number>();
    let nextSeq = 0;
    for (const w of writes) {
      if ('url' in w) {
        await insert('link_article_urls', [{ article_id: w.of, ord: urls.get(w.of) ?? 1, url: w.url }]);
        urls.set(w.of, (urls.get(w.of) ?? 1) + 1);
        continue;
      }
      const { article } = w;
      await insert('link_articles', [{ ...article, facts: JSON.stringify(article.facts) }], ['id', 'lang', 'date', 'length', 'simhash', 'facts']);
      await insert('link_article_bands' as never, simhashBands(parseSimHash(article.simhash), baseLang(article.lang)).map((band) => ({ band, article_id: article.id })), ['band', 'article_id']);
      await insert('link_article_urls', article.urls.map((url, ord) => ({ article_id: article.id, ord, url })));
      await insert('link_statements', w.statements.map((s) => statementToRow(s, '')), INSERT_COLUMNS.link_statements.filter((c) => c !== 'buckets'));
      await insert('link_buckets' as never, w.buckets.map((b) => ({ bucket: b.bucket, statement_key: b.key, cluster_id: b.clusterId, article_id: b.articleId, seq: b.seq })),
        ['bucket', 'statement_key', 'cluster_id', 'article_id', 'seq']);
      await insert('link_claims', w.claims.map(claimToRow));
      await insert('link_initiative_stances', w.statements.flatMap((s) => (s.fingerprint.kind !== 'stance' ? []
        : [...new Set([s.fingerprint.target, ...s.fingerprint.initiatives].filter((x): x is string => x !== null))].map((initiative) => ({ initiative, statement_key: s.key })))));
      await insert('link_initiative_mentions', w.mentions.map((m) => ({ initiative: m.initiative, article_id: m.articleId, proposer: m.proposer, date: m.date, count: m.count })));
      await insert('link_clusters', w.clusters.map(clusterToRow));
      for (const s of w.statements) nextSeq = Math.max(nextSeq, s.seq + 1);
      await insert('link_meta', [{ name: 'next_seq', value: nextSeq }]);
    }
  } finally {
    await d.close();
  }
}

describe.each(await dialectsToTest())('a %s database linked before migration 6', (dialect) => {
  let target: TestTarget;

  beforeAll(async () => {
    target = await TARGETS[dialect]();
  });

  afterAll(async () => target?.dispose());

  it('finds its candidates through the fingerprints and links on as if it had been linked anew', async () => {
    const packs = await loadPacks();
    const all = await records();
    const memory = new Recording();
    const linker = new Linker(memory, packs);
    for (const r of all) await linker.add(r);
    // The seed's zh and en reports, a copy and fiction before; the Russian report, which joins
    // their clusters, after.
    const before = all.slice(0, 5);
    const head = new Recording();
    const headLinker = new Linker(head, packs);
    for (const r of before) await headLinker.add(r);
    await writeVersion5(dialect, target.target, head.writes);

    const tables = await openLinkTables(target.target);
    try {
      const migrated = new Linker(tables.repo, packs);
      const outcomes = [];
      for (const r of all.slice(5)) outcomes.push(await migrated.add(r));
      expect(outcomes.some((o) => o.status === 'linked' && o.joined > 0)).toBe(true);
      expect(await snapshot(tables.repo)).toEqual(await snapshot(memory));
    } finally {
      await tables.close();
    }
  });
});
