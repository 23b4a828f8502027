/**
 * Two processes linking into one database by turns. Each keeps the rows it read and wrote in
 * memory (link-memory.ts): statements never change, but a cluster row does as members join, so a
 * process that kept a cluster while another one added to it must read it again. The seed's three
 * reports, linked zh (first process), en (second), ru (first again), must give clusters of three
 * in three languages, exactly as linking them one by one in memory does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/lang/load-packs.js';
import { Linker } from '../../src/link/linker.js';
import { MemoryLinkRepository } from '../../src/link/memory-link-repository.js';
import type { ArticleRecord } from '../../src/record/article-record.js';
import { openLinkTables } from '../../src/store/open-link-repository.js';
import { TARGETS, dialectsToTest, type TestTarget } from '../store/store-targets.js';
import { seedRecords } from './support/seed-records.js';
import { snapshot } from './support/suite-records.js';

let seed: Record<'zh' | 'en' | 'ru', ArticleRecord>;

beforeAll(async () => {
  seed = await seedRecords();
});

describe.each(await dialectsToTest())('linkers taking turns on %s', (dialect) => {
  let target: TestTarget;
  beforeAll(async () => {
    target = await TARGETS[dialect]();
  });
  afterAll(() => target.dispose());

  it('read again the clusters the other one joined', async () => {
    const packs = await loadPacks();
    const first = await openLinkTables(target.target);
    const second = await openLinkTables(target.target);
    try {
      const a = new Linker(first.repo, packs);
      const b = new Linker(second.repo, packs);
      await a.add(seed.zh);
      await b.add(seed.en);
      await a.add(seed.ru);
      const memory = new MemoryLinkRepository();
      const alone = new Linker(memory, packs);
      for (const r of [seed.zh, seed.en, seed.ru]) await alone.add(r);
      const linked = await snapshot(first.repo);
      expect(linked.clusters.filter((c) => c.size === 3 && c.langs.join() === 'en,ru,zh').length).toBeGreaterThanOrEqual(20);
      expect(linked).toEqual(await snapshot(memory));
    } finally {
      await first.close();
      await second.close();
    }
  }, 60_000);
});
