/** The gazetteer: the real files load cleanly and fast; roles resolve by date; the supplement merges. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/gazetteer/gazetteer.js';
import { readGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { fictionalGazetteer } from './fictional-gazetteer.js';

const ENTITY_ID = /^(person|country|organization|place|initiative|event):[^\s]+$/;

describe('the real gazetteer', () => {
  const gazetteer = readGazetteer();

  it('loads every file without problems', () => {
    expect(gazetteer.problems).toEqual([]);
    expect(gazetteer.entries.length).toBeGreaterThan(300);
  });

  it('has valid ids, and every role points at a loaded entity', () => {
    for (const entry of gazetteer.entries) {
      expect(entry.id).toMatch(ENTITY_ID);
      expect(entry.id.split(':')[0]).toBe(entry.type);
      for (const role of entry.roles ?? []) expect(gazetteer.get(role.of), `${entry.id} ${role.role} of ${role.of}`).toBeDefined();
    }
  });

  it('knows who was president of Kazakhstan on a date', () => {
    expect(gazetteer.holdersOf('president', 'country:kz', '2025-09-01').map((e) => e.id)).toEqual(['person:kassym-jomart-tokayev']);
    expect(gazetteer.holdersOf('head-of-state', 'country:kz', '2010-01-01').map((e) => e.id)).toEqual(['person:nursultan-nazarbayev']);
  });

  it('merges the supplement into the entries it completes', () => {
    expect(gazetteer.get('person:shehbaz-sharif')?.names.ru).toContain('Шехбаз Шариф');
    expect(gazetteer.get('person:shehbaz-sharif')?.names.en?.[0]).toBe('Shehbaz Sharif');
  });

  it('gives records one canonical name per language', () => {
    expect(gazetteer.record('person:kassym-jomart-tokayev')?.names).toEqual({
      en: 'Kassym-Jomart Tokayev', zh: '卡瑟姆-若马尔特·托卡耶夫', 'zh-Hant': '卡瑟姆-若馬爾特·托卡耶夫',
      ru: 'Касым-Жомарт Токаев', kk: 'Қасым-Жомарт Тоқаев',
    });
  });
});

describe('role by date', () => {
  const g = fictionalGazetteer();
  const holder = (role: string, of: string, date: string | null) => g.holdersOf(role, of, date).map((e) => e.id);

  it('follows terms to the day', () => {
    expect(holder('president', 'country:valdoria', '2024-05-31')).toEqual(['person:arvid-kallen']);
    expect(holder('president', 'country:valdoria', '2024-06-01')).toEqual(['person:mira-tessel']);
    expect(holder('president', 'country:valdoria', '2019-05-31')).toEqual([]);
  });

  it('widens partial dates to the period they name', () => {
    expect(holder('foreign-minister', 'country:valdoria', '2012-01-01')).toEqual(['person:arvid-kallen']);
    expect(holder('foreign-minister', 'country:valdoria', '2019-05-31')).toEqual(['person:arvid-kallen']);
    expect(holder('foreign-minister', 'country:valdoria', '2019-06-01')).toEqual([]);
    expect(holder('secretary-general', 'organization:ostrenian-union', '2022-01-01')).toEqual(['person:teodor-brask']);
  });

  it('reads role groups and, with no date, the current holder', () => {
    expect(holder('head-of-state', 'country:valdoria', '2020-01-01')).toEqual(['person:arvid-kallen']);
    expect(holder('leader', 'country:valdoria', null)).toEqual(['person:mira-tessel']);
    expect(g.rolesOn('person:arvid-kallen', '2013-01-01').map((r) => r.role)).toEqual(['foreign-minister']);
  });
});

describe('reading gazetteer files', () => {
  it('merges entries by id, and reports broken files and entries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazetteer-'));
    writeFileSync(join(dir, 'countries.json'), JSON.stringify({ entries: [
      { id: 'country:valdoria', type: 'country', names: { en: ['Valdoria'] } },
      { id: 'not an id', type: 'country', names: {} },
    ] }));
    writeFileSync(join(dir, 'places.json'), '{ broken');
    writeFileSync(join(dir, 'supplement.json'), JSON.stringify({ entries: [
      { id: 'country:valdoria', type: 'country', names: { en: ['Republic of Valdoria'], ru: ['Валдория'] }, adjectives: { en: ['Valdorian'] } },
    ] }));
    const g: Gazetteer = readGazetteer(dir);
    expect(g.get('country:valdoria')?.names).toEqual({ en: ['Valdoria', 'Republic of Valdoria'], ru: ['Валдория'] });
    expect(g.get('country:valdoria')?.adjectives).toEqual({ en: ['Valdorian'] });
    expect(g.problems).toHaveLength(2);
    expect(g.lookup('Валдория').map((e) => e.id)).toEqual(['country:valdoria']);
  });
});
