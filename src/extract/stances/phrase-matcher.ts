/**
 * Finds the phrases of a pack list (cue words, pronouns, negators, event nouns) in text, linear
 * in its length: Chinese by a first-character table over literals compared on text folded to
 * simplified (so traditional text needs no second list), the alphabetic scripts by whole words
 * looked up in a map. Russian and Kazakh forms come from `stem{class}` patterns expanded once with
 * the shared inflection helper, never from alternations pasted into a regular expression.
 *
 * Pattern format: words separated by single spaces; a word may end in one or more `{class}` or
 * `{class,class}` groups, each an optional ending from `src/lang/shared/inflection.ts`
 * (`оценива{verbFormsE}`, `форум{possessive}{case}`). In Chinese a pattern is one literal.
 */
import { endingsOf, type EndingClass, type InflectingLanguage } from '../../lang/shared/inflection.js';
import { foldHan, hanFoldTable } from '../entities/fold-han.js';
import { foldWord, isLetterCode, nextWord, prefixKey, prefixKeyOf, previousWord, wordEnd } from './word-scan.js';

export type Segmentation = 'chars' | 'words';

export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

const WORD_PATTERN = /^([^{}]*)((?:\{[^{}]+\})*)$/u;

function expandWord(word: string, lang: string): string[] {
  const parsed = WORD_PATTERN.exec(word);
  if (!parsed) throw new Error(`malformed phrase word "${word}"`);
  let forms = [parsed[1]!];
  for (const group of parsed[2]!.match(/\{[^{}]+\}/gu) ?? []) {
    if (lang !== 'ru' && lang !== 'kk') throw new Error(`"${word}": endings need ru or kk, not ${lang}`);
    const classes = group.slice(1, -1).split(',') as EndingClass<InflectingLanguage>[];
    const endings = ['', ...endingsOf(lang as InflectingLanguage, classes as never)];
    if (endings.length === 1) throw new Error(`"${word}": unknown ending class ${group}`);
    forms = forms.flatMap((form) => endings.map((ending) => form + ending));
  }
  return forms;
}

/** Every surface form of a pattern, folded for matching. */
export function expandPattern(pattern: string, lang: string, segmentation: Segmentation): string[] {
  if (segmentation === 'chars') return [foldHan(pattern)];
  let phrases = [''];
  for (const word of pattern.trim().split(' ')) {
    const forms = expandWord(word, lang).map(foldWord);
    phrases = phrases.flatMap((p) => forms.map((f) => (p === '' ? f : `${p} ${f}`)));
  }
  return phrases;
}

interface Literal<T> {
  readonly text: string;
  readonly value: T;
}

export class PhraseMatcher<T> {
  private readonly phrases = new Map<string, T>();
  private readonly firstWords = new Map<string, number>();
  private readonly lastWords = new Set<string>();
  private readonly firstKeys = new Set<number>();
  private readonly lastKeys = new Set<number>();
  private maxWords = 0;
  private readonly byFirst = new Map<number, Literal<T>[]>();
  private readonly byLast = new Map<number, Literal<T>[]>();
  private readonly fold: Uint16Array | undefined;

  /** Earlier entries win when two patterns expand to the same form. */
  constructor(entries: Iterable<readonly [string, T]>, readonly segmentation: Segmentation, lang: string) {
    this.fold = segmentation === 'chars' ? hanFoldTable() : undefined;
    for (const [pattern, value] of entries) {
      for (const form of expandPattern(pattern, lang, segmentation)) {
        if (form === '' || this.phrases.has(form)) continue;
        this.phrases.set(form, value);
        if (segmentation === 'chars') {
          push(this.byFirst, form.charCodeAt(0), { text: form, value });
          push(this.byLast, form.charCodeAt(form.length - 1), { text: form, value });
        } else {
          const words = form.split(' ');
          this.firstWords.set(words[0]!, Math.max(words.length, this.firstWords.get(words[0]!) ?? 0));
          this.lastWords.add(words[words.length - 1]!);
          this.maxWords = Math.max(this.maxWords, words.length);
          this.firstKeys.add(prefixKeyOf(words[0]!));
          this.lastKeys.add(prefixKeyOf(words[words.length - 1]!));
        }
      }
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) list.sort((a, b) => b.text.length - a.text.length);
  }

