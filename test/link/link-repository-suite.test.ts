/**
 * One linking suite, every repository: in memory, SQLite and PostgreSQL link tables give the same
 * clusters, copies, ledger and timelines for the same articles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/lang/load-packs.js';
import { Linker } from '../../src/link/linker.js';
import type { LinkRepository } from '../../src/link/link-repository.js';
import { listStatementClusters } from '../../src/link/link-views.js';
import { MemoryLinkRepository } from '../../src/link/memory-link-repository.js';
import { openLinkTables, type LinkTables } from '../../src/store/open-link-repository.js';
import { openStore } from '../../src/store/open-store.js';
import { TARGETS, dialectsToTest, type TestTarget } from '../store/store-targets.js';
import { seedRecords } from './support/seed-records.js';
import { records, snapshot } from './support/suite-records.js';

let expected: Awaited<ReturnType<typeof snapshot>>;

beforeAll(async () => {
  const memory = new MemoryLinkRepository();
  const linker = new Linker(memory, await loadPacks());
  for (const r of await records()) await linker.add(r);
  expected = await snapshot(memory);
}, 60_000);

describe.each(await dialectsToTest())('link tables on %s', (dialect) => {
  let target: TestTarget;
  let tables: LinkTables;

  beforeAll(async () => {
    target = await TARGETS[dialect]();
    tables = await openLinkTables(target.target);
    const linker = new Linker(tables.repo, await loadPacks());
    for (const r of await records()) await linker.add(r);
  }, 60_000);

  afterAll(async () => {
    await tables?.close();
    await target?.dispose();
  });

  it('gives the same clusters, ledger and timelines as the in-memory repository', async () => {
    const got = await snapshot(tables.repo);
    expect(got.clusters).toEqual(expected.clusters);
    expect(got.ledger).toEqual(expected.ledger);
    expect(got).toEqual(expected);
    expect(expected.clusters.filter((c) => c.size === 3)).toHaveLength(25);
    expect(expected.ledger.some((e) => e.flagged)).toBe(true);
    expect(expected.page).toHaveLength(3);
    expect(expected.speaker).toHaveLength(4);
  });

  it('keeps a syndicated copy as a url of the first article', async () => {
    const en = (await seedRecords()).en;
    const [row] = await tables.repo.findArticles([en.id]);
    expect(row?.urls).toEqual([en.url, 'https://eurasia-digest.example/syndicated/caspian-wire/tianjin-speech']);
  });

  it('relinks from scratch to the same state', async () => {
    const linker = new Linker(tables.repo, await loadPacks());
    const summary = await linker.relink(await records());
    expect(summary.copies).toBe(1);
    expect(await snapshot(tables.repo)).toEqual(expected);
  });

  it('replays the stored articles by date, undated last', async () => {
    const store = await openStore(target.target);
    try {
      const all = await records();
      const undated = { ...all[1]!, id: 'f0f0f0f0f0f0f0f0', url: 'https://valdoria-post.example/undated', date: null };
      for (const r of [...all, undated]) await store.putArticle(r);
      const replayed: Array<string | null> = [];
      for await (const r of tables.storedRecords()) replayed.push(r.date);
      expect(replayed).toHaveLength(all.length + 1);
      expect(replayed.at(-1)).toBeNull();
      const dated = replayed.slice(0, -1) as string[];
      expect(dated).toEqual([...dated].sort());
    } finally {
      await store.close();
    }
  });

  it('serializes concurrent linkers', async () => {
    const repo = tables.repo;
    const linker = new Linker(repo, await loadPacks());
    await repo.clear();
    const all = await records();
    await Promise.all(all.map((r) => linker.add(r)));
    const clusters = await listStatementClusters(repo, { limit: 10_000 });
    for (const c of clusters) expect(new Set(c.members.map((m) => m.articleId)).size).toBe(c.size);
    expect(clusters.filter((c) => c.size === 3)).toHaveLength(25);
  });
});
