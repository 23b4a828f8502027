/** GET /api/entities/:id, /api/initiatives/:id and /api/figures over the fictional fixtures. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { EntityView, FiguresResult, InitiativeView } from '../../src/api/corpus-reader.js';
import { EN_RECORD, RU_RECORD, ZH_RECORD } from './fixtures/fictional-records.js';
import { expectDocumented, expectError, fixtureApp } from './api-harness.js';

let app: FastifyInstance;
beforeAll(async () => { app = await fixtureApp(); });
afterAll(async () => { await app.close(); });

const get = async <T>(url: string, schema: string): Promise<T> => {
  const response = await app.inject({ url });
  expect(response.statusCode, response.body).toBe(200);
  await expectDocumented(app, schema, response.json());
  return response.json() as T;
};

describe('GET /api/entities/:id', () => {
  it('gives names in every script, roles, quotes over time in every language, stances', async () => {
    const view = await get<EntityView>('/api/entities/person:arvid-kallen', 'EntityView');
    expect(view.entity.names).toMatchObject({ en: 'Arvid Kallen', zh: '阿尔维德·卡伦', ru: 'Арвид Каллен', kk: 'Арвид Каллен' });
    expect(view.entity.roles?.[0]).toMatchObject({ role: 'president', of: 'country:xv' });
    expect(view.quotes.map((q) => q.article.lang)).toEqual(['en', 'en', 'zh', 'zh', 'ru', 'ru']);
    expect(view.quotes.map((q) => q.article.date)).toEqual([...view.quotes.map((q) => q.article.date)].sort());
    for (const q of view.quotes) {
      const source = [EN_RECORD, ZH_RECORD, RU_RECORD].find((r) => r.id === q.article.id)!;
      expect(source.text.slice(q.start, q.end)).toBe(q.text);
    }
    expect(view.stances.map((s) => s.type)).toEqual(['support', 'support', 'support']);
    expect(view.articles).toHaveLength(3);
    expect(view.entities['initiative:virport-development-centre']?.names['en']).toBe('Virport Development Centre');
  });

  it('accepts the id URL-encoded', async () => {
    expect((await get<EntityView>('/api/entities/person%3Airena-ostrova', 'EntityView')).entity.id).toBe('person:irena-ostrova');
  });

  it('says 404 for an entity not in the corpus and 400 for a malformed id', async () => {
    expectError(await app.inject({ url: '/api/entities/person:nobody-at-all' }), 404, /nobody/);
    expectError(await app.inject({ url: '/api/entities/nobody' }), 400, /params\.id/);
  });
});

describe('GET /api/initiatives/:id', () => {
  it('gives the proposer and who took which stance when, oldest first', async () => {
    const view = await get<InitiativeView>('/api/initiatives/initiative:virport-development-centre', 'InitiativeView');
    expect(view.proposer).toBe('country:xv');
    expect(view.stances.map((s) => [s.article.date, s.holder, s.type])).toEqual([
      ['2025-10-14', 'person:arvid-kallen', 'support'],
      ['2025-10-14', 'person:irena-ostrova', 'welcome'],
      ['2025-11-02', 'person:arvid-kallen', 'support'],
      ['2026-01-20', 'person:arvid-kallen', 'support'],
      ['2026-01-20', 'person:irena-ostrova', 'oppose'],
    ]);
    expect(view.sources.map((a) => a.id).sort()).toEqual([EN_RECORD.id, ZH_RECORD.id, RU_RECORD.id].sort());
    expect(view.entities['country:xv']?.names['en']).toBe('Valdoria');
  });

  it('says 404 for an unknown initiative', async () => {
    expectError(await app.inject({ url: '/api/initiatives/initiative:none' }), 404);
  });
});

describe('GET /api/figures', () => {
  it('lists every claimed figure with its speaker, value and approximation', async () => {
    const result = await get<FiguresResult>('/api/figures', 'FiguresResult');
    expect(result.total).toBe(3);
    for (const f of result.figures) {
      expect(f).toMatchObject({ value: 12e9, unit: 'USD', approx: 'more_than', speaker: 'person:arvid-kallen' });
    }
    expect(result.figures.map((f) => f.subject?.text)).toEqual(['товарооборот с Маренией', '两国贸易额', 'trade with Marenia']);
    expect(result.entities['person:arvid-kallen']).toBeDefined();
  });

  it('filters by unit, query, speaker and language', async () => {
    expect((await get<FiguresResult>('/api/figures?unit=percent', 'FiguresResult')).total).toBe(0);
    expect((await get<FiguresResult>(`/api/figures?q=${encodeURIComponent('贸易额')}`, 'FiguresResult')).figures.map((f) => f.article.id)).toEqual([ZH_RECORD.id]);
    expect((await get<FiguresResult>('/api/figures?speaker=Ostrova', 'FiguresResult')).total).toBe(0);
    expect((await get<FiguresResult>('/api/figures?lang=ru', 'FiguresResult')).total).toBe(1);
  });

  it('answers bad input with 400', async () => {
    expectError(await app.inject({ url: '/api/figures?unit=US%20D' }), 400, /unit/);
    expectError(await app.inject({ url: '/api/figures?limit=-1' }), 400, /limit/);
  });
});
