/**
 * The link layer through the HTTP API: /api/statements, the initiative timeline and the ledger
 * groups, over the outlet fixtures (the seed, its en/ru translations, a syndicated copy, a
 * disagreeing estimate and fictional negatives) ingested with linking, as `rostrum demo` does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/build-app.js';
import { memoryLinks } from '../../src/api/corpus-links.js';
import type { FiguresResult, InitiativeView, StatementsResult } from '../../src/api/corpus-reader.js';
import { MemoryCorpus } from '../../src/api/memory-corpus.js';
import { extractedOutlets, outletFixtures } from '../link/support/outlet-records.js';
import { expectDocumented, expectError } from './api-harness.js';

const TOKAYEV = 'person:kassym-jomart-tokayev';
let app: FastifyInstance;
let texts: Map<string, string>;
let copies = 0;

beforeAll(async () => {
  const records = await extractedOutlets();
  const corpus = new MemoryCorpus();
  const links = await memoryLinks(corpus);
  texts = new Map();
  for (const f of outletFixtures()) {
    const record = records.get(f.file)!;
    const linked = await links.link(record);
    if (linked.copyOf) {
      copies += 1;
      continue;
    }
    await corpus.addArticle(record);
    texts.set(record.id, record.text);
  }
  app = await buildApp({ corpus, links: links.source, webRoot: null, cache: false });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const statements = async (qs: string): Promise<StatementsResult> => {
  const response = await app.inject({ url: `/api/statements?${qs}` });
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json() as StatementsResult;
  await expectDocumented(app, 'StatementsResult', body);
  return body;
};

describe('GET /api/statements', () => {
  it('finds the $650 billion statement reported in zh, ru and en, with exact spans and sources', async () => {
    expect(copies).toBe(1);
    const { clusters, entities } = await statements('contains=650&minSize=3');
    const c = clusters.find((x) => x.members.some((m) => m.text.includes('6500亿美元')));
    expect(c, JSON.stringify(clusters.map((x) => x.canonical.text))).toBeDefined();
    expect([...c!.langs].sort()).toEqual(['en', 'ru', 'zh']);
    expect(c!.members.map((m) => m.article.lang).sort()).toEqual(['en', 'ru', 'zh']);
    expect(c!.members.find((m) => m.article.lang === 'ru')!.text).toContain('650 млрд');
    expect(c!.members.find((m) => m.article.lang === 'en')!.text).toContain('$650 billion');
    for (const m of c!.members) {
      expect(texts.get(m.article.id)!.slice(m.start, m.end)).toBe(m.text);
      expect(m.article.title).toBeTruthy();
      expect(m.urls.length).toBeGreaterThan(0);
    }
    expect(c!.members.map((m) => m.key)).toContain(c!.canonical.key);
    expect(c!.evidenceKinds.length).toBeGreaterThan(0);
    expect(c!.speaker).toBe(TOKAYEV);
    expect(entities[TOKAYEV]?.names).toBeDefined();
  });

  it('keeps the syndicated copy as a second url of the English report', async () => {
    const { clusters } = await statements('contains=650&minSize=3');
    const en = clusters.flatMap((c) => c.members).find((m) => m.article.lang === 'en' && m.text.includes('$650 billion'));
    expect(en!.urls).toHaveLength(2);
  });

  it('filters by speaker name or id, kind, size, dates and limit, like the CLI', async () => {
    const byId = await statements(`speaker=${encodeURIComponent(TOKAYEV)}&minSize=3&limit=100`);
    expect(byId.clusters.length).toBeGreaterThan(5);
    expect(byId.clusters.every((c) => c.speaker === TOKAYEV && c.size >= 3)).toBe(true);
    const byName = await statements(`speaker=${encodeURIComponent('托卡耶夫')}&minSize=3&limit=100`);
    expect(byName.clusters.map((c) => c.id).sort()).toEqual(byId.clusters.map((c) => c.id).sort());
    expect((await statements('kind=quote&limit=100')).clusters.every((c) => c.kind === 'quote')).toBe(true);
    expect((await statements('limit=2')).clusters).toHaveLength(2);
    expect((await statements('from=2030-01-01')).clusters).toEqual([]);
    expect((await statements('to=2025-03-15&limit=100')).clusters.every((c) => (c.dateFrom ?? '') <= '2025-03-15')).toBe(true);
    expect((await statements(`entity=${encodeURIComponent('initiative:sco-development-bank')}&limit=100`)).clusters.length).toBeGreaterThan(0);
    expect((await statements('speaker=Nobody%20Nowhere')).clusters).toEqual([]);
  });

  it('never joins the fictional minister\'s $650 billion to the seed speaker\'s cluster', async () => {
    const { clusters } = await statements('contains=650&limit=100');
    for (const c of clusters) {
      if (c.members.some((m) => m.speaker === TOKAYEV)) expect(c.members.every((m) => !m.text.includes('Ostrova'))).toBe(true);
    }
  });

  it('rejects bad filters with 400', async () => {
    expectError(await app.inject({ url: '/api/statements?kind=rumour' }), 400);
    expectError(await app.inject({ url: '/api/statements?minSize=0' }), 400);
    expectError(await app.inject({ url: '/api/statements?from=2025-02-30' }), 400);
    expectError(await app.inject({ url: '/api/statements?from=2025-09-02&to=2025-09-01' }), 400);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await app.inject({ url: '/openapi.json' })).json() as { paths: Record<string, { get?: { operationId: string } }> };
    expect(doc.paths['/api/statements']?.get?.operationId).toBe('statements');
  });

  it('answers empty, not failing, without link tables', async () => {
    const bare = await buildApp({ corpus: new MemoryCorpus(), webRoot: null });
    const response = await bare.inject({ url: '/api/statements' });
    expect(response.json()).toEqual({ clusters: [], entities: {} });
    await bare.close();
  });
});

describe('link data in the initiative and figures views', () => {
  it('adds the link timeline to the initiative, keeping the existing fields', async () => {
    const response = await app.inject({ url: `/api/initiatives/${encodeURIComponent('initiative:sco-development-bank')}` });
    expect(response.statusCode).toBe(200);
    const view = response.json() as InitiativeView;
    await expectDocumented(app, 'InitiativeView', view);
    expect(view.entity.id).toBe('initiative:sco-development-bank');
    expect(Array.isArray(view.stances)).toBe(true);
    expect(view.timeline?.proposers).toEqual(['country:cn']);
    expect(view.timeline?.mentions.articles).toBe(3);
    for (const e of view.timeline!.events) {
      for (const s of e.sources) expect(texts.get(s.articleId)!.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('adds the ledger groups with the flagged disagreement to /api/figures', async () => {
    const response = await app.inject({ url: '/api/figures?limit=5' });
    expect(response.statusCode).toBe(200);
    const body = response.json() as FiguresResult;
    await expectDocumented(app, 'FiguresResult', body);
    expect(body.figures.length).toBeGreaterThan(0);
    const flagged = body.ledger!.filter((g) => g.flagged).map((g) => g.key);
    expect(flagged).toEqual(['trade|intra|organization:sco|USD|2024']);
    const seedClaim = body.ledger!.find((g) => g.flagged)!.claims.find((c) => c.claimant === TOKAYEV)!;
    expect(seedClaim.sources.map((s) => s.lang).sort()).toEqual(['en', 'ru', 'zh']);
    const eur = (await app.inject({ url: '/api/figures?unit=EUR' })).json() as FiguresResult;
    expect(eur.ledger).toEqual([]);
  });
});
