/**
 * The ingest's link thread decides while the writer writes, reading committed rows on its own
 * connection and keeping what the writer has not committed yet. Whatever happens to a session —
 * several sessions, an article whose linking throws half-way, link rows the writer cannot write,
 * a session that does not commit — the link tables must end as linking the stored articles one by
 * one in memory leaves them, on both dialects. From TypeScript sources the thread's sessions run
 * in the calling thread (link-thread.ts); the built CLI's worker is run at the end.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractPool } from '../../src/corpus/extract-pool.js';
import { ingestCorpus, type IngestEvent } from '../../src/corpus/ingest-corpus.js';
import { createLinkThread } from '../../src/corpus/link-thread.js';
import { loadPacks } from '../../src/lang/load-packs.js';
import { packLinkPrep, type LinkPrep, type PackedLinkPrep } from '../../src/link/link-prep.js';
import { Linker } from '../../src/link/linker.js';
import { MemoryLinkRepository } from '../../src/link/memory-link-repository.js';
import type { ArticleRecord } from '../../src/record/article-record.js';
import { openLinkTables } from '../../src/store/open-link-repository.js';
import type { LinkSchema } from '../../src/store/link-tables.js';
import { connectDatabase, openStore } from '../../src/store/open-store.js';
import { prepareUnits } from '../../src/store/prepare-units.js';
import type { Store, WriteSession } from '../../src/store/store.js';
import { TARGETS, dialectsToTest, type TestTarget } from '../store/store-targets.js';
import { records, snapshot } from '../link/support/suite-records.js';
import { outletPath } from '../link/support/annotate-record.js';
import { finished, runCli, spawnCli } from './run-cli.js';

let recs: ArticleRecord[];
let linker: Linker;
let dir: string;
let input: string;

beforeAll(async () => {
  recs = await records();
  linker = new Linker(new MemoryLinkRepository(), await loadPacks());
  dir = mkdtempSync(join(tmpdir(), 'rostrum-link-thread-'));
  input = join(dir, 'articles.jsonl');
  // The pool below hands out the annotated records; the lines only carry which one by url.
  writeFileSync(input, recs.map((r, i) => `${JSON.stringify({ url: urlOf(i), date: r.date, text: r.text })}\n`).join(''));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const urlOf = (i: number) => `https://lines.example/${i}`;

/** An extraction pool that answers each line with its annotated record (and a prep `spoil` may change). */
function fixturePool(spoil: (i: number, prep: LinkPrep) => LinkPrep = (_, p) => p): ExtractPool {
  return {
    threads: 0,
    async extract(article) {
      const i = Number(article.url!.split('/').at(-1));
      const record = recs[i]!;
      return { record, units: prepareUnits(record), link: packLinkPrep(spoil(i, linker.prepare(record))) };
    },
    close: async () => undefined,
  };
}

/** What linking `indexes` of the records, in order, one by one in memory shows. */
async function linkedInMemory(indexes: readonly number[]) {
  const repo = new MemoryLinkRepository();
  const memory = new Linker(repo, await loadPacks());
  for (const i of indexes) await memory.add(recs[i]!);
  return snapshot(repo);
}

/** The views, after checking that the tables' counters agree with their rows (candidate-index-sync.ts reads by them). */
async function tablesSnapshot(target: string) {
  const d = connectDatabase(target);
  try {
    const db = d.db as unknown as Kysely<LinkSchema>;
    const meta = new Map((await db.selectFrom('link_meta').select(['name', 'value']).execute()).map((r) => [r.name, Number(r.value)]));
    const numbers = (await db.selectFrom('link_articles').select('n').orderBy('n').execute()).map((r) => Number(r.n));
    expect(numbers).toEqual(numbers.map((_, k) => k));
    expect(meta.get('articles') ?? 0).toBe(numbers.length);
    const seqs = (await db.selectFrom('link_statements').select('seq').execute()).map((r) => Number(r.seq));
    expect(meta.get('next_seq') ?? 0).toBeGreaterThan(Math.max(-1, ...seqs));
  } finally {
    await d.close();
  }
  const tables = await openLinkTables(target);
  try {
    return await snapshot(tables.repo);
  } finally {
    await tables.close();
  }
}

