/**
 * The word scanner gives exactly the words of the regular expression it replaced, on any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextWord } from '../../src/extract/figures/word-tokens.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*['’]?/gu;

function byRegex(text: string): Array<[number, number]> {
  return [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
}

function byScanner(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let word = nextWord(text, 0, text.length); word; word = nextWord(text, word[1], text.length)) out.push([...word]);
  return out;
}

const piece = fc.oneof(
  fc.constantFrom("Kazakhstan's", 'государств-членов', 'don’t', 'e\u0301t\u0301e', '1,500', '30%', '𠀀字', 'ӀҚә', '\u0483', "'", '-', '‐', ' ', '. '),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

describe('nextWord', () => {
  it('splits any text into the same words as the regular expression', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (text) => {
      expect(byScanner(text)).toEqual(byRegex(text));
    }), { numRuns: 2000 });
  });

  it('keeps inner hyphens and apostrophes and a closing apostrophe', () => {
    expect(byScanner("the member states' share, Kazakhstan's trade, государств-членов")).toEqual(byRegex("the member states' share, Kazakhstan's trade, государств-членов"));
    expect(byScanner("states' share").map(([s, e]) => "states' share".slice(s, e))).toEqual(["states'", 'share']);
  });
});
