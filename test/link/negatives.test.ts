import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/lang/load-packs.js';
import { Linker } from '../../src/link/linker.js';
import { figuresLedger, listStatementClusters } from '../../src/link/link-views.js';
import { MemoryLinkRepository } from '../../src/link/memory-link-repository.js';
import type { ArticleRecord } from '../../src/record/article-record.js';
import { annotatedRecord } from './support/annotate-record.js';
import { FICTION_FILES, FICTION_NOTES } from './support/fiction-notes.js';
import { seedRecords } from './support/seed-records.js';

const fiction = (name: 'kallenMarch10' | 'kallenMarch20' | 'ostrova' | 'institute') =>
  annotatedRecord(FICTION_FILES[name], FICTION_NOTES[name]!);

async function linked(records: readonly ArticleRecord[]) {
  const repo = new MemoryLinkRepository();
  const linker = new Linker(repo, await loadPacks());
  for (const r of records) await linker.add(r);
  return repo;
}

const clusterOf = async (repo: MemoryLinkRepository, key: string) =>
  (await listStatementClusters(repo, { limit: 10_000 })).find((c) => c.members.some((m) => m.key === key));

describe('unrelated statements never cluster', () => {
  it('the same speaker saying the same words on another day is another statement', async () => {
    const a = await fiction('kallenMarch10');
    const b = await fiction('kallenMarch20');
    const repo = await linked([a, b]);
    const clusters = await listStatementClusters(repo, { limit: 100 });
    expect(clusters).toHaveLength(4);
    expect(clusters.every((c) => c.size === 1)).toBe(true);
  });

  it('the same words ten days apart still meet within the window when the dates are close', async () => {
    // The control for the case above: moved to the next day, the same statement links.
    const a = await fiction('kallenMarch10');
    const b = { ...(await fiction('kallenMarch20')), date: '2025-03-11' };
    const repo = await linked([a, b]);
    const quote = await clusterOf(repo, `${b.id}#q0`);
    expect(quote?.size).toBe(2);
  });

  it('the same figure said by someone else on the same day joins none of the seed speaker\'s clusters', async () => {
    const seed = await seedRecords();
    const ostrova = await fiction('ostrova');
    const repo = await linked([seed.zh, seed.en, ostrova, seed.ru]);
    const cluster = await clusterOf(repo, `${ostrova.id}#q0`);
    expect(cluster?.size).toBe(1);
    const seedCluster = await clusterOf(repo, `${seed.zh.id}#q4`);
    expect(seedCluster?.size).toBe(3);
  });
});

describe('the figures ledger', () => {
  it('shows each seed claim once with three sources, and flags a disagreeing estimate', async () => {
    const seed = await seedRecords();
    const institute = await fiction('institute');
    const repo = await linked([seed.zh, seed.en, seed.ru, institute]);
    const ledger = await figuresLedger(repo);
    const intra = ledger.find((e) => e.key === 'trade|intra|organization:sco|USD|2024');
    expect(intra?.flagged).toBe(true);
    expect(intra?.claims).toHaveLength(2);
    const seedClaim = intra!.claims.find((c) => c.claimant === 'person:kassym-jomart-tokayev');
    expect(seedClaim?.sources.map((s) => s.lang).sort()).toEqual(['en', 'ru', 'zh']);
    expect(seedClaim?.sources.map((s) => s.urls[0])).toEqual(expect.arrayContaining([
      'https://steppe-herald.example/zh/2025/09/01/tianjin-speech',
      'https://caspian-wire.example/en/news/2025-09-01/tianjin-speech',
      'https://volga-courier.example/ru/2025/09/01/tianjin',
    ]));
    const estimate = intra!.claims.find((c) => c.claimant === 'organization:valdorian-trade-institute');
    expect(estimate?.value).toBe(5.9e11);
    expect(intra?.conflicts[0]?.detail).toMatch(/do not meet/);
    // Every other entry holds one claim with three sources and is not flagged.
    for (const e of ledger.filter((x) => x !== intra)) {
      expect(e.flagged, e.key).toBe(false);
      expect(e.claims.map((c) => c.sources.length), e.key).toEqual([3]);
    }
  });

  it('does not flag a claim by someone else that agrees', async () => {
    const seed = await seedRecords();
    const repo = await linked([seed.zh, await fiction('ostrova')]);
    const intra = (await figuresLedger(repo)).find((e) => e.key === 'trade|intra|organization:sco|USD|2024');
    expect(intra?.claims.map((c) => c.claimant).sort()).toEqual(['person:irena-ostrova', 'person:kassym-jomart-tokayev']);
    expect(intra?.flagged).toBe(false);
  });
});
