import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/lang/load-packs.js';
import { Linker } from '../../src/link/linker.js';
import { MemoryLinkRepository } from '../../src/link/memory-link-repository.js';
import { listStatementClusters } from '../../src/link/link-views.js';
import type { ArticleRecord } from '../../src/record/article-record.js';
import { expectValidRecord } from '../support/record-assertions.js';
import { pairMetrics } from './support/pair-metrics.js';
import { seedRecords } from './support/seed-records.js';
import { SEED_QUOTES, SEED_STANCES } from './support/seed-notes.js';

async function linkAll(records: readonly ArticleRecord[]) {
  const repo = new MemoryLinkRepository();
  const linker = new Linker(repo, await loadPacks());
  for (const r of records) await linker.add(r);
  return repo;
}

/** Gold labels: the n-th quote (stance) of every seed record is the same utterance. */
function gold(records: readonly ArticleRecord[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const r of records) {
    r.quotes.forEach((_, i) => labels.set(`${r.id}#q${i}`, `q${i}`));
    r.stances.forEach((_, i) => labels.set(`${r.id}#s${i}`, `s${i}`));
  }
  return labels;
}

async function predicted(repo: MemoryLinkRepository): Promise<Map<string, string>> {
  const clusters = await listStatementClusters(repo, { limit: 10_000 });
  return new Map(clusters.flatMap((c) => c.members.map((m) => [m.key, c.id] as const)));
}

describe('statement clusters over the seed in three outlets (hand-built records)', () => {
  it('builds valid records with 10 quotes and 15 stances in each language', async () => {
    const seed = await seedRecords();
    for (const r of Object.values(seed)) {
      expectValidRecord(r);
      expect(r.quotes).toHaveLength(SEED_QUOTES);
      expect(r.stances).toHaveLength(SEED_STANCES);
    }
  });

  for (const order of [['zh', 'en', 'ru'], ['ru', 'zh', 'en'], ['en', 'ru', 'zh']] as const) {
    it(`links each quote and each stance into one cluster of three (order ${order.join(', ')})`, async () => {
      const seed = await seedRecords();
      const records = order.map((l) => seed[l]);
      const repo = await linkAll(records);
      const metrics = pairMetrics(gold(records), await predicted(repo));
      expect(metrics.precision).toBe(1);
      expect(metrics.recall).toBe(1);
      const clusters = await listStatementClusters(repo, { limit: 1000 });
      expect(clusters.filter((c) => c.kind === 'quote').map((c) => c.size)).toEqual(Array(SEED_QUOTES).fill(3));
      expect(clusters.filter((c) => c.kind === 'stance').map((c) => c.size)).toEqual(Array(SEED_STANCES).fill(3));
      for (const c of clusters) {
        expect(new Set(c.members.map((m) => m.articleId)).size).toBe(3);
        expect(c.langs).toEqual(['en', 'ru', 'zh']);
        for (const m of c.members.filter((x) => x.key !== c.id)) expect(m.evidence.length).toBeGreaterThan(0);
      }
    });
  }

  it('aligns statements with nothing checkable in them even when one report has a statement fewer', async () => {
    const seed = await seedRecords();
    const dropped = 6;
    const en = { ...seed.en, stances: seed.en.stances.filter((_, i) => i !== dropped) };
    const records = [seed.zh, en, seed.ru];
    const labels = gold([seed.zh, seed.ru]);
    en.stances.forEach((_, i) => labels.set(`${en.id}#s${i}`, `s${i < dropped ? i : i + 1}`));
    en.quotes.forEach((_, i) => labels.set(`${en.id}#q${i}`, `q${i}`));
    const repo = await linkAll(records);
    const metrics = pairMetrics(labels, await predicted(repo));
    expect(metrics.precision).toBe(1);
    expect(metrics.recall).toBe(1);
    const aligned = (await listStatementClusters(repo, { kind: 'stance', limit: 100 }))
      .flatMap((c) => c.members.flatMap((m) => m.evidence.filter((e) => e.kind === 'position' && e.detail.includes('aligned'))));
    expect(aligned.length).toBeGreaterThanOrEqual(2);
  });

  it('records language-independent evidence for the 6500亿美元 sentence', async () => {
    const seed = await seedRecords();
    const repo = await linkAll([seed.zh, seed.en, seed.ru]);
    const [cluster] = await listStatementClusters(repo, { contains: '6500亿美元' });
    expect(cluster?.members.map((m) => m.lang).sort()).toEqual(['en', 'ru', 'zh']);
    const kinds = new Set(cluster!.members.flatMap((m) => m.evidence.map((e) => e.kind)));
    expect(kinds).toContain('speaker');
    expect(kinds).toContain('figure');
    const figure = cluster!.members.flatMap((m) => m.evidence).find((e) => e.kind === 'figure');
    expect(figure?.detail).toContain('USD:650000000000');
  });
});
