/**
 * Words of a stretch of spaced text with their offsets, and phrase lists compared word by word in
 * lower case: enough for the subject and counted-noun heuristics, which look at a few words.
 */
import { surfaceForms, type SpellingOptions } from '../rules/rule-table.js';

export interface Word {
  readonly start: number;
  readonly end: number;
  /** Lower case, for comparison only; offsets always come from `start`/`end`. */
  readonly lower: string;
}

// A word: letters or digits, with inner hyphens and apostrophes (государств-членов, Kazakhstan's)
// and one closing apostrophe. Scanned by code unit with ASCII and Cyrillic fast paths: a Unicode
// property regex per word cost an eighth of the whole figures stage.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER_MARK_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const JOINERS = new Set(["'", '’', '-', '‐']);
const APOSTROPHES = new Set(["'", '’']);

/** 2: letter or digit, 1: combining mark, 0: neither. */
function wordClass(text: string, i: number): 0 | 1 | 2 {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 2 : 0;
  if (code >= 0x400 && code <= 0x52f) return code >= 0x483 && code <= 0x489 ? 1 : code === 0x482 ? 0 : 2;
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  return LETTER_OR_DIGIT.test(ch) ? 2 : LETTER_MARK_OR_DIGIT.test(ch) ? 1 : 0;
}

/** Code units of the character at i (2 for a surrogate pair). */
function width(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/** The next word at or after `from`, before `limit`, as [start, end), or undefined. */
export function nextWord(text: string, from: number, limit: number): readonly [number, number] | undefined {
  let i = from;
  while (i < limit && wordClass(text, i) !== 2) i += width(text, i);
  if (i >= limit) return undefined;
  const start = i;
  i += width(text, i);
  while (i < text.length && wordClass(text, i) !== 0) i += width(text, i);
  while (i + 1 < text.length && JOINERS.has(text[i]!) && wordClass(text, i + 1) !== 0) {
    i += 1;
    while (i < text.length && wordClass(text, i) !== 0) i += width(text, i);
  }
  if (i < text.length && APOSTROPHES.has(text[i]!)) i++;
  return [start, i];
}

/**
 * The words of text[start, end), read only as far as they are asked for: a subject or a counted
 * noun ends within a few words, and tokenizing the rest of a long clause would be wasted.
 */
export class LazyWords {
  private readonly words: Word[] = [];
  private position: number;
  private done = false;

  constructor(private readonly text: string, start: number, private readonly end: number) {
    this.position = start;
  }

  /** The i-th word, or undefined past the end. */
  at(i: number): Word | undefined {
    while (!this.done && this.words.length <= i) {
      const word = nextWord(this.text, this.position, this.end);
      if (word === undefined) { this.done = true; break; }
      const [start, end] = word;
      this.position = end;
      const wordEnd = Math.min(end, this.end);
      this.words.push({ start, end: wordEnd, lower: this.text.slice(start, wordEnd).toLowerCase() });
    }
    return this.words[i];
  }

  has(i: number): boolean {
    return this.at(i) !== undefined;
  }
}

/** Something with words by index: an array or a LazyWords. */
export interface WordSource {
  at(i: number): Word | undefined;
}

/** A list of phrases (one or more words), each expanded through the pack's inflection keys. */
export class PhraseList {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: Iterable<string>, spelling: SpellingOptions = {}) {
    for (const phrase of phrases) {
      for (const form of surfaceForms(phrase, spelling)) {
        const words = form.toLowerCase().split(' ');
        const list = this.byFirst.get(words[0]!) ?? [];
        list.push(words);
        this.byFirst.set(words[0]!, list);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Number of words of the longest phrase starting at words[i], or 0. */
  matchAt(words: WordSource, i: number): number {
    const candidates = this.byFirst.get(words.at(i)?.lower ?? '');
    if (!candidates) return 0;
    for (const phrase of candidates) {
      if (phrase.every((w, k) => words.at(i + k)?.lower === w)) return phrase.length;
    }
    return 0;
  }

  has(word: string): boolean {
    return this.byFirst.get(word)?.some((p) => p.length === 1) ?? false;
  }
}
