/**
 * POST /api/articles links what it stores, as `rostrum ingest` does: the same report under a
 * second url is recorded as a syndicated copy of the first (`copyOf`), not stored twice, and the
 * statements page then shows the stored article's statements.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/api/build-app.js';
import { memoryLinks, type CorpusLinks } from '../../src/api/corpus-links.js';
import { MemoryCorpus } from '../../src/api/memory-corpus.js';
import { TOKEN, expectDocumented } from './api-harness.js';

// The seed's English translation: a real article long enough for copy detection.
const SEED_EN = readFileSync(new URL('../../examples/000_57bb135459f8ca34.en.txt', import.meta.url), 'utf8');

let app: FastifyInstance;
let links: CorpusLinks;

beforeAll(async () => {
  const corpus = new MemoryCorpus();
  links = await memoryLinks(corpus);
  app = await buildApp({ corpus, links: links.source, link: links.link, token: TOKEN, webRoot: null, cache: false });
}, 60_000);

afterAll(async () => {
  await app?.close();
  await links?.close();
});

const post = (url: string) => app.inject({
  method: 'POST', url: '/api/articles', headers: { authorization: `Bearer ${TOKEN}` },
  payload: { text: SEED_EN, url, date: '2025-09-01', lang: 'en' },
});

it('stores the first report and links the second url to it as a copy', async () => {
  const first = await post('https://wire-a.example/sco-bank');
  expect(first.statusCode).toBe(201);
  const stored = first.json() as { id: string; created: boolean };
  await expectDocumented(app, 'IngestResult', stored);

  const copy = await post('https://wire-b.example/sco-bank-copy');
  expect(copy.statusCode).toBe(200);
  const body = copy.json() as { id: string; created: boolean; copyOf?: string };
  await expectDocumented(app, 'IngestResult', body);
  expect(body).toMatchObject({ created: false, copyOf: stored.id });

  const statements = (await app.inject({ url: '/api/statements?limit=50' })).json() as { clusters: Array<{ members: Array<{ urls: string[] }> }> };
  expect(statements.clusters.length).toBeGreaterThan(0);
  expect(statements.clusters[0]!.members[0]!.urls).toEqual(['https://wire-a.example/sco-bank', 'https://wire-b.example/sco-bank-copy']);
});
