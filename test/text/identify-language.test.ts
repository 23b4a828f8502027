import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/lang/load-packs.js';
import { PackSet } from '../../src/lang/pack-set.js';
import { createLanguageIdentifier, SAMPLE_LENGTH } from '../../src/text/identify-language.js';
import { paragraphOffsets } from '../../src/text/normalize-text.js';
import type { TextPack } from '../../src/text/text-pack.js';
import zhText from '../../src/lang/zh/text.js';
import enText from '../../src/lang/en/text.js';

const identifier = createLanguageIdentifier(await loadPacks());

// Fictional sentences: Valdoria and its president are invented.
const examples: ReadonlyArray<readonly [string, string]> = [
  ['zh', '瓦尔多利亚总统表示，两国将在数字经济和交通物流领域加强合作，推动区域贸易稳步增长。'],
  ['zh-Hant', '瓦爾多利亞總統表示，兩國將在數字經濟和交通物流領域加強合作，這對區域發展至關重要。'],
  ['ru', 'Президент Валдории заявил, что две страны будут развивать сотрудничество в области цифровой экономики.'],
  ['kk', 'Валдория Президенті екі елдің цифрлық экономика саласындағы ынтымақтастығын дамытатынын мәлімдеді.'],
  ['en', 'The President of Valdoria said the two countries would deepen cooperation in the digital economy.'],
];

describe('language identification', () => {
  it.each(examples)('recognises %s', (tag, text) => {
    expect(identifier.identify(text)).toBe(tag);
  });

  it('keeps Russian when a Kazakh name appears once in a long Russian text', () => {
    expect(identifier.identify('Фотографии предоставлены пресс-службой Ақорда, сообщает агентство; встреча прошла в столице.')).toBe('ru');
  });

  it('says und for text without letters, or the caller\'s fallback', () => {
    expect(identifier.identify('12 345 — 67%')).toBe('und');
    expect(identifier.identify('2025', 'ru')).toBe('ru');
  });

  it('keeps a short same-script paragraph in the document language', () => {
    expect(identifier.identify('Так точно.', 'kk')).toBe('kk');
  });

  it('has aligned traditional and simplified marker characters', () => {
    const { markers, baseMarkers } = zhText.variant;
    expect([...markers].length).toBe([...baseMarkers].length);
    [...markers].forEach((ch, i) => expect(ch).not.toBe([...baseMarkers][i]));
  });
});

// Fictional paragraphs, with short ones that only the document's language can place.
const paragraphs = [
  ...examples.map(([, text]) => text),
  '好。', '們這', 'Да.', 'Иә.', 'ә', 'Ақорда', 'OK.', 'Photo: Valdoria', '2025', '— 12%',
];

describe('a document judged on its paragraphs', () => {
  it('gets the tag one reading of its whole text gives', () => {
    const doc = fc.array(fc.constantFrom(...paragraphs), { minLength: 1, maxLength: 8 }).map((ps) => ps.join('\n\n'));
    const fallback = fc.constantFrom(undefined, 'ru', 'kk', 'zh', 'zh-Hant', 'en', 'fr');
    fc.assert(fc.property(doc, fallback, (text, declared) => {
      expect(text.length).toBeLessThan(SAMPLE_LENGTH);
      const readings = paragraphOffsets(text).map(({ start, end }) => identifier.read(text, start, end));
      expect(identifier.decide(identifier.combine(readings), declared)).toBe(identifier.identify(text, declared));
    }), { numRuns: 500 });
  });

  it('is Kazakh when most of it is, though a paragraph reads as Russian', () => {
    const text = [examples[3]![1], examples[2]![1], 'Да.'].join('\n\n');
    const readings = paragraphOffsets(text).map(({ start, end }) => identifier.read(text, start, end));
    expect(readings.map((r) => identifier.decide(r))).toEqual(['kk', 'ru', 'ru']);
    expect(identifier.decide(identifier.combine(readings))).toBe('kk');
  });

  it('is in the language most of its letters are in when only a statistical guess can separate two', () => {
    // Two packs of one script without letters of their own, so franc decides each paragraph.
    const fr: TextPack = { ...enText, tag: 'fr', francCode: 'fra' };
    const latinPair = createLanguageIdentifier(new PackSet(new Map([['en', { text: enText }], ['fr', { text: fr }]])));
    const english = 'The President of Valdoria said the two countries would deepen cooperation in the digital economy and in transport.';
    const french = 'Le président de la Valdorie a déclaré que les deux pays renforceraient leur coopération.';
    const judge = (...ps: string[]) => {
      const text = ps.join('\n\n');
      return latinPair.decide(latinPair.combine(paragraphOffsets(text).map(({ start, end }) => latinPair.read(text, start, end))));
    };
    expect(latinPair.identify(english)).toBe('en');
    expect(latinPair.identify(french)).toBe('fr');
    expect(judge(english, french)).toBe('en');
    expect(judge(french, french, english)).toBe('fr');
  });
});

