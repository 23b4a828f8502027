/**
 * One suite, every dialect: the same records in, the same answers out, for SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/record/article-record.js';
import type { Dialect } from '../../src/store/dialect.js';
import { openStore } from '../../src/store/open-store.js';
import type { SearchHit, Store } from '../../src/store/store.js';
import type { SearchQuery } from '../../src/search/search-query.js';
import { expectValidRecord } from '../support/record-assertions.js';
import { BANK, BARE, EN, FICTIONAL_RECORDS, KALLEN, RU, VALDORIA, ZH, ZH_HANT, buildRecord } from './fixtures/fictional-records.js';
import { TARGETS, dialectsToTest, type TestTarget } from './store-targets.js';

const ids = (hits: readonly SearchHit[]) => hits.map((h) => `${h.article.id}:${h.kind}:${h.start}`).sort();
const q = (query: Partial<SearchQuery>): SearchQuery => ({ limit: null, ...query });

/** What each dialect reports as its name: a missing dialect here fails to compile. */
const EXPECTED_DIALECT: Record<Dialect, Dialect> = { sqlite: 'sqlite', postgres: 'postgres' };

describe.each(await dialectsToTest())('store on %s', (dialect) => {
  let target: TestTarget;
  let store: Store;

  beforeAll(async () => {
    for (const r of FICTIONAL_RECORDS) expectValidRecord(r);
    target = await TARGETS[dialect]();
    store = await openStore(target.target);
    for (const r of FICTIONAL_RECORDS) expect(await store.putArticle(r, { source: 'fixture' })).toEqual({ status: 'inserted', version: 1 });
  }, 60_000);

  afterAll(async () => {
    await store?.close();
    await target?.dispose();
  });

  it('opens the dialect the target names', () => {
    expect(store.dialect).toBe(EXPECTED_DIALECT[dialect]);
  });

  it('gives back every layer of every record exactly', async () => {
    for (const r of FICTIONAL_RECORDS) {
      const stored = await store.getArticle(r.id);
      expect(stored?.record).toEqual(r);
      expect(stored).toMatchObject({ version: 1, latest: true, source: 'fixture' });
    }
    expect(await store.getArticle('0000000000000000')).toBeNull();
  });

  it('keeps fields the schema does not know yet', async () => {
    const base = buildRecord({ url: null, date: '2025-01-01', lang: 'en', text: 'Marenia said "fine" in Valdoria.', entities: [], quotes: [['fine', null, 'said']] });
    const grown = { ...base, id: 'abcdef0123456789', novelty: { a: 1 }, quotes: base.quotes.map((x) => ({ ...x, tone: 'warm', cue: { ...x.cue!, extra: true } })) } as unknown as ArticleRecord;
    await store.putArticle(grown);
    expect((await store.getArticle(grown.id))?.record).toEqual(grown);
  });

  it('stores the same article twice as once', async () => {
    const before = await store.counts();
    expect(await store.putArticle(EN)).toEqual({ status: 'unchanged' });
    expect(await store.counts()).toEqual(before);
    expect(await store.storedIds([EN.id, ZH.id, 'ffffffffffffffff'])).toEqual(new Set([EN.id, ZH.id]));
  });

  it('reads several articles at once exactly as it reads each', async () => {
    const ids = [...FICTIONAL_RECORDS.map((r) => r.id), 'ffffffffffffffff'];
    const many = await store.getArticles(ids);
    expect([...many.keys()].sort()).toEqual(FICTIONAL_RECORDS.map((r) => r.id).sort());
    for (const r of FICTIONAL_RECORDS) expect(many.get(r.id)).toEqual(await store.getArticle(r.id));
  });

  it('writes an article completely or not at all', async () => {
    const before = await store.counts();
    const broken = { ...buildRecord({ url: null, date: null, lang: 'en', text: 'Broken record about Marenia.', entities: [] }), id: '1111111111111111' };
    const bad = { ...broken, quotes: [{ start: 0, end: 6, text: null, kind: 'direct', speaker: null, confidence: 1 }] } as unknown as ArticleRecord;
    await expect(store.putArticle(bad)).rejects.toThrow();
    expect(await store.getArticle(bad.id)).toBeNull();
    expect(await store.counts()).toEqual(before);
    expect(await store.putArticle(broken)).toEqual({ status: 'inserted', version: 1 });
  });

  it('finds 1- and 2-character Chinese queries', async () => {
    const two = await store.search(q({ text: '卡伦', type: 'article' }));
    expect(two.map((h) => h.article.id).sort()).toEqual([ZH.id, ZH_HANT.id].sort());
    expect((await store.search(q({ text: '贸易', type: 'quote' }))).map((h) => h.article.id)).toEqual([ZH.id]);
    const one = await store.search(q({ text: '峰', type: 'article' }));
    expect(one.map((h) => h.article.id)).toContain(ZH.id);
    expect(await store.search(q({ text: '峰会议', type: 'article' }))).toEqual([]);
  });

  it('lets traditional and simplified Chinese find each other', async () => {
    const fromTraditional = await store.search(q({ text: '開發銀行', type: 'quote' }));
    expect(fromTraditional.map((h) => h.article.id).sort()).toEqual([ZH.id, ZH_HANT.id].sort());
    const fromSimplified = await store.search(q({ text: '我们支持', type: 'quote' }));
    expect(fromSimplified.map((h) => h.article.id)).toEqual([ZH_HANT.id]);
  });

  it('stems Russian and English', async () => {
    const ru = await store.search(q({ text: 'Каллена', type: 'article' }));
    expect(ru.map((h) => h.article.id)).toContain(RU.id);
    const ruQuote = await store.search(q({ text: 'банков развитию', type: 'quote' }));
    expect(ruQuote.map((h) => h.article.id)).toEqual([RU.id]);
    const en = await store.search(q({ text: 'supported banks', type: 'quote' }));
    expect(en.map((h) => h.article.id)).toEqual([EN.id]);
  });

  it('shows each hit with its span, article, date, speaker and url', async () => {
    const [hit] = await store.search(q({ text: 'trade billion', type: 'quote' }), { context: 10 });
    expect(hit).toMatchObject({
      kind: 'quote', article: { id: EN.id, url: EN.url, date: '2025-06-02', lang: 'en' },
      start: EN.quotes[0]!.start, end: EN.quotes[0]!.end, text: EN.quotes[0]!.text,
      speaker: { id: KALLEN.id, name: 'Arvid Kallen' }, item: EN.quotes[0],
    });
    expect(hit!.context).toEqual({ before: EN.text.slice(EN.quotes[0]!.start - 10, EN.quotes[0]!.start), after: EN.text.slice(EN.quotes[0]!.end, EN.quotes[0]!.end + 10) });
    const [zhHit] = await store.search(q({ text: '贸易额', type: 'quote' }));
    expect(zhHit!.speaker).toEqual({ id: KALLEN.id, name: '阿尔维德·卡伦' });
  });

  it('resolves a speaker from any language and script', async () => {
    const byEn = await store.search(q({ speaker: 'Kallen', type: 'quote' }));
    expect(byEn).toHaveLength(4);
    for (const name of ['卡伦', '卡倫', 'Каллена', 'Арвид Каллен', KALLEN.id]) {
      expect(ids(await store.search(q({ speaker: name, type: 'quote' }))), name).toEqual(ids(byEn));
    }
    expect(await store.search(q({ speaker: 'Nobody Known' }))).toEqual([]);
    expect(await store.resolveEntities('Ostrova')).toEqual(['person:irena-ostrova']);
  });

  it('filters by country, initiative, language and date', async () => {
    const byCountry = await store.search(q({ country: '瓦尔多利亚', type: 'stance' }));
    expect(byCountry.map((h) => h.article.id).sort()).toEqual([EN.id, ZH.id, RU.id].sort());
    expect(ids(await store.search(q({ country: 'Валдория', type: 'stance' })))).toEqual(ids(byCountry));
    expect(await store.search(q({ country: 'Marenia', type: 'stance' }))).toEqual([]);
    const byInitiative = await store.search(q({ initiative: 'Development Bank', type: 'stance' }));
    expect(byInitiative).toHaveLength(3);
    expect((await store.search(q({ lang: 'zh', type: 'quote' }))).map((h) => h.article.lang).sort()).toEqual(['zh', 'zh-Hant']);
    const june3to4 = await store.search(q({ since: '2025-06-03', until: '2025-06-04', type: 'article' }));
    expect(june3to4.map((h) => h.article.id).sort()).toEqual([ZH.id, ZH_HANT.id].sort());
  });

  it('ranks by relevance, then newest first, and honours the limit', async () => {
    const all = await store.search(q({ type: 'quote', speaker: KALLEN.id }));
    expect(all.map((h) => h.article.date)).toEqual(['2025-06-05', '2025-06-04', '2025-06-03', '2025-06-02']);
    const ranked = await store.search(q({ text: 'Valdoria', type: 'article' }));
    expect(ranked.every((h, i) => i === 0 || h.score! <= ranked[i - 1]!.score!)).toBe(true);
    expect(await store.search(q({ type: 'quote', speaker: KALLEN.id, limit: 2 }))).toHaveLength(2);
    // No text, no entity: read newest first from the (kind, date) index, undated last.
    const articles = await store.search(q({ type: 'article' }));
    const dates = articles.map((h) => h.article.date);
    const dated = dates.filter((d) => d !== null);
    expect(dates).toEqual([...[...dated].sort().reverse(), ...dates.filter((d) => d === null)]);
    expect(dated.length).toBeGreaterThan(1);
    expect(dates.at(-1)).toBeNull();
  });

  it('finds figures by the words around them and keeps their values', async () => {
    const [figure] = await store.search(q({ text: '贸易', type: 'figure' }));
    expect(figure?.item).toEqual(ZH.figures[0]);
    expect(figure?.speaker?.id).toBe(KALLEN.id);
  });

  it('scans everything that matches, across batches', async () => {
    const seen: SearchHit[] = [];
    for await (const hit of store.scan({ type: 'quote' }, { batchSize: 2 })) seen.push(hit);
    const expected = FICTIONAL_RECORDS.reduce((n, r) => n + r.quotes.length, 0) + 1; // + the grown record's
    expect(seen).toHaveLength(expected);
    expect(new Set(seen.map((h) => h.unitId)).size).toBe(expected);
    const zh: SearchHit[] = [];
    for await (const hit of store.scan({ type: 'quote', text: '銀行', speaker: '卡伦' }, { batchSize: 1 })) zh.push(hit);
    expect(zh.map((h) => h.article.id).sort()).toEqual([ZH.id, ZH_HANT.id].sort());
  });

  it('keeps every version of a url and searches only the latest', async () => {
    const v2 = buildRecord({ ...{ url: EN.url, date: '2025-06-06', lang: 'en', entities: EN.entities }, text: `${EN.text} Updated: Kallen later added that Valdoria welcomes Marenia's offer.` });
    expect(await store.putArticle(v2)).toEqual({ status: 'inserted', version: 2 });
    expect((await store.getArticle(EN.id))?.latest).toBe(false);
    expect(await store.getArticle(v2.id)).toMatchObject({ version: 2, latest: true });
    const hits = await store.search(q({ text: 'Kallen', type: 'article' }));
    expect(hits.map((h) => h.article.id)).toContain(v2.id);
    expect(hits.map((h) => h.article.id)).not.toContain(EN.id);
    expect(await store.putArticle(EN)).toEqual({ status: 'unchanged' });
  });

  it('agrees on versions when writes of one url race', async () => {
    const url = 'https://news.example/race';
    const make = (n: number) => buildRecord({ url, date: '2025-08-01', lang: 'en', entities: [KALLEN], text: `Race report ${n}: Arvid Kallen spoke in Valdoria.` });
    const [a, b] = [make(1), make(2)];
    const outcomes = await Promise.all([store.putArticle(a), store.putArticle(b), store.putArticle(a), store.putArticle(b)]);
    expect(outcomes.filter((o) => o.status === 'unchanged')).toHaveLength(2);
    expect(outcomes.flatMap((o) => (o.status === 'inserted' ? [o.version] : [])).sort()).toEqual([1, 2]);
    const latest = await store.search(q({ text: 'race report', type: 'article' }));
    expect(latest).toHaveLength(1);
  });

  it('reopens without re-applying migrations, bare records included', async () => {
    const again = await openStore(target.target);
    try {
      expect((await again.getArticle(BARE.id))?.record).toEqual(BARE);
      expect((await again.counts()).articles).toBe((await store.counts()).articles);
    } finally {
      await again.close();
    }
  });

  it('answers a query of punctuation only with nothing', async () => {
    expect(await store.search(q({ text: '—，。!' }))).toEqual([]);
    expect((await store.search(q({ text: VALDORIA.names['en']! }))).length).toBeGreaterThan(0);
    expect((await store.search(q({ initiative: BANK.id, type: 'article' }))).length).toBeGreaterThan(0);
  });
});