/** The store, with its write sessions changed by `session` (and `after`, run once a session's work is done). */
function wrappedStore(store: Store, session: (s: WriteSession, n: number) => WriteSession, after?: (n: number) => void): Store {
  let sessions = 0;
  const writeSession: Store['writeSession'] = (work) => {
    const n = sessions++;
    return store.writeSession(async (s) => {
      const result = await work(session(s, n));
      after?.(n);
      return result;
    });
  };
  return Object.assign(Object.create(store) as Store, { writeSession });
}

async function ingest(target: string, options: { pool?: ExtractPool; store?: (s: Store) => Store; batch?: number } = {}) {
  const store = await openStore(target);
  const link = await createLinkThread(target);
  const events: IngestEvent[] = [];
  try {
    const summary = await ingestCorpus([input], {
      store: options.store ? options.store(store) : store, pool: options.pool ?? fixturePool(), link,
      batch: options.batch ?? 3, onEvent: (e) => events.push(e),
    });
    return { summary, events, failures: events.flatMap((e) => (e.kind === 'failure' ? [e.reason] : [])) };
  } finally {
    await link.close();
    await store.close();
  }
}

const ALL = [0, 1, 2, 3, 4, 5, 6, 7];

describe.each(await dialectsToTest())('the ingest link thread on %s', (dialect) => {
  let target: TestTarget;
  const fresh = async () => {
    await target?.dispose();
    target = await TARGETS[dialect]();
    return target.target;
  };
  afterAll(() => target?.dispose());

  it('links across write sessions as linking one by one does, and stores the copy once', async () => {
    const db = await fresh();
    const run = await ingest(db);
    expect(run.failures).toEqual([]);
    expect(run.summary).toMatchObject({ articles: 8, stored: 7, unchanged: 1 });
    expect(await tablesSnapshot(db)).toEqual(await linkedInMemory(ALL));
    // Again: everything is known, nothing is linked twice.
    const again = await ingest(db, { batch: 8 });
    expect(again.summary).toMatchObject({ stored: 0, unchanged: 8 });
    expect(await tablesSnapshot(db)).toEqual(await linkedInMemory(ALL));
  }, 120_000);

  it('reports an article whose linking throws half-way, stores it unlinked, and links the rest of its session', async () => {
    const db = await fresh();
    // Statements of another article: filing them throws after the article itself was filed.
    const pool = fixturePool((i, prep) => (i !== 3 ? prep : { ...prep, drafts: prep.drafts.map((d) => ({ ...d, articleId: 'elsewhere' })) }));
    const run = await ingest(db, { pool, batch: 8 });
    expect(run.failures).toEqual([expect.stringMatching(/^linking failed \(rostrum relink repairs it\): statement .* candidate index/)]);
    expect(run.summary).toMatchObject({ stored: 7, unchanged: 1, failed: 1 });
    expect(await tablesSnapshot(db)).toEqual(await linkedInMemory([0, 1, 2, 4, 5, 6, 7]));
  }, 120_000);

  it('reports an article whose link preparation is unreadable and links the rest as if it were not there', async () => {
    const db = await fresh();
    const good = fixturePool();
    const pool: ExtractPool = {
      ...good,
      async extract(article, options, prepare) {
        const prepared = await good.extract(article, options, prepare);
        return article.url === urlOf(1) ? { ...prepared, link: Uint8Array.of(0xff, 0x0d, 0x6f) as PackedLinkPrep } : prepared;
      },
    };
    const run = await ingest(db, { pool, batch: 8 });
    expect(run.failures).toEqual([expect.stringMatching(/^linking failed \(rostrum relink repairs it\): /)]);
    expect(run.summary).toMatchObject({ stored: 7, unchanged: 1, failed: 1 });
    expect(await tablesSnapshot(db)).toEqual(await linkedInMemory([0, 2, 3, 4, 5, 6, 7]));
  }, 120_000);

  it('stores the rest of a session unlinked when the writer cannot write an article\'s link rows', async () => {
    const db = await fresh();
    const broken = (store: Store) => wrappedStore(store, (s, n) => {
      let applied = 0;
      return {
        putArticle: (r, o) => s.putArticle(r, o), savepoint: (w) => s.savepoint(w), get links() { return s.links; },
        applyLinks: (outbox) => (n === 0 && applied++ === 1 ? Promise.reject(new Error('disk on fire')) : s.applyLinks(outbox)),
      };
    });
    const run = await ingest(db, { store: broken });
    // Session 0 holds articles 0–2: article 1's rows fail, article 2 was decided against them.
    expect(run.failures).toEqual([
      'linking failed (rostrum relink repairs it): disk on fire',
      'linking failed (rostrum relink repairs it): an earlier article\'s link rows could not be written',
    ]);
    expect(run.summary).toMatchObject({ stored: 8, failed: 2 });
    expect(await tablesSnapshot(db)).toEqual(await linkedInMemory([0, 3, 4, 5, 6, 7]));
  }, 120_000);

  it('forgets what it decided for a session that did not commit, and links it on the next run', async () => {
    const db = await fresh();
    const failing = (store: Store) => wrappedStore(store, (s) => s, (n) => {
      if (n === 1) throw new Error('commit refused');
    });
    const run = await ingest(db, { store: failing });
    expect(run.failures).toEqual(Array(3).fill('could not store: commit refused'));
    expect(await tablesSnapshot(db)).toEqual(await linkedInMemory([0, 1, 2, 6, 7]));
    const resumed = await ingest(db);
    expect(resumed.failures).toEqual([]);
    expect(await tablesSnapshot(db)).toEqual(await linkedInMemory([0, 1, 2, 6, 7, 3, 4, 5]));
  }, 120_000);

  it('forgets a session that was not clean even when another process then links as many articles, with more statements', async () => {
    const db = await fresh();
    const store = await openStore(db);
    const thread = await createLinkThread(db);
    const other = await openLinkTables(db);
    try {
      await store.writeSession(async () => {
        const batch = thread.begin([packLinkPrep(linker.prepare(recs[1]!))]);
        await batch.decision(0); // decided, never written
        batch.end(false);
      });
      const elsewhere = new Linker(other.repo, await loadPacks());
      // The seed: one article, as the forgotten session had, but more statements than it.
      await elsewhere.add(recs[0]!);
      await store.writeSession(async (s) => {
        const later = [2, 3, 5, 6, 7];
        const batch = thread.begin(later.map((i) => packLinkPrep(linker.prepare(recs[i]!))));
        for (const k of later.keys()) {
          const decision = await batch.decision(k);
          expect(decision.error).toBeUndefined();
          await s.applyLinks(decision.outbox);
        }
        batch.end(true);
      });
    } finally {
      await other.close();
      await thread.close();
      await store.close();
    }
    expect(await tablesSnapshot(db)).toEqual(await linkedInMemory([0, 2, 3, 5, 6, 7]));
  }, 120_000);

  it('links in the built CLI\'s worker thread as in this thread', async () => {
    const inThread = await fresh();
    expect((await runCli(['ingest', outletPath(''), '--db', inThread, '--jobs', '0'])).code).toBe(0);
    const expected = await tablesSnapshot(inThread);
    const db = await fresh();
    const cli = await finished(spawnCli(['ingest', outletPath(''), '--db', db, '--jobs', '1']));
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.stdout.trim().split('\n').at(-1)!)).toMatchObject({ articles: 8, stored: 7, unchanged: 1, errors: 0 });
    expect(expected.clusters.filter((c) => c.size === 3).length).toBeGreaterThanOrEqual(20);
    expect(await tablesSnapshot(db)).toEqual(expected);
  }, 120_000);
});
