/** Query terms, highlights and snippets: the pieces that show an analyst where a hit matched. */
import { describe, expect, it } from 'vitest';
import { highlightText, IndexedText, mergeHighlights } from '../../src/api/indexed-text.js';
import { makeSnippet, SNIPPET_LENGTH } from '../../src/api/make-snippet.js';
import { foldForSearch, parseQuery } from '../../src/api/query-terms.js';

const marked = (text: string, q: string) => highlightText(text, q).map((h) => text.slice(h.start, h.end));

describe('query terms and highlights', () => {
  it('folds traditional characters and case without moving offsets', () => {
    const text = '上海合作組織開發銀行 and the SCO Development Bank';
    expect(foldForSearch(text)).toHaveLength(text.length);
    expect(foldForSearch(text)).toBe('上海合作组织开发银行 and the sco development bank');
    expect(marked(text, '开发银行')).toEqual(['開發銀行']);
  });

  it('matches words by stem in English and Russian', () => {
    expect(marked('Valdoria supported the proposals; support grew.', 'supports proposal')).toEqual(['supported', 'proposals', 'support']);
    expect(marked('Президент Каллен заявил, что Каллена поддержали.', 'Каллену')).toEqual(['Каллен', 'Каллена']);
  });

  it('needs every term for a match, and says where each one is', () => {
    const indexed = new IndexedText('Arvid Kallen met Irena Ostrova in Virport.');
    expect(indexed.match(parseQuery('Kallen Ostrova'))?.length).toBe(2);
    expect(indexed.match(parseQuery('Kallen Marenia'))).toBeNull();
    expect(indexed.match(parseQuery('Kallen'), 20, 40)).toBeNull();
  });

  it('merges overlapping highlights', () => {
    expect(mergeHighlights([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 2, end: 6 }])).toEqual([{ start: 0, end: 9 }]);
  });

  it('stays linear on a long text', () => {
    const text = '两国贸易额超过120亿美元。Valdoria trade grew. '.repeat(40_000);
    const started = performance.now();
    const indexed = new IndexedText(text);
    const found = indexed.match(parseQuery('贸易额 trade'));
    expect(found!.length).toBe(80_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('snippets', () => {
  it('keeps a short span whole', () => {
    const text = 'He said: “We support it.” Then he left.';
    const snippet = makeSnippet(text, 9, 24, [{ start: 13, end: 20 }]);
    expect(snippet).toEqual({ text: '“We support it.”'.slice(0, 15), start: 9, highlights: [{ start: 4, end: 11 }], cutBefore: false, cutAfter: false });
  });

  it('cuts a long span around the first match and keeps offsets right', () => {
    const text = `${'Valdoria. '.repeat(100)}Marenia${' Valdoria.'.repeat(100)}`;
    const at = text.indexOf('Marenia');
    const snippet = makeSnippet(text, 0, text.length, [{ start: at, end: at + 7 }]);
    expect(snippet.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 1);
    expect(text.slice(snippet.start, snippet.start + snippet.text.length)).toBe(snippet.text);
    const [h] = snippet.highlights;
    expect(snippet.text.slice(h!.start, h!.end)).toBe('Marenia');
    expect(snippet).toMatchObject({ cutBefore: true, cutAfter: true });
    // Cut between words, not inside one.
    expect(snippet.text).toMatch(/^Valdoria\./);
    expect(snippet.text).toMatch(/Valdoria\.$/);
  });

  it('never splits a surrogate pair', () => {
    const text = `${'a'.repeat(59)}😀${'b'.repeat(400)}`;
    const snippet = makeSnippet(text, 0, text.length, [{ start: 120, end: 121 }]);
    expect(snippet.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});
