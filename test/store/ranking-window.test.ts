/**
 * Bounded search plans, every dialect, checked against the exact plans they stand in for: a text
 * query ranks only its newest `rankWindow` matches (and every match when the window holds them
 * all), and a speaker query reads the speaker's units newest first and stops at the limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/record/article-record.js';
import { openStore } from '../../src/store/open-store.js';
import type { SearchHit, Store } from '../../src/store/store.js';
import { KALLEN, MARENIA, buildRecord } from './fixtures/fictional-records.js';
import { TARGETS, dialectsToTest, type TestTarget } from './store-targets.js';

const PAD = ' The delegation also toured the harbour.';

/** Reports on Marenia of growing length (scores differ, in SQLite at least), oldest first. */
const REPORTS: ArticleRecord[] = Array.from({ length: 6 }, (_, k) => {
  const quote = `Trade with Marenia grew in quarter ${k + 1}.`;
  const text = `President Arvid Kallen said: "${quote}"${PAD.repeat(k * 2)}`;
  return buildRecord({
    url: `https://wire.example/marenia/${k}`, date: `2025-0${k + 1}-10`, lang: 'en', text, entities: [KALLEN, MARENIA],
    mentions: [['Arvid Kallen', KALLEN.id], ['Marenia', MARENIA.id]], quotes: [[quote, KALLEN.id]],
  });
});

const ids = (hits: readonly SearchHit[]) => hits.map((h) => h.article.id);

describe.each(await dialectsToTest())('bounded search plans on %s', (dialect) => {
  let target: TestTarget;
  let store: Store;

  beforeAll(async () => {
    target = await TARGETS[dialect]();
    store = await openStore(target.target);
    for (const r of REPORTS) await store.putArticle(r);
  }, 60_000);

  afterAll(async () => {
    await store?.close();
    await target?.dispose();
  });

  it('ranks every match exactly when the window holds them all', async () => {
    const exact = await store.search({ text: 'Marenia', type: 'article', limit: 3 }, { rankWindow: null });
    const windowed = await store.search({ text: 'Marenia', type: 'article', limit: 3 }, { rankWindow: 100 });
    expect(ids(windowed)).toEqual(ids(exact));
  });

  it('ranks only the newest matches that pass the filters when the window is smaller', async () => {
    const windowed = await store.search({ text: 'Marenia', type: 'article', limit: 2 }, { rankWindow: 3 });
    const newest = REPORTS.slice(-3).map((r) => r.id);
    // Within the window, the exact order still holds: relevance (the dialect's), then date.
    const exact = await store.search({ text: 'Marenia', type: 'article', limit: null }, { rankWindow: null });
    expect(ids(windowed)).toEqual(ids(exact).filter((id) => newest.includes(id)).slice(0, 2));
  });

  it('finds the window through the filter tags: the same units, and none when no unit passes', async () => {
    expect(await store.search({ text: 'Marenia', lang: 'ru', limit: 5 })).toEqual([]);
    expect(await store.search({ text: 'Marenia', type: 'figure', limit: 5 })).toEqual([]);
    const exact = await store.search({ text: 'Marenia', type: 'quote', lang: 'en', limit: null }, { rankWindow: null });
    expect(exact).toHaveLength(REPORTS.length);
    const windowed = await store.search({ text: 'Marenia', type: 'quote', lang: 'EN', limit: 2 }, { rankWindow: 4 });
    const newest = REPORTS.slice(-4).map((r) => r.id);
    expect(ids(windowed)).toEqual(ids(exact).filter((id) => newest.includes(id)).slice(0, 2));
  });

  it("reads a speaker's units newest first, as the exact plan orders them", async () => {
    const all = await store.search({ speaker: 'Kallen', limit: null });
    expect(all.length).toBeGreaterThan(4);
    const fast = await store.search({ speaker: 'Kallen', limit: 4 });
    expect(fast.map((h) => h.unitId)).toEqual(all.slice(0, 4).map((h) => h.unitId));
    const quotes = await store.search({ speaker: 'Kallen', type: 'quote', limit: 2 });
    expect(ids(quotes)).toEqual([REPORTS[5]!.id, REPORTS[4]!.id]);
  });
});
