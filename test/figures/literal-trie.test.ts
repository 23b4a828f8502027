import { describe, expect, it } from 'vitest';
import { literalPattern } from '../../src/extract/rules/literal-trie.js';

const matchAll = (literals: string[], text: string, stems = false) =>
  [...text.matchAll(new RegExp(literalPattern(literals, { stems }), 'gu'))].map((m) => m[0]);

describe('literal trie', () => {
  it('prefers the longest literal', () => {
    expect(matchAll(['万', '万亿', '亿'], '5万亿和3亿')).toEqual(['万亿', '亿']);
    expect(matchAll(['млрд', 'млрд.'], '5 млрд. долларов')).toEqual(['млрд.']);
  });

  it('matches Latin and Cyrillic literals only as whole words', () => {
    expect(matchAll(['до'], 'надо доход до 5')).toEqual(['до']);
    expect(matchAll(['over'], 'moreover over overt')).toEqual(['over']);
  });

  it('leaves stems open at the end, still closed at the start', () => {
    expect(matchAll(['вырос'], 'выросла перевырос', true)).toEqual(['вырос']);
  });

  it('needs no word guard between Han characters', () => {
    expect(matchAll(['美元'], '6500亿美元的收益')).toEqual(['美元']);
  });

  it('escapes regular-expression syntax', () => {
    expect(matchAll(['US$', 'долл.', '(x)'], 'US$5, 5 долл. (x)')).toEqual(['US$', 'долл.', '(x)']);
  });

  it('never matches when empty', () => {
    expect(matchAll([], 'anything')).toEqual([]);
  });
});
