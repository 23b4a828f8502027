import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/lang/load-packs.js';
import { createLanguageIdentifier } from '../../src/text/identify-language.js';
import zhText from '../../src/lang/zh/text.js';

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
