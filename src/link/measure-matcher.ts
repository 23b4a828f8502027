/**
 * Finds measure and qualifier words (measures-pack.ts) inside a short window of an article's
 * text. Compiled once per pack set; a lookup costs the window's length times the few lexicon
 * forms that share a first letter, so it stays linear and needs no regular expression.
 */
import type { PackSet } from '../lang/pack-set.js';
import { paradigmOf, type InflectingLanguage, type Paradigm } from '../lang/shared/inflection.js';
import type { MeasureConcept, MeasureQualifier } from './measure-types.js';
import type { MeasuresPack } from './measures-pack.js';

export interface MeasureHit {
  readonly kind: 'measure' | 'qualifier';
  readonly name: MeasureConcept | MeasureQualifier;
  readonly start: number;
  readonly end: number;
}

interface Form {
  readonly kind: MeasureHit['kind'];
  readonly name: MeasureHit['name'];
  readonly literal: string;
  /** Word languages: one matcher per word of the form. */
  readonly words: readonly ((word: string) => boolean)[];
}

interface Compiled {
  readonly substring: boolean;
  /** Forms by first character (lower-cased for word languages), longest first. */
  readonly byFirst: ReadonlyMap<string, readonly Form[]>;
}

const ACRONYM = /^[\p{Lu}\d]{2,}$/u;
const WORD = /[\p{L}\p{N}]+/gu;

function wordMatcher(pack: MeasuresPack, word: string): (w: string) => boolean {
  // Acronyms keep their case: `AI` is not the word `ai`, and ВВП is never lower-cased in print.
  if (ACRONYM.test(word)) return (w) => w === word;
  const lemma = word.toLowerCase();
  if (pack.inflection !== undefined) {
    const lang: InflectingLanguage = pack.inflection;
    const paradigm: Paradigm = paradigmOf(lang, lemma);
    return (w) => {
      const lower = w.toLowerCase();
      return lower.startsWith(paradigm.stem) && paradigm.accepts(lower.slice(paradigm.stem.length));
    };
  }
  const forms = new Set([lemma, ...(pack.plural ?? []).map((ending) => lemma + ending)]);
  return (w) => forms.has(w.toLowerCase());
}

function compile(pack: MeasuresPack): Compiled {
  const substring = pack.matching === 'substring';
  const forms: Form[] = [];
  const add = (kind: Form['kind'], name: Form['name'], literal: string) => {
    const words = substring ? [] : literal.split(' ').filter((w) => w !== '').map((w) => wordMatcher(pack, w));
    forms.push({ kind, name, literal, words });
  };
  for (const m of pack.measures) for (const w of m.words) add('measure', m.concept, w);
  for (const q of pack.qualifiers) for (const w of q.words) add('qualifier', q.qualifier, w);
  const byFirst = new Map<string, Form[]>();
  for (const form of forms) {
    const first = substring ? form.literal[0]! : form.literal[0]!.toLowerCase();
    const list = byFirst.get(first) ?? [];
    list.push(form);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.literal.length - a.literal.length);
  return { substring, byFirst };
}

function findSubstrings(c: Compiled, text: string, start: number, end: number): MeasureHit[] {
  const hits: MeasureHit[] = [];
  for (let i = start; i < end; i++) {
    const forms = c.byFirst.get(text[i]!);
    if (forms === undefined) continue;
    for (const form of forms) {
      if (i + form.literal.length <= end && text.startsWith(form.literal, i)) {
        hits.push({ kind: form.kind, name: form.name, start: i, end: i + form.literal.length });
        break;
      }
    }
  }
  return hits;
}

interface Word { readonly text: string; readonly start: number; readonly end: number }

function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m !== null && m.index < end; m = WORD.exec(text)) {
    const to = Math.min(end, m.index + m[0].length);
    words.push({ text: text.slice(m.index, to), start: m.index, end: to });
  }
  return words;
}

function findWords(c: Compiled, text: string, start: number, end: number): MeasureHit[] {
  const words = wordsOf(text, start, end);
  const hits: MeasureHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const forms = c.byFirst.get(words[i]!.text[0]!.toLowerCase());
    if (forms === undefined) continue;
    for (const form of forms) {
      const n = form.words.length;
      if (i + n > words.length) continue;
      if (form.words.every((matches, k) => matches(words[i + k]!.text))) {
        hits.push({ kind: form.kind, name: form.name, start: words[i]!.start, end: words[i + n - 1]!.end });
        break;
      }
    }
  }
  return hits;
}

export interface MeasureMatcher {
  /** Hits in `text[start, end)` for the language `tag`; none for a language without a pack. */
  find(text: string, start: number, end: number, tag: string): readonly MeasureHit[];
}

export function createMeasureMatcher(packs: PackSet): MeasureMatcher {
  const compiled = new Map<string, Compiled>();
  for (const [code, pack] of packs.all('measures')) compiled.set(code, compile(pack));
  return {
    find(text, start, end, tag) {
      const code = packs.codeFor(tag);
      const c = code === undefined ? undefined : compiled.get(code);
      if (c === undefined) return [];
      const from = Math.max(0, start);
      const to = Math.min(text.length, end);
      return c.substring ? findSubstrings(c, text, from, to) : findWords(c, text, from, to);
    },
  };
}
