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

// Letters or digits, with inner hyphens and apostrophes (государств-членов, Kazakhstan's).
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*['’]?/gu;

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
      // One shared expression; each reader keeps its own position, so readers may interleave.
      WORD.lastIndex = this.position;
      const m = WORD.exec(this.text);
      if (m === null || m.index >= this.end) { this.done = true; break; }
      this.position = m.index + m[0].length;
      const wordEnd = Math.min(m.index + m[0].length, this.end);
      this.words.push({ start: m.index, end: wordEnd, lower: this.text.slice(m.index, wordEnd).toLowerCase() });
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
