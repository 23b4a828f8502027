/** GET /api/export: the rows of `rostrum export`, streamed as CSV or JSON Lines. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { EXPORT_COLUMNS } from '../../src/corpus/export-rows.js';
import type { ArticleRecord } from '../../src/record/article-record.js';
import { validateRecord } from '../../src/record/validate-record.js';
import { FICTIONAL_RECORDS } from './fixtures/fictional-records.js';
import { expectError, fixtureApp } from './api-harness.js';

let app: FastifyInstance;
beforeAll(async () => { app = await fixtureApp(); });
afterAll(async () => { await app.close(); });

describe('GET /api/export', () => {
  it('writes quotes as CSV with the CLI\'s columns, one row per quote', async () => {
    const response = await app.inject({ url: '/api/export?type=quotes&format=csv' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/rostrum-quotes\.csv/);
    const lines = response.body.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe(EXPORT_COLUMNS.quote.join(','));
    // A quote holding a comma is quoted; the <script> quote comes through as text.
    expect(lines).toHaveLength(1 + 7);
    expect(response.body).toContain('"We support the initiative to establish the Virport Development Centre, and we are ready to take part,"');
    expect(response.body).toContain('<script>alert(1)</script>');
  });

  it('adds a byte order mark when asked', async () => {
    const response = await app.inject({ url: '/api/export?type=figure&format=csv&bom=true' });
    expect(response.body.charCodeAt(0)).toBe(0xfeff);
    expect(response.body.split('\r\n').filter((l) => l !== '')).toHaveLength(1 + 3);
  });

  it('writes articles as JSON Lines of whole records', async () => {
    const response = await app.inject({ url: '/api/export?type=article&format=jsonl&lang=en' });
    expect(response.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const records = response.body.trim().split('\n').map((l) => JSON.parse(l) as ArticleRecord);
    expect(records.map((r) => r.id).sort()).toEqual(FICTIONAL_RECORDS.filter((r) => r.lang === 'en').map((r) => r.id).sort());
    for (const r of records) expect(validateRecord(r)).toEqual([]);
  });

  it('writes stances as JSON Lines rows, filtered like search', async () => {
    const response = await app.inject({ url: '/api/export?type=stance&speaker=person:irena-ostrova' });
    const rows = response.body.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((r) => r['type']).sort()).toEqual(['oppose', 'welcome']);
    expect(Object.keys(rows[0]!)).toEqual([...EXPORT_COLUMNS.stance]);
  });

  it('needs a type, and a known format', async () => {
    expectError(await app.inject({ url: '/api/export' }), 400, /type/);
    expectError(await app.inject({ url: '/api/export?type=quote&format=xlsx' }), 400, /format/);
  });
});
