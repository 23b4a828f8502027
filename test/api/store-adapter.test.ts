/**
 * The API over the real Store, SQLite and PostgreSQL: the same fixtures give the same answers as
 * the in-memory corpus, for every route that reads. Facets, highlights and the person and
 * initiative views are computed by the adapter from the Store's hits and records.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/build-app.js';
import type { EntityView, FiguresResult, InitiativeView, SearchResult } from '../../src/api/corpus-reader.js';
import { StoreCorpus } from '../../src/api/store-adapter.js';
import type { Dialect } from '../../src/store/dialect.js';
import { TARGETS, dialectsToTest, type TestTarget } from '../store/store-targets.js';
import { articleId } from '../../src/record/article-id.js';
import { ARTICLE_SCHEMA, type ArticleRecord } from '../../src/record/article-record.js';
import { EN_RECORD, FICTIONAL_RECORDS, span, ZH_RECORD } from './fixtures/fictional-records.js';

/** An organization only mentioned, never speaking: the Store's filters cannot reach it. */
const UNION_TEXT = 'The Ostrenian Union will meet in Virport in March.';
const UNION_RECORD: ArticleRecord = {
  schema: ARTICLE_SCHEMA, id: articleId(UNION_TEXT, null), url: null, title: null, date: '2025-12-20', lang: 'en', text: UNION_TEXT,
  credits: [], paragraphs: [{ start: 0, end: UNION_TEXT.length, lang: 'en' }], sentences: [{ start: 0, end: UNION_TEXT.length }],
  entities: [{ id: 'organization:ostrenian-union', type: 'organization', names: { en: 'Ostrenian Union', ru: 'Остренийский союз' } }],
  mentions: [{ ...span(UNION_TEXT, 'Ostrenian Union'), entity: 'organization:ostrenian-union', via: 'alias' }],
  quotes: [], figures: [], times: [], stances: [], events: [],
};
import { expectDocumented, TOKEN } from './api-harness.js';

describe.each(await dialectsToTest())('StoreCorpus on %s', (dialect) => {
  let target: TestTarget;
  let corpus: StoreCorpus;
  let app: FastifyInstance;
  const get = async <T>(url: string, schema: string): Promise<T> => {
    const response = await app.inject({ url });
    expect(response.statusCode, response.body).toBe(200);
    await expectDocumented(app, schema, response.json());
    return response.json() as T;
  };

  beforeAll(async () => {
    target = await TARGETS[dialect]();
    corpus = await StoreCorpus.open(target.target);
    for (const r of [...FICTIONAL_RECORDS, UNION_RECORD]) expect((await corpus.addArticle(r, 'fixture')).created).toBe(true);
    expect((await corpus.addArticle(EN_RECORD)).created).toBe(false);
    app = await buildApp({ corpus, token: TOKEN, webRoot: null });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await corpus?.close();
    await target?.dispose();
  });

  it('returns records exactly as stored', async () => {
    expect((await app.inject({ url: `/api/articles/${ZH_RECORD.id}` })).json()).toEqual(ZH_RECORD);
    expect((await app.inject({ url: '/api/articles/0000000000000000' })).statusCode).toBe(404);
  });

  it('searches with highlights and facets', async () => {
    const result = await get<SearchResult>(`/api/search?q=${encodeURIComponent('維爾港')}`, 'SearchResult');
    const quote = result.hits.find((h) => h.type === 'quote');
    expect(quote?.article.id).toBe(ZH_RECORD.id);
    expect(quote!.snippet.highlights.map((h) => quote!.snippet.text.slice(h.start, h.end))).toEqual(['维尔港']);
    expect(Object.fromEntries(result.facets.type.map((f) => [f.value, f.count]))).toMatchObject({ quote: 1, stance: 1, article: 1 });
    expect(result.facets.speaker.map((f) => f.value)).toContain('person:arvid-kallen');
    expect(result.entities['person:arvid-kallen']?.names['ru']).toBe('Арвид Каллен');
  });

  it('filters by several types, by speaker name, and pages', async () => {
    const both = await get<SearchResult>('/api/search?type=quote&type=stance&speaker=Ostrova', 'SearchResult');
    expect(both.hits.map((h) => h.type).sort()).toEqual(['quote', 'stance', 'stance']);
    const page = await get<SearchResult>('/api/search?type=quote&limit=2&offset=2', 'SearchResult');
    expect(page.total).toBe(7);
    expect(page.hits).toHaveLength(2);
  });

  it('builds the person and initiative views', async () => {
    const person = await get<EntityView>('/api/entities/person:arvid-kallen', 'EntityView');
    expect(person.quotes.map((q) => q.article.lang)).toEqual(['en', 'en', 'zh', 'zh', 'ru', 'ru']);
    expect(person.entity.names['kk']).toBe('Арвид Каллен');
    const initiative = await get<InitiativeView>('/api/initiatives/initiative:virport-development-centre', 'InitiativeView');
    expect(initiative.proposer).toBe('country:xv');
    expect(initiative.stances.map((s) => s.type)).toEqual(['support', 'welcome', 'support', 'support', 'oppose']);
    expect((await app.inject({ url: '/api/entities/person:nobody' })).statusCode).toBe(404);
    const union = await get<EntityView>('/api/entities/organization:ostrenian-union', 'EntityView');
    expect(union.articles.map((a) => a.id)).toEqual([UNION_RECORD.id]);
    expect(union.entity.names['ru']).toBe('Остренийский союз');
  });

  it('lists figures and exports rows', async () => {
    const figures = await get<FiguresResult>('/api/figures', 'FiguresResult');
    expect(figures.total).toBe(3);
    expect(figures.figures.every((f) => f.speaker === 'person:arvid-kallen' && f.unit === 'USD')).toBe(true);
    const csv = await app.inject({ url: '/api/export?type=stance&format=csv' });
    expect(csv.body.split('\r\n').filter((l) => l !== '')).toHaveLength(1 + 5);
    const jsonl = await app.inject({ url: '/api/export?type=article&format=jsonl&lang=zh' });
    expect(jsonl.body.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual([ZH_RECORD.id]);
  });
});
