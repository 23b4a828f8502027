/**
 * The one analyzer behind the index and the query, for every language and both databases.
 * Like Lucene's CJKAnalyzer, a run of Han (or kana, hangul) characters becomes overlapping
 * bigrams plus unigrams, so 1- and 2-character queries (`普京`, `天津`) match; traditional
 * characters are folded to simplified first. Cyrillic and Latin runs become words, lower-cased
 * and stemmed. Bigrams and the rest are kept apart because only bigrams need positions for
 * phrase matching, and interleaving unigrams would break their adjacency.
 *
 * One pass over the text, character classes by code point ranges: linear, no regular expression.
 */
import { foldHanChar } from './fold-han.js';
import { stemWord } from './stem-word.js';
import { TokenBuffer } from './token-buffer.js';

export interface AnalyzedText {
  /** Han bigrams in text order, space-separated: consecutive tokens are adjacent in the text. */
  readonly grams: string;
  /** Han unigrams, word stems and numbers, space-separated. */
  readonly terms: string;
}

/** One Han run or one word, as the query side needs it. */
export type TextPiece =
  | { readonly kind: 'han'; readonly chars: readonly string[] }
  | { readonly kind: 'word'; readonly token: string };

const enum Cls { Other, Han, Word }

function classify(cp: number): Cls {
  if (cp < 0x80) {
    return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39) ? Cls.Word : Cls.Other;
  }
  if (cp >= 0x4e00 && cp <= 0x9fff) return Cls.Han;
  if (cp >= 0x0400 && cp <= 0x052f) return Cls.Word; // Cyrillic, Kazakh letters included
  if (cp >= 0x00c0 && cp <= 0x024f) return cp === 0xd7 || cp === 0xf7 ? Cls.Other : Cls.Word;
  if (cp >= 0x0300 && cp <= 0x036f) return Cls.Word; // combining marks stay inside their word
  if (cp >= 0x0370 && cp <= 0x03ff) return Cls.Word;
  if ((cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3134f)) return Cls.Han;
  if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0xac00 && cp <= 0xd7af) || cp === 0x3007) return Cls.Han;
  // Full-width digits and Latin letters (not the full-width punctuation between them).
  if ((cp >= 0xff10 && cp <= 0xff19) || (cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a)) return Cls.Word;
  return cp > 0x024f && cp < 0x2000 && /\p{L}/u.test(String.fromCodePoint(cp)) ? Cls.Word : Cls.Other;
}

function isUnusual(cp: number): boolean {
  return (cp >= 0x0300 && cp <= 0x036f) || cp >= 0xff10;
}

/** Receives the pieces of a text in order: Han characters one by one, words whole. */
export interface PieceSink {
  /** One folded Han character; `runStart` when the previous character was not Han. */
  han(char: string, runStart: boolean): void;
  /** One lower-cased, stemmed word or number. */
  word(token: string): void;
}

export function scanText(text: string, sink: PieceSink): void {
  let i = 0;
  const n = text.length;
  let inHan = false;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const cls = classify(cp);
    if (cls === Cls.Han) {
      sink.han(foldHanChar(cp), !inHan);
      inHan = true;
      i += width;
      continue;
    }
    inHan = false;
    if (cls === Cls.Word) {
      const start = i;
      let unusual = isUnusual(cp);
      i += width;
      while (i < n) {
        const next = text.codePointAt(i)!;
        if (classify(next) !== Cls.Word) break;
        unusual ||= isUnusual(next);
        i += next > 0xffff ? 2 : 1;
      }
      // Only combining marks and full-width forms need Unicode normalization; skip it otherwise.
      const raw = text.slice(start, i);
      sink.word(stemWord((unusual ? raw.normalize('NFKC') : raw).toLowerCase()));
      continue;
    }
    i += width;
  }
}

/** Calls `visit` for each Han run (folded characters) and each word: the query side's view. */
export function forEachPiece(text: string, visit: (piece: TextPiece) => void): void {
  let han: string[] = [];
  const flush = () => {
    if (han.length > 0) visit({ kind: 'han', chars: han });
    han = [];
  };
  scanText(text, {
    han(char, runStart) {
      if (runStart) flush();
      han.push(char);
    },
    word(token) {
      flush();
      visit({ kind: 'word', token });
    },
  });
  flush();
}

export function analyzeText(text: string): AnalyzedText {
  const grams = new TokenBuffer();
  const terms = new TokenBuffer();
  let previous = '';
  scanText(text, {
    han(char, runStart) {
      terms.token(char);
      if (!runStart) grams.pair(previous, char);
      previous = char;
    },
    word(token) {
      terms.token(token);
    },
  });
  return { grams: grams.toString(), terms: terms.toString() };
}
