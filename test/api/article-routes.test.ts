/**
 * GET /api/articles/:id, POST /api/extract and POST /api/articles: records out exactly as stored,
 * extraction without storing, ingest behind the token, body limits, rate limit, bad bodies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { SearchResult } from '../../src/api/corpus-reader.js';
import type { ArticleRecord } from '../../src/record/article-record.js';
import { validateRecord } from '../../src/record/validate-record.js';
import { EN_RECORD, XSS_RECORD } from './fixtures/fictional-records.js';
import { expectDocumented, expectError, fixtureApp, TOKEN } from './api-harness.js';

const ARTICLE = 'date 2025-10-20\nPresident Arvid Kallen of Valdoria said the Ostrenian Union would meet in Virport next year.';
const auth = { authorization: `Bearer ${TOKEN}` };

let app: FastifyInstance;
beforeAll(async () => { app = await fixtureApp(); });
afterAll(async () => { await app.close(); });

describe('GET /api/articles/:id', () => {
  it('returns the stored record unchanged, markup and all', async () => {
    for (const record of [EN_RECORD, XSS_RECORD]) {
      const response = await app.inject({ url: `/api/articles/${record.id}` });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual(record);
      await expectDocumented(app, 'ArticleRecord', response.json());
    }
  });

  it('says 404 for an unknown id and 400 for something that is not an id', async () => {
    expectError(await app.inject({ url: '/api/articles/0000000000000000' }), 404, /0000000000000000/);
    expectError(await app.inject({ url: '/api/articles/not-an-id' }), 400, /params\.id/);
  });
});

describe('POST /api/extract', () => {
  it('extracts a valid record and stores nothing', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/extract', payload: { text: ARTICLE } });
    expect(response.statusCode, response.body).toBe(200);
    const record = response.json() as ArticleRecord;
    expect(validateRecord(record)).toEqual([]);
    expect(record.date).toBe('2025-10-20');
    expect(record.lang).toBe('en');
    expect(record.text.startsWith('President Arvid Kallen')).toBe(true);
    expect((await app.inject({ url: `/api/articles/${record.id}` })).statusCode).toBe(404);
  });

  it('takes the date and language the caller states', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/extract', payload: { text: 'Valdoria and Marenia met.', date: '2024-05-06', lang: 'en' } });
    expect(response.json()).toMatchObject({ date: '2024-05-06', lang: 'en' });
  });

  it('answers bad bodies with 400, non-JSON with 415, too large with 413', async () => {
    expectError(await app.inject({ method: 'POST', url: '/api/extract', payload: {} }), 400, /text/);
    expectError(await app.inject({ method: 'POST', url: '/api/extract', payload: { text: '' } }), 400, /text/);
    expectError(await app.inject({ method: 'POST', url: '/api/extract', payload: { text: 42 } }), 400, /text/);
    expectError(await app.inject({ method: 'POST', url: '/api/extract', payload: { text: 'x', date: 'yesterday' } }), 400, /date/);
    expectError(await app.inject({ method: 'POST', url: '/api/extract', payload: { text: 'x', lang: 'fr' } }), 400, /lang/);
    expectError(await app.inject({ method: 'POST', url: '/api/extract', headers: { 'content-type': 'application/json' }, payload: '{"text": ' }), 400);
    expectError(await app.inject({ method: 'POST', url: '/api/extract', headers: { 'content-type': 'application/xml' }, payload: '<text/>' }), 415);
    const big = JSON.stringify({ text: 'Valdoria. '.repeat(600_000) });
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    expectError(await app.inject({ method: 'POST', url: '/api/extract', headers: { 'content-type': 'application/json' }, payload: big }), 413);
  });

  it('honours a smaller body limit', async () => {
    const small = await fixtureApp({ bodyLimit: 1024 });
    try {
      expectError(await small.inject({ method: 'POST', url: '/api/extract', payload: { text: 'x'.repeat(2000) } }), 413);
      expect((await small.inject({ method: 'POST', url: '/api/extract', payload: { text: 'Valdoria.' } })).statusCode).toBe(200);
    } finally {
      await small.close();
    }
  });
});

describe('POST /api/articles', () => {
  it('needs the token: none is 401, a wrong one 403', async () => {
    expectError(await app.inject({ method: 'POST', url: '/api/articles', payload: { text: ARTICLE } }), 401, /token/);
    expectError(await app.inject({ method: 'POST', url: '/api/articles', headers: { authorization: 'Bearer nope' }, payload: { text: ARTICLE } }), 403, /token/);
    expectError(await app.inject({ method: 'POST', url: '/api/articles', headers: { authorization: TOKEN }, payload: { text: ARTICLE } }), 403);
  });

  it('refuses every write when the server has no token', async () => {
    const open = await fixtureApp({ token: null });
    try {
      expectError(await open.inject({ method: 'POST', url: '/api/articles', headers: auth, payload: { text: ARTICLE } }), 403, /--token/);
    } finally {
      await open.close();
    }
  });

  it('checks the token before it reads the body', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(6 * 1024 * 1024) });
    expectError(await app.inject({ method: 'POST', url: '/api/articles', headers: { 'content-type': 'application/json' }, payload: big }), 401);
  });

  it('extracts, stores once, and makes the article searchable', async () => {
    const first = await app.inject({ method: 'POST', url: '/api/articles', headers: auth, payload: { text: ARTICLE, title: 'Kallen on the union', url: 'https://news.example.invalid/kallen' } });
    expect(first.statusCode, first.body).toBe(201);
    await expectDocumented(app, 'IngestResult', first.json());
    const { id, created, record } = first.json() as { id: string; created: boolean; record: ArticleRecord };
    expect(created).toBe(true);
    expect(record.title).toBe('Kallen on the union');
    expect((await app.inject({ url: `/api/articles/${id}` })).json()).toEqual(record);
    const again = await app.inject({ method: 'POST', url: '/api/articles', headers: auth, payload: { text: ARTICLE, title: 'Kallen on the union', url: 'https://news.example.invalid/kallen' } });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id, created: false });
    const found = (await app.inject({ url: '/api/search?q=Ostrenian+Union&type=article' })).json() as SearchResult;
    expect(found.hits.map((h) => h.article.id)).toContain(id);
  });

  it('rate-limits writes with 429', async () => {
    const limited = await fixtureApp({ writeRateLimit: { max: 2, timeWindowMs: 60_000 } });
    try {
      const post = () => limited.inject({ method: 'POST', url: '/api/extract', payload: { text: 'Valdoria.' } });
      expect((await post()).statusCode).toBe(200);
      expect((await post()).statusCode).toBe(200);
      const third = await post();
      expectError(third, 429, /rate limit/i);
      expect(third.headers['retry-after']).toBeDefined();
      // Reads are not limited.
      expect((await limited.inject({ url: '/api/search' })).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
