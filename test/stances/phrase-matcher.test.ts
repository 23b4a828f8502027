import { describe, expect, it } from 'vitest';
import { expandPattern, PhraseMatcher } from '../../src/extract/stances/phrase-matcher.js';

describe('phrase matcher', () => {
  it('expands Russian and Kazakh endings from the shared helper, not from pasted alternations', () => {
    const forms = expandPattern('высоко оценива{verbFormsE}', 'ru', 'words');
    expect(forms).toEqual(expect.arrayContaining(['высоко оценивает', 'высоко оцениваем', 'высоко оценивал']));
    expect(expandPattern('форум{possessive}{case}', 'kk', 'words')).toEqual(expect.arrayContaining(['форумында', 'форумы', 'форумын', 'форум']));
    expect(() => expandPattern('форум{nosuchclass}', 'kk', 'words')).toThrow(/unknown ending class/);
    expect(() => expandPattern('support{verbFormsE}', 'en', 'words')).toThrow(/ru or kk/);
  });

  it('finds the longest phrase at each position, whole words only, case-insensitively', () => {
    const m = new PhraseMatcher([['support', 1], ['fully support', 2], ['calls on', 3]] as const, 'words', 'en');
    const text = 'We fully support it; Valdoria calls on all, supportive of none.';
    expect(m.find(text, 0, text.length).map((x) => [text.slice(x.start, x.end), x.value])).toEqual([['fully support', 2], ['calls on', 3]]);
    expect(m.before(text, text.indexOf(' it'), 0)?.value).toBe(2);
    expect(m.after('  Support us', 0, 12)?.value).toBe(1);
  });

  it('matches Chinese literals on text folded to simplified, with offsets into the original', () => {
    const m = new PhraseMatcher([['感谢', 't'], ['呼吁', 'c']] as const, 'chars', 'zh');
    const text = '他感謝並呼籲各方';
    expect(m.find(text, 0, text.length).map((x) => [text.slice(x.start, x.end), x.value])).toEqual([['感謝', 't'], ['呼籲', 'c']]);
    expect(m.before(text, 3, 0)?.value).toBe('t');
  });
});
