/**
 * The Doc's registry layer and its language: entries appended by a later stage join the writer's
 * list once per id, and the language is settled once, by the caller or by the paragraphs stage.
 */
import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/extract/doc.js';
import type { EntityRecord } from '../../src/record/article-record.js';

// Fictional entities.
const valdoria: EntityRecord = { id: 'country:valdoria', type: 'country', names: { en: 'Valdoria' } };
const bank: EntityRecord = { id: 'initiative:valdorian-water-bank', type: 'initiative', names: { en: 'Valdorian Water Bank' } };
const compact: EntityRecord = { id: 'initiative:caspian-water-compact', type: 'initiative', names: { en: 'water compact' } };

const newDoc = (lang?: string) => new Doc({ text: 'Valdoria backs the water bank.', lang, date: null, source: 'test' });

describe('Doc registry', () => {
  it('appends after the writer\'s entries, once per id, in registration order', () => {
    const doc = newDoc('en');
    doc.set('entities', [valdoria]);
    expect(doc.register('entities', bank)).toBe(true);
    expect(doc.register('entities', valdoria)).toBe(false);
    expect(doc.register('entities', compact)).toBe(true);
    expect(doc.register('entities', { ...bank, names: { en: 'bank' } })).toBe(false);
    expect(doc.get('entities')).toEqual([valdoria, bank, compact]);
  });

  it('forgets the ids it saw when the writer sets the layer again', () => {
    const doc = newDoc('en');
    doc.set('entities', [valdoria, bank]);
    doc.register('entities', compact);
    doc.set('entities', [valdoria]);
    expect(doc.register('entities', bank)).toBe(true);
    expect(doc.get('entities').map((e) => e.id)).toEqual([valdoria.id, bank.id]);
  });

  it('starts a registry no stage wrote, so a record never refers to an entity it lacks', () => {
    const doc = newDoc('en');
    doc.register('entities', bank);
    expect(doc.get('entities')).toEqual([bank]);
  });
});

describe('Doc language', () => {
  it('is the caller\'s when given', () => {
    const doc = newDoc('kk');
    expect(doc.hasLang()).toBe(true);
    expect(doc.lang).toBe('kk');
    expect(() => doc.setLang('ru')).toThrow(/already settled as "kk"/);
  });

  it('throws when read before it is settled, and is settled once', () => {
    const doc = newDoc();
    expect(doc.hasLang()).toBe(false);
    expect(() => doc.lang).toThrow(/before the paragraphs stage identified it/);
    doc.setLang('en');
    expect(doc.lang).toBe('en');
    expect(() => doc.setLang('ru')).toThrow(/already settled/);
  });
});
