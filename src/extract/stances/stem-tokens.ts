/**
 * Word stems for matching initiative names across inflection: Russian and Kazakh endings are
 * stripped with the shared inflection helper, English plurals and British spellings folded.
 * Function words are left out; stems are remembered, since the same words recur in every target.
 */
import { stripEndings } from '../../lang/shared/inflection.js';
import { isLetterCode, prefixKey } from './word-scan.js';

// Function words carry no name: `for` in `organisation for AI cooperation`, `по`, `және`.
const STOP_WORDS = new Set(['for', 'the', 'and', 'with', 'from', 'для', 'при', 'над', 'под', 'мен', 'бен', 'пен', 'және']);

export interface StemToken {
  readonly stem: string;
  readonly start: number;
  readonly end: number;
}

function computeStem(raw: string, lang: string): string {
  if (lang === 'ru') return stripEndings(stripEndings(raw, 'ru', ['adjective']), 'ru', ['noun']);
  if (lang === 'kk') return stripEndings(raw, 'kk', ['case', 'possessive', 'plural']);
  const word = raw.replace('isation', 'ization').replace('centre', 'center');
  return word.length > 4 && word.endsWith('s') ? word.slice(0, -1) : word;
}

// Words recur across targets; stripping endings is the costly part, so stems are remembered per
// language (each memo is dropped when it grows large, to keep memory bounded on long runs).
const stemMemo = new Map<string, Map<string, string>>();

function stemOf(raw: string, lang: string): string {
  let memo = stemMemo.get(lang);
  if (!memo) stemMemo.set(lang, memo = new Map());
  let stem = memo.get(raw);
  if (stem === undefined) {
    if (memo.size > 100_000) memo.clear();
    stem = computeStem(raw, lang);
    memo.set(raw, stem);
  }
  return stem;
}

/** Word stems of text[from, to) with their offsets, function words left out. */
export const isWordCode = (code: number) => isLetterCode(code) || (code >= 0x30 && code <= 0x39);

export function stemTokensIn(text: string, from: number, to: number, lang: string): StemToken[] {
  const out: StemToken[] = [];
  for (let i = from; i < to;) {
    if (!isWordCode(text.charCodeAt(i))) { i++; continue; }
    let end = i + 1;
    while (end < to && isWordCode(text.charCodeAt(end))) end++;
    if (end - i >= 3) {
      const raw = text.slice(i, end).toLowerCase().replace('ё', 'е');
      if (!STOP_WORDS.has(raw)) out.push({ stem: stemOf(raw, lang), start: i, end });
    }
    i = end;
  }
  return out;
}

export function stemsOf(phrase: string, lang: string): string[] {
  return stemTokensIn(phrase, 0, phrase.length, lang).map((t) => t.stem);
}

export function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

/**
 * The three- and four-letter lower-case heads of the words in [from, to). A stem is a prefix of
 * its lower-cased word, so a name can match only if every stem key of it is among these.
 */
export function wordHeads(text: string, from: number, to: number, known: ReadonlySet<number>): Set<string> {
  const heads = new Set<string>();
  for (let i = from; i < to;) {
    if (!isWordCode(text.charCodeAt(i))) { i++; continue; }
    let end = i + 1;
    while (end < to && isWordCode(text.charCodeAt(end))) end++;
    // Most words share no three letters with any name: tested as a number, no string is made.
    if (end - i >= 3 && known.has(prefixKey(text, i, end))) {
      const head = text.slice(i, Math.min(end, i + 4)).toLowerCase().replace('ё', 'е');
      heads.add(head).add(head.slice(0, 3));
    }
    i = end;
  }
  return heads;
}

