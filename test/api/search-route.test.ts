/** GET /api/search over the fictional fixtures: filters, facets, highlights, paging, bad input. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { SearchResult } from '../../src/api/corpus-reader.js';
import { EN_RECORD, RU_RECORD, ZH_RECORD } from './fixtures/fictional-records.js';
import { expectDocumented, expectError, fixtureApp } from './api-harness.js';

let app: FastifyInstance;
beforeAll(async () => { app = await fixtureApp(); });
afterAll(async () => { await app.close(); });

async function search(query: string): Promise<SearchResult> {
  const response = await app.inject({ url: `/api/search?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json() as SearchResult;
  await expectDocumented(app, 'SearchResult', body);
  return body;
}

const marked = (hit: SearchResult['hits'][number]) => hit.snippet.highlights.map((h) => hit.snippet.text.slice(h.start, h.end));

describe('GET /api/search', () => {
  it('finds Chinese text and marks where it matched', async () => {
    const result = await search(`q=${encodeURIComponent('维尔港')}&type=quote`);
    expect(result.total).toBe(1);
    const [hit] = result.hits;
    expect(hit!.article.id).toBe(ZH_RECORD.id);
    expect(hit!.speaker).toBe('person:arvid-kallen');
    expect(marked(hit!)).toEqual(['维尔港']);
    expect(ZH_RECORD.text.slice(hit!.start, hit!.end)).toBe(ZH_RECORD.quotes[1]!.text);
  });

  it('finds simplified text from a traditional query', async () => {
    const result = await search(`q=${encodeURIComponent('維爾港開發中心')}&type=quote`);
    expect(result.hits.map((h) => h.article.id)).toEqual([ZH_RECORD.id]);
    expect(marked(result.hits[0]!)).toEqual(['维尔港开发中心']);
  });

  it('matches English words by stem and every word must occur', async () => {
    expect((await search('q=supported+initiative&type=quote')).hits.map((h) => h.article.id)).toEqual([EN_RECORD.id]);
    expect((await search('q=support+nonexistentword')).total).toBe(0);
  });

  it('filters by type, speaker (id or name in any script), country, initiative and language', async () => {
    const quotes = await search('type=quote');
    expect(quotes.hits.every((h) => h.type === 'quote')).toBe(true);
    const byId = await search('speaker=person:irena-ostrova&type=stance');
    expect(byId.hits.map((h) => h.stance).sort()).toEqual(['oppose', 'welcome']);
    for (const name of ['Ostrova', 'Острова', '奥斯特罗娃']) {
      expect((await search(`speaker=${encodeURIComponent(name)}&type=stance`)).total, name).toBe(2);
    }
    const marenia = await search('country=country:xm&type=stance');
    expect(marenia.hits.every((h) => h.speaker === 'person:irena-ostrova')).toBe(true);
    const initiative = await search('initiative=initiative:virport-development-centre&type=stance');
    expect(initiative.total).toBe(5);
    const russian = await search('lang=ru&type=quote');
    expect(russian.hits.map((h) => h.article.id)).toEqual([RU_RECORD.id, RU_RECORD.id]);
  });

  it('counts each facet without its own filter, and labels the entities it names', async () => {
    const result = await search('type=quote');
    const types = Object.fromEntries(result.facets.type.map((f) => [f.value, f.count]));
    expect(types['stance']).toBe(5);
    expect(types['quote']).toBe(7);
    expect(result.facets.speaker.find((f) => f.value === 'person:arvid-kallen')?.count).toBe(6);
    expect(result.entities['person:arvid-kallen']?.names['zh']).toBe('阿尔维德·卡伦');
  });

  it('keeps to the date range, inclusive', async () => {
    const result = await search('since=2025-11-02&until=2025-11-02');
    expect(new Set(result.hits.map((h) => h.article.date))).toEqual(new Set(['2025-11-02']));
  });

  it('pages with limit and offset, newest first', async () => {
    const all = await search('limit=100');
    const page = await search('limit=3&offset=3');
    expect(page.total).toBe(all.total);
    expect(page.hits).toEqual(all.hits.slice(3, 6));
    const dates = all.hits.map((h) => h.article.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('answers bad input with 400 and says what is wrong', async () => {
    expectError(await app.inject({ url: '/api/search?limit=0' }), 400, /limit/);
    expectError(await app.inject({ url: '/api/search?limit=101' }), 400, /limit/);
    expectError(await app.inject({ url: '/api/search?limit=ten' }), 400, /limit/);
    expectError(await app.inject({ url: '/api/search?type=speech' }), 400, /type.*quote/);
    expectError(await app.inject({ url: '/api/search?since=2025-13-01' }), 400, /since/);
    expectError(await app.inject({ url: '/api/search?since=2025-02-30' }), 400, /calendar date/);
    expectError(await app.inject({ url: '/api/search?since=2025-12-01&until=2025-01-01' }), 400, /after/);
    expectError(await app.inject({ url: `/api/search?q=${'x'.repeat(501)}` }), 400, /q/);
  });
});
