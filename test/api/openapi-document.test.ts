/**
 * /openapi.json is generated from the schemas that validate requests, /docs renders it without a
 * script, every response carries the security headers, and unknown routes answer in JSON.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { apiRoutes } from '../../src/api/build-app.js';
import { MemoryCorpus } from '../../src/api/memory-corpus.js';
import { searchQuerystring } from '../../src/api/schemas/request-schemas.js';
import { expectError, fixtureApp } from './api-harness.js';

let app: FastifyInstance;
let doc: Record<string, any>;
beforeAll(async () => {
  app = await fixtureApp();
  doc = (await app.inject({ url: '/openapi.json' })).json();
});
afterAll(async () => { await app.close(); });

const refsIn = (node: unknown): string[] => {
  if (Array.isArray(node)) return node.flatMap(refsIn);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => (k === '$ref' && typeof v === 'string' ? [v] : refsIn(v)));
};

describe('/openapi.json', () => {
  it('is OpenAPI 3.1 and lists every route the app serves', () => {
    expect(doc['openapi']).toBe('3.1.0');
    const routes = apiRoutes({ corpus: new MemoryCorpus(), extractor: async () => { throw new Error('unused'); } });
    expect(routes.length).toBe(9);
    for (const route of routes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      expect(doc['paths'][path]?.[route.method.toLowerCase()]?.operationId, `${route.method} ${route.url}`).toBe(route.operationId);
    }
  });

  it('documents parameters with the very schemas that validate requests', () => {
    const params = doc['paths']['/api/search']['get']['parameters'] as Array<{ name: string; schema: object }>;
    const limit = params.find((p) => p.name === 'limit')!;
    const { description: _d, ...expected } = (searchQuerystring['properties'] as Record<string, Record<string, unknown>>)['limit']!;
    expect(limit.schema).toEqual(expected);
    expect(params.find((p) => p.name === 'type')).toMatchObject({ style: 'form', explode: true });
    const ingest = doc['paths']['/api/articles']['post'];
    expect(ingest.security).toEqual([{ bearerToken: [] }]);
    expect(Object.keys(ingest.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '413', '429']));
  });

  it('has every $ref pointing at a component it defines', () => {
    const schemas = doc['components']['schemas'] as Record<string, unknown>;
    const refs = new Set(refsIn(doc));
    expect(refs.size).toBeGreaterThan(10);
    for (const ref of refs) {
      expect(ref.startsWith('#/components/schemas/'), ref).toBe(true);
      expect(schemas[ref.slice('#/components/schemas/'.length)], ref).toBeDefined();
    }
  });
});

describe('/docs and the security headers', () => {
  it('renders every operation as HTML with no script', async () => {
    const response = await app.inject({ url: '/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    for (const op of ['search', 'getArticle', 'getEntity', 'getInitiative', 'figures', 'extract', 'ingest', 'export']) {
      expect(response.body).toContain(`id="${op}"`);
    }
    expect(response.body).not.toMatch(/<script/i);
    expect((await app.inject({ url: '/docs.css' })).headers['content-type']).toMatch(/^text\/css/);
  });

  it('sends a strict Content-Security-Policy and the other helmet headers', async () => {
    for (const url of ['/docs', '/api/search', '/openapi.json']) {
      const headers = (await app.inject({ url })).headers;
      expect(headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(headers['content-security-policy']).toMatch(/script-src 'self'/);
      expect(headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBeDefined();
    }
  });

  it('answers unknown routes and methods with a JSON 404', async () => {
    expectError(await app.inject({ url: '/api/nothing' }), 404, /\/api\/nothing/);
    expectError(await app.inject({ method: 'DELETE', url: '/api/articles/0123456789abcdef' }), 404);
  });
});
