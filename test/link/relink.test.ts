import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/lang/load-packs.js';
import { Linker, relinkOrder } from '../../src/link/linker.js';
import { figuresLedger, listStatementClusters } from '../../src/link/link-views.js';
import { MemoryLinkRepository } from '../../src/link/memory-link-repository.js';
import { ARTICLE_SCHEMA, type ArticleRecord } from '../../src/record/article-record.js';
import { annotatedRecord } from './support/annotate-record.js';
import { FICTION_FILES, FICTION_NOTES } from './support/fiction-notes.js';
import { seedRecords } from './support/seed-records.js';

async function allRecords(): Promise<ArticleRecord[]> {
  const seed = await seedRecords();
  const fiction = await Promise.all((['kallenMarch10', 'kallenMarch20', 'ostrova', 'institute'] as const)
    .map((n) => annotatedRecord(FICTION_FILES[n], FICTION_NOTES[n]!)));
  return [seed.zh, seed.en, seed.ru, ...fiction];
}

/** Clusters as sets of member keys, order-free: what must not depend on arrival order. */
async function partition(repo: MemoryLinkRepository): Promise<string[]> {
  const clusters = await listStatementClusters(repo, { limit: 10_000 });
  return clusters.map((c) => c.members.map((m) => m.key).sort().join(' ')).sort();
}

describe('relink', () => {
  it('rebuilds the same clusters and ledger as incremental linking, in any arrival order', async () => {
    const records = await allRecords();
    const packs = await loadPacks();
    const incremental = new MemoryLinkRepository();
    const linker = new Linker(incremental, packs);
    for (const r of [...records].reverse()) await linker.add(r);

    const rebuilt = new MemoryLinkRepository();
    const summary = await new Linker(rebuilt, packs).relink([...records].sort(relinkOrder));
    expect(summary).toMatchObject({ articles: records.length, copies: 0 });
    expect(await partition(rebuilt)).toEqual(await partition(incremental));
    const ledgerKeys = async (repo: MemoryLinkRepository) => (await figuresLedger(repo)).map((e) => `${e.key} ${e.flagged}`);
    expect(await ledgerKeys(rebuilt)).toEqual(await ledgerKeys(incremental));
  });

  it('forgets what it linked before', async () => {
    const records = await allRecords();
    const repo = new MemoryLinkRepository();
    const linker = new Linker(repo, await loadPacks());
    await linker.relink(records);
    await linker.relink(records.slice(0, 1));
    expect((await listStatementClusters(repo, { limit: 1000 })).every((c) => c.size === 1)).toBe(true);
  });
});

describe('robustness', () => {
  const id = fc.stringMatching(/^[0-9a-f]{16}$/);
  const entity = fc.constantFrom('person:a', 'person:b', 'country:x', 'organization:y', 'initiative:z', 'bogus');
  const date = fc.oneof(fc.constant(null), fc.constantFrom('2025-09-01', '2025-09-02', '2025-02-30', 'garbage'));

  /** Records whose layers are arbitrary (overlapping, out of order, unknown ids), with valid offsets. */
  const record = fc.record({ id, text: fc.string({ maxLength: 300 }), date, lang: fc.constantFrom('zh', 'ru', 'en', 'kk', 'und', 'zh-Hant') })
    .chain(({ id: rid, text, date: d, lang }) => {
      const span = fc.tuple(fc.nat(text.length), fc.nat(text.length)).map(([a, b]) => {
        const start = Math.min(a, b);
        const end = Math.max(a, b);
        return { start, end, text: text.slice(start, end) };
      });
      return fc.record({
        mentions: fc.array(fc.tuple(span, entity).map(([s, e]) => ({ ...s, entity: e, via: 'alias' as const })), { maxLength: 8 }),
        quotes: fc.array(fc.tuple(span, fc.option(entity, { nil: null })).map(([s, sp]) => ({ ...s, kind: 'direct' as const, speaker: sp, confidence: 1 })), { maxLength: 5 }),
        figures: fc.array(fc.tuple(span, fc.double(), fc.constantFrom('USD', 'percent', 'count', 'year'), fc.constantFrom('exact', 'about', 'more_than', 'up_to' as const))
          .map(([s, v, u, a]) => ({ ...s, value: v, unit: u, kind: 'x', approx: a })), { maxLength: 5 }),
        stances: fc.array(fc.tuple(span, span, fc.option(entity, { nil: null }), fc.option(entity, { nil: undefined }))
          .map(([s, t, h, i]) => ({ ...s, type: 'support' as const, holder: h, target: { ...t, ...(i ? { initiative: i } : {}) } })), { maxLength: 4 }),
        sentences: fc.array(span.map(({ start, end }) => ({ start, end })), { maxLength: 4 }),
      }).map((layers): ArticleRecord => ({
        schema: ARTICLE_SCHEMA, id: rid, url: `https://x.example/${rid}`, title: null, date: d, lang, text, credits: [],
        paragraphs: [{ start: 0, end: text.length, lang }], entities: [], times: [], events: [], ...layers,
      }));
    });

  it('never throws, and every span it reports points into its article', async () => {
    const packs = await loadPacks();
    await fc.assert(fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 6 }), async (records) => {
      const repo = new MemoryLinkRepository();
      const linker = new Linker(repo, packs);
      for (const r of records) await linker.add(r);
      const byId = new Map(records.map((r) => [r.id, r]));
      for (const c of await listStatementClusters(repo, { limit: 1000 })) {
        expect(new Set(c.members.map((m) => m.articleId)).size).toBe(c.members.length);
        for (const m of c.members) expect(byId.get(m.articleId)!.text.slice(m.start, m.end)).toBe(m.text);
      }
      for (const e of await figuresLedger(repo)) {
        for (const s of e.claims.flatMap((c) => c.sources)) expect(byId.get(s.articleId)!.text.slice(s.start, s.end)).toBe(s.text);
      }
    }), { numRuns: 150 });
  });
});
