/**
 * End to end: the outlet fixtures through the real ingest and extractor, then linking. The gold
 * standard for the seed and its two translations is structural: translations keep paragraphs, so
 * the n-th statement of a kind in the k-th paragraph is the same utterance in every language.
 * Stances are measured only once a stances stage writes them.
 */
import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/lang/load-packs.js';
import { Linker, type LinkOutcome } from '../../src/link/linker.js';
import { figuresLedger, initiativeTimeline, listStatementClusters } from '../../src/link/link-views.js';
import { MemoryLinkRepository } from '../../src/link/memory-link-repository.js';
import type { ArticleRecord } from '../../src/record/article-record.js';
import { expectValidRecord } from '../support/record-assertions.js';
import { extractedOutlets, outletFixtures } from './support/outlet-records.js';
import { pairMetrics, type PairMetrics } from './support/pair-metrics.js';

async function linkOutlets() {
  const records = await extractedOutlets();
  const repo = new MemoryLinkRepository();
  const linker = new Linker(repo, await loadPacks());
  const outcomes = new Map<string, LinkOutcome>();
  for (const f of outletFixtures()) outcomes.set(f.file, await linker.add(records.get(f.file)!));
  return { records, repo, outcomes };
}

/** Gold labels of one kind of statement in the seed articles: paragraph and place within it. */
function structuralGold(records: readonly ArticleRecord[], kind: 'quote' | 'stance'): Map<string, string> {
  const gold = new Map<string, string>();
  for (const r of records) {
    const items = kind === 'quote' ? r.quotes : r.stances;
    const perParagraph = new Map<number, number>();
    items.map((item, index) => ({ item, index })).sort((a, b) => a.item.start - b.item.start).forEach(({ item, index }) => {
      const p = r.paragraphs.findIndex((x) => x.start <= item.start && item.start < x.end);
      const n = perParagraph.get(p) ?? 0;
      perParagraph.set(p, n + 1);
      gold.set(`${r.id}#${kind === 'quote' ? 'q' : 's'}${index}`, `${p}:${n}`);
    });
  }
  return gold;
}

async function metricsOf(repo: MemoryLinkRepository, seed: readonly ArticleRecord[], kind: 'quote' | 'stance'): Promise<PairMetrics> {
  const clusters = await listStatementClusters(repo, { kind, limit: 10_000 });
  const predicted = new Map(clusters.flatMap((c) => c.members.map((m) => [m.key, c.id] as const)));
  return pairMetrics(structuralGold(seed, kind), predicted);
}

const seedOf = (records: Map<string, ArticleRecord>) =>
  outletFixtures().filter((f) => f.role === 'seed' || f.role === 'translation').map((f) => records.get(f.file)!);

describe('linking the outlet fixtures through the real extractor', () => {
  it('extracts valid records that keep the seed\'s paragraphs in every language', async () => {
    const seed = seedOf(await extractedOutlets());
    for (const r of seed) expectValidRecord(r);
    expect(new Set(seed.map((r) => r.paragraphs.length)).size).toBe(1);
  });

  it('stores the syndicated copy once, as a second url', async () => {
    const { records, repo, outcomes } = await linkOutlets();
    for (const f of outletFixtures().filter((x) => x.role === 'copy')) {
      const original = records.get(f.copyOf!)!;
      expect(outcomes.get(f.file)).toMatchObject({ status: 'copy', of: original.id });
      const [stored] = await repo.findArticles([original.id]);
      expect(stored?.urls).toEqual([original.url, records.get(f.file)!.url]);
    }
  });

  it('clusters each quote of the seed with its two translations', async () => {
    const { records, repo } = await linkOutlets();
    const seed = seedOf(records);
    const m = await metricsOf(repo, seed, 'quote');
    console.log(`quotes: ${m.correctPairs}/${m.predictedPairs} predicted pairs correct, ${m.correctPairs}/${m.truePairs} true pairs found; precision ${m.precision.toFixed(3)}, recall ${m.recall.toFixed(3)}`);
    expect(seed[0]!.quotes.filter((q) => q.kind === 'direct')).toHaveLength(10);
    expect(m.precision).toBe(1);
    expect(m.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('clusters the seed\'s stances with their translations, once a stances stage writes them', async () => {
    const { records, repo } = await linkOutlets();
    const seed = seedOf(records);
    const stances = seed.reduce((n, r) => n + r.stances.length, 0);
    if (stances === 0) return;
    const m = await metricsOf(repo, seed, 'stance');
    console.log(`stances: precision ${m.precision.toFixed(3)}, recall ${m.recall.toFixed(3)} (${m.truePairs} true pairs)`);
    expect(m.precision).toBeGreaterThanOrEqual(0.95);
    expect(m.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('shows each seed figure once with three sources, and flags the disagreeing estimate', async () => {
    const { repo } = await linkOutlets();
    const ledger = await figuresLedger(repo);
    const intra = ledger.find((e) => e.key === 'trade|intra|organization:sco|USD|2024');
    expect(intra?.flagged).toBe(true);
    const seedClaim = intra!.claims.find((c) => c.claimant === 'person:kassym-jomart-tokayev');
    expect(seedClaim?.sources.map((s) => s.lang).sort()).toEqual(['en', 'ru', 'zh']);
    expect(intra!.claims.some((c) => c.value === 5.9e11)).toBe(true);
    const tokayev = ledger.flatMap((e) => e.claims.filter((c) => c.claimant === 'person:kassym-jomart-tokayev'));
    expect(tokayev.length).toBeGreaterThanOrEqual(4);
    for (const c of tokayev) expect(c.sources.map((s) => s.lang).sort(), `${c.value} ${c.unit}`).toEqual(['en', 'ru', 'zh']);
    expect(ledger.filter((e) => e.flagged).map((e) => e.key)).toEqual(['trade|intra|organization:sco|USD|2024']);
  });

  it('never joins the negative fixtures to anything', async () => {
    const { records, repo } = await linkOutlets();
    const negatives = new Set(outletFixtures().filter((f) => f.role === 'negative').map((f) => records.get(f.file)!.id));
    for (const c of await listStatementClusters(repo, { limit: 10_000 })) {
      if (c.members.some((m) => negatives.has(m.articleId))) expect(c.size, c.canonical.text).toBe(1);
    }
  });

  it('draws an initiative timeline from the extracted records', async () => {
    const { repo } = await linkOutlets();
    const t = await initiativeTimeline(repo, 'initiative:sco-development-bank');
    expect(t.mentions.articles).toBe(3);
    expect(t.proposers).toEqual(['country:cn']);
  });
});
