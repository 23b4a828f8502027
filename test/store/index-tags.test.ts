/**
 * Filter tags in the text index (src/store/index-tags.ts) only make filtered text queries cheaper:
 * every text query with a type and language filter must find exactly what the unfiltered query
 * finds, narrowed by those filters — on a fresh (tagged) database of each dialect, and on one whose
 * units were indexed before tags existed (PostgreSQL's migration tags them; SQLite keeps them
 * untagged and answers the same), before and after `rostrum reindex` rebuilds the index.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterTags, langTag, unitTags } from '../../src/store/index-tags.js';
import { KyselyStore } from '../../src/store/kysely-store.js';
import { openStore } from '../../src/store/open-store.js';
import { connectPostgres } from '../../src/store/postgres/postgres-store-dialect.js';
import { tsvectorLiteral } from '../../src/store/postgres/postgres-text-index.js';
import { connectSqlite } from '../../src/store/sqlite/sqlite-store-dialect.js';
import { sqliteTextIndexOf } from '../../src/store/sqlite/sqlite-text-index.js';
import type { SearchHit, Store } from '../../src/store/store.js';
import type { IndexedUnit } from '../../src/store/text-index.js';
import type { SearchQuery, UnitKind } from '../../src/search/search-query.js';
import { runCli } from '../corpus/run-cli.js';
import { FICTIONAL_RECORDS } from './fixtures/fictional-records.js';
import { TARGETS, dialectsToTest, type TestTarget } from './store-targets.js';

const TEXTS = ['Kallen', '卡伦', 'Каллен', 'bank', '开发银行', '開發銀行', 'банк'];
const TYPES: Array<UnitKind | undefined> = [undefined, 'article', 'quote', 'stance', 'figure'];
const LANGS = [undefined, 'en', 'zh', 'zh-Hant', 'ZH', 'ru', 'kk', 'de'];

const key = (h: SearchHit) => `${h.article.id}:${h.kind}:${h.start}`;
const langOk = (wanted: string, lang: string) => {
  const [w, l] = [wanted.toLowerCase(), lang.toLowerCase()];
  return l === w || l.startsWith(`${w}-`);
};

/** Every text × type × language combination answers as the unfiltered query narrowed in code. */
async function expectFiltersNarrowExactly(store: Store): Promise<number> {
  let nonEmpty = 0;
  for (const text of TEXTS) {
    const all = await store.search({ text, limit: null });
    for (const type of TYPES) {
      for (const lang of LANGS) {
        const query: SearchQuery = { text, limit: null, ...(type ? { type } : {}), ...(lang ? { lang } : {}) };
        const expected = all.filter((h) => (!type || h.kind === type) && (!lang || langOk(lang, h.article.lang))).map(key).sort();
        expect((await store.search(query)).map(key).sort(), JSON.stringify(query)).toEqual(expected);
        if (expected.length > 0) nonEmpty += 1;
      }
    }
  }
  return nonEmpty;
}

describe('filter tags', () => {
  it('tag a unit by kind and base language, and a filter only by what it implies', () => {
    expect(unitTags('quote', 'zh-Hant')).toEqual(['ǂkquote', 'ǂlzh']);
    expect(filterTags({ type: 'stance', lang: 'RU' })).toEqual(['ǂkstance', langTag('ru')]);
    // A region narrows within the base language: the SQL filter does that, no tag would.
    expect(filterTags({ lang: 'zh-Hant' })).toEqual([]);
    expect(filterTags({})).toEqual([]);
  });
});

describe.each(await dialectsToTest())('filtered text queries on %s', (dialect) => {
  let target: TestTarget;
  let store: Store;

  beforeAll(async () => {
    target = await TARGETS[dialect]();
    store = await openStore(target.target);
    for (const r of FICTIONAL_RECORDS) await store.putArticle(r);
  }, 60_000);

  afterAll(async () => {
    await store?.close();
    await target?.dispose();
  });

  it('find what the unfiltered query finds, narrowed', async () => {
    // The combinations must exercise hits, not only empty answers.
    expect(await expectFiltersNarrowExactly(store)).toBeGreaterThan(20);
  });
});

/** A dialect's store at schema version 4, before filter tags, indexing its units without them. */
function untaggedStore(dialect: 'sqlite' | 'postgres', target: string): Promise<KyselyStore> {
  const before = dialect === 'sqlite' ? connectSqlite(target) : connectPostgres(target);
  const textIndex = dialect === 'sqlite' ? before.textIndex
    : { ...before.textIndex, row: (u: IndexedUnit) => ({ unit_id: u.id, tsv: tsvectorLiteral(u.text) }) };
  return KyselyStore.open({ ...before, migrations: before.migrations.slice(0, 4), textIndex, resolveTextIndex: undefined });
}

describe.each(await dialectsToTest())('a %s database indexed before filter tags', (dialect) => {
  let target: TestTarget;

  beforeAll(async () => {
    target = await TARGETS[dialect]();
  });

  afterAll(async () => target?.dispose());

  it('is migrated (PostgreSQL tags its units; SQLite keeps its index) and answers filtered queries the same', async () => {
    const old = await untaggedStore(dialect, target.target);
    for (const r of FICTIONAL_RECORDS) await old.putArticle(r);
    await old.close();

    const store = await openStore(target.target);
    try {
      if (dialect === 'sqlite') {
        const probe = connectSqlite(target.target);
        expect((await sqliteTextIndexOf(probe.db)).tagged).toBe(false);
        await probe.close();
      }
      expect(await expectFiltersNarrowExactly(store)).toBeGreaterThan(20);
      // `rostrum reindex` rebuilds it with tags: the same answers, now through them.
      const before = await store.search({ text: 'Kallen', limit: null });
      const summary = await store.reindex();
      expect(summary.articles).toBe(FICTIONAL_RECORDS.length);
      expect(summary.units).toBeGreaterThan(FICTIONAL_RECORDS.length);
      if (dialect === 'sqlite') {
        const probe = connectSqlite(target.target);
        expect((await sqliteTextIndexOf(probe.db)).tagged).toBe(true);
        await probe.close();
      }
      expect((await store.search({ text: 'Kallen', limit: null })).map(key).sort()).toEqual(before.map(key).sort());
      expect(await expectFiltersNarrowExactly(store)).toBeGreaterThan(20);
    } finally {
      await store.close();
    }
    const reopened = await openStore(target.target);
    try {
      expect(await expectFiltersNarrowExactly(reopened)).toBeGreaterThan(20);
    } finally {
      await reopened.close();
    }
  });
});

describe('rostrum reindex', () => {
  it('rebuilds the index of a database and says how much it indexed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rostrum-reindex-'));
    try {
      const path = join(dir, 'r.db');
      const old = await untaggedStore('sqlite', path);
      for (const r of FICTIONAL_RECORDS) await old.putArticle(r);
      await old.close();
      const run = await runCli(['reindex', '--db', path]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^reindexed \\d+ search units of ${FICTIONAL_RECORDS.length} articles in [0-9.]+ s\n$`));
      const probe = connectSqlite(path);
      expect((await sqliteTextIndexOf(probe.db)).tagged).toBe(true);
      await probe.close();
      expect((await runCli(['reindex', 'extra', '--db', path])).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a fresh SQLite database', () => {
  it('gets the tagged index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rostrum-tags-'));
    try {
      const path = join(dir, 'fresh.db');
      await (await openStore(path)).close();
      const probe = connectSqlite(path);
      expect((await sqliteTextIndexOf(probe.db)).tagged).toBe(true);
      await probe.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
