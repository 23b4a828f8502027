/**
 * A search box's text as the in-memory matcher and the highlighter use it: Han runs (folded to
 * simplified, matched as substrings, like the index's bigram phrases) and words (stemmed, matched
 * whole, so `Токаева` finds `Токаев`). The analyzer in src/search decides what a piece is, so the
 * highlights agree with what the Store's index matched.
 */
import { forEachPiece } from '../search/analyze-text.js';
import { foldHanChar } from '../search/fold-han.js';
import { stemWord } from '../search/stem-word.js';

export interface QueryTerms {
  readonly han: readonly string[];
  readonly words: readonly string[];
}

/** Longer queries than this are cut: a search box is not a document. */
export const MAX_QUERY_LENGTH = 500;

export function parseQuery(q: string | undefined): QueryTerms {
  const han = new Set<string>();
  const words = new Set<string>();
  if (q) {
    forEachPiece(q.slice(0, MAX_QUERY_LENGTH), (piece) => {
      if (piece.kind === 'han') han.add(piece.chars.join(''));
      else words.add(piece.token);
    });
  }
  return { han: [...han], words: [...words] };
}

export const isEmptyQuery = (terms: QueryTerms) => terms.han.length === 0 && terms.words.length === 0;

const isHanUnit = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/**
 * The text folded unit by unit, keeping its length so offsets still point into the original:
 * Han characters to simplified, everything else lower-cased when that keeps one code unit.
 */
export function foldForSearch(text: string): string {
  const out: string[] = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ch = text[i]!;
    if (isHanUnit(c)) {
      out[i] = foldHanChar(c);
    } else {
      const lower = ch.toLowerCase();
      out[i] = lower.length === 1 ? lower : ch;
    }
  }
  return out.join('');
}

// Letters the analyzer treats as word letters: ASCII alphanumerics and the alphabetic blocks
// (Greek, Cyrillic, Kazakh letters…) below U+2000. One character class, no nesting: linear.
const WORD = /[A-Za-z0-9\u00c0-\u024f\u0370-\u1fff]+/g;

export interface WordPosition {
  readonly stem: string;
  readonly start: number;
  readonly end: number;
}

export function* wordPositions(text: string): Generator<WordPosition> {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    yield { stem: stemWord(m[0].toLowerCase()), start: m.index, end: m.index + m[0].length };
  }
}
