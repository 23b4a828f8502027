/**
 * The linker's candidate reads stay bounded however crowded a key gets: a bucket or a SimHash band
 * shared by many articles gives only its most recently filed rows, in memory and in both databases.
 * With a database, the candidates come from an in-memory index that must stay equal to the tables:
 * when another process links, when a transaction fails, and after a relink.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkRepository } from '../../src/link/link-repository.js';
import type { StatementRow } from '../../src/link/link-rows.js';
import { MemoryLinkRepository } from '../../src/link/memory-link-repository.js';
import { formatSimHash, simhash, simhashBands } from '../../src/link/simhash.js';
import { openLinkTables, type LinkTables } from '../../src/store/open-link-repository.js';
import { TARGETS, dialectsToTest, type TestTarget } from '../store/store-targets.js';

const ARTICLES = 40;
const HASH = simhash('The Valdorian delegation met the Ostrenian delegation on the river bank and agreed on nothing at all.');
const BANDS = simhashBands(HASH, 'en');
const articleId = (i: number) => `a${String(i).padStart(3, '0')}`;

const BUCKET = 'w:quote:person:x:country:y:2025-03-01';

function statement(i: number): StatementRow {
  const key = `${articleId(i)}#q0`;
  return {
    key, articleId: articleId(i), index: 0, start: 0, end: 10, text: 'Nothing at all.', label: 'direct',
    fingerprint: {
      kind: 'quote', lang: 'en', date: '2025-03-01', speaker: 'person:x', holder: null, stance: null, target: null, proposer: null,
      entities: ['country:y'], initiatives: [], figures: [], times: [], ordinal: 0, count: 1, sketch: [], bands: [],
    },
    // Clusters founded by earlier articles, in an order unlike the ids'.
    clusterId: i < 8 ? key : `${articleId((i * 7) % 8)}#q0`, score: i < 8 ? 0 : 1, evidence: [], seq: i,
  };
}

async function fill(repo: LinkRepository, from = 0, to = ARTICLES): Promise<void> {
  for (let i = from; i < to; i++) {
    const s = statement(i);
    await repo.write({
      // Every article on the same bands, as templated bulletins are.
      article: { id: articleId(i), lang: 'en', date: '2025-03-01', length: 100, simhash: formatSimHash(HASH), facts: [], urls: [], ownUrl: null },
      statements: [s],
      buckets: [{ bucket: BUCKET, key: s.key, clusterId: s.clusterId, articleId: s.articleId, seq: s.seq }],
      clusters: [],
      claims: [],
      mentions: [],
    });
  }
}

/** What a lookup of BUCKET finds among the newest `perBucket` filed, as (article number, cluster) pairs. */
async function found(repo: LinkRepository, perBucket: number, clusters = 1000, sample = 1000): Promise<Array<[number, string]>> {
  const [ranked] = await repo.candidateClusters([{ buckets: [BUCKET, 'w:quote:nobody:2025-03-01'], articleId: 'elsewhere' }], { perBucket, clusters, sample });
  return [...ranked!].flatMap(([cluster, keys]) => keys.map((k): [number, string] => [Number(k.slice(1, 4)), cluster])).sort((x, y) => x[0] - y[0]);
}

const numbers = async (repo: LinkRepository, perBucket: number) => (await found(repo, perBucket)).map(([i]) => i);

async function expectLatest(repo: LinkRepository): Promise<void> {
  // Each hit under the cluster it joined when it was filed.
  expect(await found(repo, 8)).toEqual([32, 33, 34, 35, 36, 37, 38, 39].map((i) => [i, statement(i).clusterId]));
  const articles = await repo.articlesByBands(BANDS, 5);
  expect(articles.map((a) => a.id).sort()).toEqual([35, 36, 37, 38, 39].map(articleId));
  // Eight clusters of five: the first three by id, each with its two earliest members.
  expect(await found(repo, ARTICLES, 3, 2)).toEqual([[0, 'a000#q0'], [1, 'a001#q0'], [2, 'a002#q0'], [8, 'a000#q0'], [14, 'a002#q0'], [15, 'a001#q0']]);
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
  }, 60_000);

  afterAll(async () => {
    await tables?.close();
    await target?.dispose();
  });

  it('reads the latest rows of a crowded bucket and band', async () => {
    tables = await openLinkTables(target.target);
    await fill(tables.repo);
    await expectLatest(tables.repo);
  });

  it('reads back the same candidates from the tables in another connection, and what others link after it', async () => {
    // A second process: its candidate index is built from the tables, then kept current with them.
    const other = await openLinkTables(target.target);
    try {
      await expectLatest(other.repo);
      await fill(tables.repo, ARTICLES, ARTICLES + 3);
      expect(await numbers(other.repo, 2)).toEqual([ARTICLES + 1, ARTICLES + 2]);
      expect((await other.repo.findArticles([articleId(ARTICLES + 2)])).map((a) => a.id)).toEqual([articleId(ARTICLES + 2)]);
    } finally {
      await other.close();
    }
  });

  it('forgets what a failed transaction indexed', async () => {
    await expect(tables.repo.atomically(async (repo) => {
      await fill(repo, ARTICLES + 3, ARTICLES + 4);
      expect(await numbers(repo, 1)).toEqual([ARTICLES + 3]);
      throw new Error('fails after writing');
    })).rejects.toThrow('fails after writing');
    expect(await numbers(tables.repo, 1)).toEqual([ARTICLES + 2]);
    expect(await tables.repo.articlesByBands(BANDS, 1)).toEqual([expect.objectContaining({ id: articleId(ARTICLES + 2) })]);
  });

  it('starts from nothing after a relink clears the tables, in every process', async () => {
    const other = await openLinkTables(target.target);
    try {
      expect(await numbers(other.repo, 1)).toHaveLength(1);
      await tables.repo.clear();
      expect(await numbers(other.repo, 8)).toEqual([]);
      expect(await other.repo.articlesByBands(BANDS, 8)).toEqual([]);
      await fill(other.repo, 0, 2);
      expect(await numbers(tables.repo, 8)).toEqual([0, 1]);
    } finally {
      await other.close();
    }
  });
});
