/**
 * Sentence boundaries inside one paragraph, in a single left-to-right pass: a terminator ends a
 * sentence unless it is a decimal point, part of an abbreviation or an initial, or the text goes
 * on in lower case (`?» — сказал он`). Closing quotes and brackets stay with the sentence they close.
 */
import type { TextPack } from './text-pack.js';

export interface SentenceRules {
  readonly terminators: ReadonlySet<string>;
  readonly closers: ReadonlySet<string>;
  readonly abbreviations: ReadonlySet<string>;
  readonly longestAbbreviation: number;
}

export function compileSentenceRules(pack: TextPack): SentenceRules {
  const abbreviations = new Set(pack.sentences.abbreviations.map((a) => a.toLowerCase()));
  return {
    terminators: new Set(pack.sentences.terminators),
    closers: new Set(pack.sentences.closers),
    abbreviations,
    longestAbbreviation: Math.max(0, ...[...abbreviations].map((a) => a.length)),
  };
}

const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const DASHES = new Set(['-', '–', '—', '‒', '―']);

/** The word ending at `dot` (inclusive), letters and inner dots only, lower-cased. */
function wordBefore(text: string, dot: number, limit: number): string {
  let i = dot;
  while (i > 0 && dot - i < limit && (LETTER.test(text[i - 1]!) || text[i - 1] === '.' || text[i - 1] === '-')) i--;
  return text.slice(i, dot + 1).toLowerCase();
}

function isFalseStop(text: string, at: number, rules: SentenceRules): boolean {
  if (text[at] !== '.') return false;
  const prev = text[at - 1] ?? '';
  const next = text[at + 1] ?? '';
  if (DIGIT.test(prev) && DIGIT.test(next)) return true;           // 1.5 trillion
  if (LETTER.test(next)) return true;                               // U.S., т.е. (inside the token)
  const word = wordBefore(text, at, rules.longestAbbreviation + 1);
  if (rules.abbreviations.has(word)) return true;
  // A single capital before the dot is an initial (В. Путин, J. Smith).
  if (word.length === 2 && UPPER.test(text[at - 1] ?? '') && !LETTER.test(text[at - 2] ?? '')) return true;
  return false;
}

/** True when what follows `from` continues the sentence: a lower-case word, possibly after a dash. */
function continuesInLowerCase(text: string, from: number, end: number): boolean {
  let i = from;
  while (i < end && text[i] === ' ') i++;
  if (i < end && DASHES.has(text[i]!)) {
    i++;
    while (i < end && text[i] === ' ') i++;
  }
  if (i < end && text[i] === ',') return true;
  return i < end && LOWER.test(text[i]!);
}

export function splitSentences(text: string, start: number, end: number, rules: SentenceRules): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    const ch = text[i]!;
    if (!rules.terminators.has(ch) || isFalseStop(text, i, rules)) { i++; continue; }
    let j = i + 1;
    while (j < end && (rules.terminators.has(text[j]!) || rules.closers.has(text[j]!))) j++;
    if (j < end && continuesInLowerCase(text, j, end)) { i = j; continue; }
    pushTrimmed(text, sentenceStart, j, out);
    sentenceStart = j;
    i = j;
  }
  pushTrimmed(text, sentenceStart, end, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Array<{ start: number; end: number }>): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e });
}
