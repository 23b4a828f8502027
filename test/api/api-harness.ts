/**
 * Shared by the API tests: the app over an in-memory corpus of the fictional fixture records, and
 * a validator that checks a response body against the schema the OpenAPI document gives for it,
 * so every documented shape is exercised by a real response.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/api/build-app.js';
import { MemoryCorpus } from '../../src/api/memory-corpus.js';
import { FICTIONAL_RECORDS } from './fixtures/fictional-records.js';

export const TOKEN = 'test-token';

export async function fixtureApp(options: Partial<AppOptions> = {}): Promise<FastifyInstance> {
  return buildApp({ corpus: new MemoryCorpus(FICTIONAL_RECORDS), token: TOKEN, webRoot: null, ...options });
}

let validators: Map<string, ReturnType<Ajv2020['compile']>> | undefined;

/** Checks `body` against `#/components/schemas/<name>` of the app's own /openapi.json. */
export async function expectDocumented(app: FastifyInstance, name: string, body: unknown): Promise<void> {
  if (!validators) {
    const doc = (await app.inject({ url: '/openapi.json' })).json() as object;
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
    ajv.addSchema(doc, 'openapi');
    validators = new Map();
    const schemas = (doc as { components: { schemas: Record<string, unknown> } }).components.schemas;
    for (const key of Object.keys(schemas)) validators.set(key, ajv.compile({ $ref: `openapi#/components/schemas/${key}` }));
  }
  const validate = validators.get(name);
  expect(validate, `schema ${name} documented`).toBeDefined();
  const ok = validate!(body);
  expect(ok ? [] : validate!.errors, `response matches ${name}`).toEqual([]);
}

/** Every error body is `{error, message}` and nothing else. */
export function expectError(response: { statusCode: number; json(): unknown }, status: number, message?: RegExp): void {
  expect(response.statusCode).toBe(status);
  const body = response.json() as { error: string; message: string };
  expect(Object.keys(body).sort()).toEqual(['error', 'message']);
  expect(body.message.length).toBeGreaterThan(0);
  if (message) expect(body.message).toMatch(message);
}
