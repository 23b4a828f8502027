/**
 * The linker's candidate reads stay bounded however crowded a key gets: a bucket or a SimHash band
 * shared by many articles gives only its most recently filed rows, in memory and in both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkRepository } from '../../src/link/link-repository.js';
import { MemoryLinkRepository } from '../../src/link/memory-link-repository.js';
import { formatSimHash, simhash, simhashBands } from '../../src/link/simhash.js';
import { openLinkTables, type LinkTables } from '../../src/store/open-link-repository.js';
import { TARGETS, dialectsToTest, type TestTarget } from '../store/store-targets.js';

const ARTICLES = 40;
const HASH = simhash('The Valdorian delegation met the Ostrenian delegation on the river bank and agreed on nothing at all.');
const BANDS = simhashBands(HASH, 'en');
const articleId = (i: number) => `a${String(i).padStart(3, '0')}`;

async function fill(repo: LinkRepository): Promise<void> {
  for (let i = 0; i < ARTICLES; i++) {
    await repo.write({
      // Every article on the same bands, as templated bulletins are.
      article: { id: articleId(i), lang: 'en', date: '2025-03-01', length: 100, simhash: formatSimHash(HASH), facts: [], urls: [], ownUrl: null },
      statements: [],
      // Ids do not follow filing order, so "latest" cannot come from sorting ids.
      buckets: [{ bucket: 'w:quote:person:x:country:y:2025-03-01', key: `${articleId(i)}#0`, clusterId: `c${(i * 7) % ARTICLES}`, articleId: articleId(i), seq: i }],
      clusters: [],
      claims: [],
      mentions: [],
    });
  }
}

async function expectLatest(repo: LinkRepository): Promise<void> {
  const hits = await repo.bucketHits(['w:quote:person:x:country:y:2025-03-01', 'w:quote:nobody:2025-03-01'], 8);
  expect(hits.map((h) => h.seq).sort((a, b) => a - b)).toEqual([32, 33, 34, 35, 36, 37, 38, 39]);
  const articles = await repo.articlesByBands(BANDS, 5);
  expect(articles.map((a) => a.id).sort()).toEqual([35, 36, 37, 38, 39].map(articleId));
}

it('in memory', async () => {
  const repo = new MemoryLinkRepository();
  await fill(repo);
  await expectLatest(repo);
});

describe.each(await dialectsToTest())('on %s', (dialect) => {
  let target: TestTarget;
  let tables: LinkTables;

  beforeAll(async () => {
    target = await TARGETS[dialect]();
    tables = await openLinkTables(target.target);
    await fill(tables.repo);
  }, 60_000);

  afterAll(async () => {
    await tables?.close();
    await target?.dispose();
  });

  it('reads the latest rows of a crowded bucket and band', async () => {
    await expectLatest(tables.repo);
  });
});
