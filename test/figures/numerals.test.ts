import { describe, expect, it } from 'vitest';
import { parseCharacters, parseDigits } from '../../src/lang/shared/numbers-parse.js';
import { numberPattern } from '../../src/lang/shared/numbers-pattern.js';
import { zhNumerals } from '../../src/lang/zh/figures.js';

const EN = { group: ',', decimal: '.' };
const RU = { group: ' ', decimal: ',.' };

describe('digit numerals', () => {
  it.each([
    ['1,500', EN, 1500], ['1.5', EN, 1.5], ['650,000,000,000', EN, 6.5e11],
    ['1 500', RU, 1500], ['1,5', RU, 1.5], ['1 500,25', RU, 1500.25], ['1.5', RU, 1.5], ['６５００', EN, 6500],
  ] as const)('%s → %d', (text, data, value) => {
    expect(parseDigits(text, data)).toBe(value);
  });

  it('rejects what is not a numeral', () => {
    expect(parseDigits('1,5,5', { group: '', decimal: ',' })).toBeUndefined();
    expect(parseDigits('abc', EN)).toBeUndefined();
  });
});

describe('Chinese numerals', () => {
  it.each([
    ['四', 4], ['十', 10], ['十五', 15], ['二十五', 25], ['一百零五', 105], ['两万', 2e4], ['三千五百万', 3.5e7],
    ['一亿二千万', 1.2e8], ['五万亿', 5e12], ['兩萬億', 2e12], ['二〇二五', 2025],
  ] as const)('%s → %d', (text, value) => {
    expect(parseCharacters(text, zhNumerals.characters)).toBe(value);
  });
});

describe('numeral pattern', () => {
  const re = new RegExp(numberPattern(EN), 'gu');
  const numbers = (text: string) => [...text.matchAll(re)].map((m) => m[0]);

  it('finds numbers with separators and decimals', () => {
    expect(numbers('more than 1,500 and 2.5 and 30')).toEqual(['1,500', '2.5', '30']);
  });

  it('does not start inside names, codes or phone numbers', () => {
    expect(numbers('G20 COVID-19 +7 #5')).toEqual([]);
    expect(numbers('74-56-02')).toEqual(['74']);
  });
});