  get size(): number {
    return this.phrases.size;
  }

  /** Non-overlapping matches in [from, to), leftmost first, longest at each position. */
  find(text: string, from: number, to: number): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    if (this.fold) {
      for (let i = from; i < to;) {
        const hit = this.literalAt(text, i, to);
        if (hit) { out.push(hit); i = hit.end; } else i++;
      }
      return out;
    }
    for (let i = from; i < to;) {
      const code = text.charCodeAt(i);
      if (!isLetterCode(code)) { i++; continue; }
      const end = wordEnd(text, i, to);
      const hit = this.firstKeys.has(prefixKey(text, i, end)) && (i === from || !isLetterCode(text.charCodeAt(i - 1)))
        ? this.wordsAt(text, i, end, to) : undefined;
      if (hit) { out.push(hit); i = hit.end; } else i = end;
    }
    return out;
  }

  /** The longest phrase starting at `pos` (after spaces, for words), ending by `limit`. */
  after(text: string, pos: number, limit: number): PhraseMatch<T> | undefined {
    if (this.fold) return this.literalAt(text, pos, limit);
    const word = nextWord(text, pos, limit);
    return word && this.firstKeys.has(prefixKey(text, word.start, word.end)) ? this.wordsAt(text, word.start, word.end, limit) : undefined;
  }

  /** The longest phrase ending at `pos` (before spaces, for words), starting at `floor` or later. */
  before(text: string, pos: number, floor: number): PhraseMatch<T> | undefined {
    if (this.fold) {
      if (pos <= floor) return undefined;
      for (const lit of this.byLast.get(this.fold[text.charCodeAt(pos - 1)]!) ?? []) {
        const start = pos - lit.text.length;
        if (start >= floor && this.foldedEquals(text, start, lit.text)) return { start, end: pos, value: lit.value };
      }
      return undefined;
    }
    const last = previousWord(text, pos, floor);
    if (!last || !this.lastKeys.has(prefixKey(text, last.start, last.end))
      || !this.lastWords.has(foldWord(text.slice(last.start, last.end)))) return undefined;
    const words: Array<{ start: number; end: number; text: string }> = [];
    let at = pos;
    while (words.length < this.maxWords) {
      const word = previousWord(text, at, floor);
      if (!word) break;
      words.unshift({ ...word, text: foldWord(text.slice(word.start, word.end)) });
      at = word.start;
    }
    for (let n = words.length; n >= 1; n--) {
      const key = words.slice(words.length - n).map((w) => w.text).join(' ');
      const value = this.phrases.get(key);
      if (value !== undefined) return { start: words[words.length - n]!.start, end: words[words.length - 1]!.end, value };
    }
    return undefined;
  }

  private wordsAt(text: string, start: number, end: number, limit: number): PhraseMatch<T> | undefined {
    const first = foldWord(text.slice(start, end));
    const span = this.firstWords.get(first);
    if (span === undefined) return undefined;
    const ends = [end];
    const keys = [first];
    while (keys.length < span) {
      const word = nextWord(text, ends[ends.length - 1]!, limit);
      if (!word) break;
      keys.push(`${keys[keys.length - 1]} ${foldWord(text.slice(word.start, word.end))}`);
      ends.push(word.end);
    }
    for (let n = keys.length; n >= 1; n--) {
      const value = this.phrases.get(keys[n - 1]!);
      if (value !== undefined) return { start, end: ends[n - 1]!, value };
    }
    return undefined;
  }

  private literalAt(text: string, pos: number, limit: number): PhraseMatch<T> | undefined {
    if (pos >= limit) return undefined;
    for (const lit of this.byFirst.get(this.fold![text.charCodeAt(pos)]!) ?? []) {
      if (pos + lit.text.length <= limit && this.foldedEquals(text, pos, lit.text)) {
        return { start: pos, end: pos + lit.text.length, value: lit.value };
      }
    }
    return undefined;
  }

  private foldedEquals(text: string, at: number, literal: string): boolean {
    const fold = this.fold!;
    for (let k = 0; k < literal.length; k++) if (fold[text.charCodeAt(at + k)] !== literal.charCodeAt(k)) return false;
    return true;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}
