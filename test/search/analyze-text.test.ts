/**
 * The analyzer, Duckling-style: each example lists surface forms that must analyze alike, and the
 * negative corpus forms that must not. Index and query share it, so these are search guarantees.
 */
import { describe, expect, it } from 'vitest';
import { analyzeQuery, nameKeys } from '../../src/search/analyze-query.js';
import { analyzeText } from '../../src/search/analyze-text.js';

const terms = (s: string) => analyzeText(s).terms;

function examples(expected: string, forms: readonly string[]) {
  for (const form of forms) it(`${form} → ${expected}`, () => expect(terms(form)).toBe(expected));
}

describe('words: stems shared by every inflected form', () => {
  examples('ток', ['Токаев', 'Токаева', 'Токаеву', 'Токаевым', 'токаеве']);
  examples('казахст', ['Казахстан', 'Казахстана', 'Казахстану', 'Казахстаном']);
  examples('жапар', ['Жапаров', 'Жапарова']);
  examples('тоқаев', ['Тоқаев', 'Тоқаевтың', 'Тоқаевқа', 'Тоқаевпен']);
  // Light stripping over-stems -стан (read as the ablative -тан), but every form the same way.
  examples('қазақс', ['Қазақстан', 'Қазақстанның', 'Қазақстанға', 'Қазақстанда']);
  examples('support', ['support', 'supports', 'Supported', 'supporting']);
  examples('initi', ['initiative', 'Initiatives']);
  examples('tokayev', ['Tokayev', 'TOKAYEV']);
  examples('елк', ['ёлка', 'елка', 'Ёлки']);
  examples('2033', ['2033']);
});

describe('Han text: unigrams, overlapping bigrams, folded to simplified', () => {
  it('indexes a run as unigrams and bigrams', () => {
    expect(analyzeText('上合组织')).toEqual({ grams: '上合 合组 组织', terms: '上 合 组 织' });
  });
  it('folds traditional characters', () => {
    expect(analyzeText('上合組織們')).toEqual(analyzeText('上合组织们'));
    expect(analyzeText('發展銀行')).toEqual(analyzeText('发展银行'));
  });
  it('breaks bigrams at punctuation, digits and other scripts', () => {
    expect(analyzeText('天津。峰会').grams).toBe('天津 峰会');
    expect(analyzeText('6500亿美元')).toEqual({ grams: '亿美 美元', terms: '6500 亿 美 元' });
    expect(analyzeText('SCO上合').terms).toBe('sco 上 合');
    expect(analyzeText('ＳＣＯ２０２５？').terms).toBe(analyzeText('SCO2025').terms);
  });
});

describe('queries', () => {
  it('make a 2+ character Han run a phrase of bigrams and one character a term', () => {
    expect(analyzeQuery('天津').clauses).toEqual([{ kind: 'phrase', grams: ['天津'] }]);
    expect(analyzeQuery('普').clauses).toEqual([{ kind: 'term', token: '普' }]);
    expect(analyzeQuery('上合組織 Токаева').clauses).toEqual([
      { kind: 'phrase', grams: ['上合', '合组', '组织'] }, { kind: 'term', token: 'ток' },
    ]);
  });
  it('drop repeated words', () => {
    expect(analyzeQuery('bank banks Bank').clauses).toEqual([{ kind: 'term', token: 'bank' }]);
  });
  it('give names keys that a partial name can match', () => {
    expect(nameKeys('Kassym-Jomart Tokayev')).toEqual(expect.arrayContaining(nameKeys('Tokayev')));
    expect(nameKeys('阿尔维德·卡伦')).toEqual(expect.arrayContaining(nameKeys('卡倫')));
  });
});

describe('negative corpus: forms that must stay apart', () => {
  const apart: ReadonlyArray<readonly [string, string]> = [
    ['Каллен', 'Марения'], ['Valdoria', 'Marenia'], ['天津', '上合'], ['bank', 'banner'], ['мир', 'миф'],
  ];
  for (const [a, b] of apart) it(`${a} ≠ ${b}`, () => expect(analyzeText(a)).not.toEqual(analyzeText(b)));
  for (const empty of ['', '   ', '—，。！？「」', '…\n\t»«']) {
    it(`${JSON.stringify(empty)} has no tokens`, () => {
      expect(analyzeText(empty)).toEqual({ grams: '', terms: '' });
      expect(analyzeQuery(empty).clauses).toEqual([]);
    });
  }
});

describe('cost', () => {
  it('is linear on hostile input', () => {
    const hostile = ['a'.repeat(400_000), '天'.repeat(400_000), 'ё'.repeat(400_000), '\u0301'.repeat(100_000), 'a\u0301'.repeat(100_000), 'x-'.repeat(200_000), '𠀀'.repeat(100_000)];
    for (const text of hostile) {
      const t0 = performance.now();
      analyzeText(text);
      expect(performance.now() - t0, text.slice(0, 4)).toBeLessThan(2_000);
    }
  });
});
