/**
 * Shapes of names the gazetteer does not know, read with a pack's data: a transliterated Chinese
 * name with middle dots (阿尔维德·卡伦), a Chinese name after a title (外长王毅), capitalised words
 * after a title (President Arvid Kallen), and a Russian or Kazakh name with a patronymic. Each
 * scanner reads forward a bounded number of characters or words: no backtracking.
 */
import { nameStem, type InflectingLanguage } from '../../lang/shared/inflection.js';
import type { DocContext } from './doc-context.js';
import type { HanNames, WordNames } from './entities-pack.js';
import { hanFoldTable } from './fold-han.js';
import type { Hit } from './lexicon-entry.js';
import { wordAt } from './word-tokens.js';

export interface NameSpan {
  readonly start: number;
  readonly end: number;
  /** The name's words (alphabetic scripts) or parts (Han, split at the middle dots). */
  readonly parts: readonly string[];
}

const MAX_PART = 8;
const MAX_PARTS = 5;
const MAX_WORDS = 4;

export interface HanNameScanner {
  scan(ctx: DocContext, at: number): NameSpan | undefined;
  /** A dotted name around a middle dot anywhere in the text (…和阿尔维德·卡伦会谈). */
  around(ctx: DocContext, dot: number): NameSpan | undefined;
  readonly separators: string;
  /** Whether a (folded) code unit can be part of a transliterated name. */
  isNameCode(code: number): boolean;
}

export function createHanNameScanner(names: HanNames): HanNameScanner {
  const fold = hanFoldTable();
  const translit = new Set([...names.transliteration].map((c) => c.charCodeAt(0)));
  const separators = new Set([...names.separators].map((c) => c.charCodeAt(0)));
  const stops = new Set([...names.notInGivenName].map((c) => c.charCodeAt(0)));
  // Family names by their first (folded) character, longest first: one look-up per title.
  const surnames = new Map<number, number[][]>();
  for (const name of [...names.surnames].sort((a, b) => b.length - a.length)) {
    const codes = [...name].map((c) => fold[c.charCodeAt(0)]!);
    const list = surnames.get(codes[0]!) ?? [];
    list.push(codes);
    surnames.set(codes[0]!, list);
  }
  const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff;
  const codeAt = (ctx: DocContext, i: number) => fold[ctx.text.charCodeAt(i)]!;
  const translitAt = (ctx: DocContext, i: number) => i < ctx.text.length && translit.has(codeAt(ctx, i)) && ctx.isFree(i, i + 1);

  function dotted(ctx: DocContext, at: number): NameSpan | undefined {
    const parts: string[] = [];
    let i = at;
    for (;;) {
      const start = i;
      while (i - start < MAX_PART && translitAt(ctx, i)) i++;
      if (i === start) return undefined;
      parts.push(ctx.text.slice(start, i));
      if (parts.length < MAX_PARTS && i + 1 < ctx.text.length && separators.has(ctx.text.charCodeAt(i)) && translitAt(ctx, i + 1)) {
        i++;
        continue;
      }
      break;
    }
    return parts.length >= 2 ? { start: at, end: i, parts } : undefined;
  }

  // A name ends where text that cannot be part of it begins: a stop character, a non-Han one, a hit.
  const endsName = (ctx: DocContext, i: number) => i >= ctx.text.length || !isHan(codeAt(ctx, i))
    || stops.has(codeAt(ctx, i)) || !ctx.isFree(i, i + 1);

  function transliterated(ctx: DocContext, at: number): NameSpan | undefined {
    let i = at;
    while (i - at < 5 && translitAt(ctx, i)) i++;
    if (i - at < 2 || !endsName(ctx, i)) return undefined;
    return { start: at, end: i, parts: [ctx.text.slice(at, i)] };
  }

  function chinese(ctx: DocContext, at: number): NameSpan | undefined {
    const surname = surnames.get(codeAt(ctx, at))
      ?.find((codes) => at + codes.length < ctx.text.length && codes.every((c, k) => codeAt(ctx, at + k) === c));
    if (!surname || !ctx.isFree(at, at + surname.length)) return undefined;
    let i = at + surname.length;
    const given = (k: number) => k < ctx.text.length && isHan(codeAt(ctx, k)) && !stops.has(codeAt(ctx, k)) && ctx.isFree(k, k + 1);
    if (!given(i)) return undefined;
    i++;
    if (given(i)) i++;
    return { start: at, end: i, parts: [ctx.text.slice(at, i)] };
  }

  return {
    separators: names.separators,
    isNameCode: (code) => translit.has(code),
    scan: (ctx, at) => (ctx.isFree(at, at + 1) ? dotted(ctx, at) ?? transliterated(ctx, at) ?? chinese(ctx, at) : undefined),
    around(ctx, dot) {
      let start = dot;
      while (dot - start < MAX_PART && start > 0 && translitAt(ctx, start - 1)) start--;
      if (start === dot) return undefined;
      const found = dotted(ctx, start);
      return found && found.end > dot + 1 ? found : undefined;
    },
  };
}

function isNameWord(word: string, names: WordNames): boolean {
  const first = word.charAt(0);
  if (first === first.toLowerCase() || /\d/.test(word)) return false;
  if (word.length > 1 && word === word.toUpperCase()) return false;
  return !names.stopWords.includes(word);
}

/** A patronymic ending followed by at most a case ending (Янович, Яновичем, Яновной, Кемелұлы). */
export function isPatronymic(word: string, names: WordNames, lang: InflectingLanguage | undefined): boolean {
  const stem = (lang ? nameStem(lang, word) : word).toLowerCase();
  return names.patronymicEndings.some((ending) => {
    const at = stem.lastIndexOf(ending);
    return at >= 2 && stem.length - at - ending.length <= 1;
  });
}

/**
 * Capitalised words from `at`: up to three when the second is a patronymic, else up to two.
 * `shift` lets a first word that is an unknown country in the genitive stand aside
 * (Президент Валдории Арвид Каллен): with three words and no patronymic second, the name is the last two.
 */
export function scanWordName(
  ctx: DocContext, at: number, names: WordNames, lang: InflectingLanguage | undefined, shift: boolean,
): NameSpan | undefined {
  const first = wordAt(ctx.tokens, at);
  if (first < 0) return undefined;
  const { starts, ends } = ctx.tokens;
  const words: number[] = [];
  for (let j = first; j < starts.length && words.length < MAX_WORDS; j++) {
    if (words.length > 0 && !(starts[j]! - ends[j - 1]! === 1 && ctx.text.charCodeAt(ends[j - 1]!) === 0x20)) break;
    const word = ctx.text.slice(starts[j], ends[j]);
    if (!isNameWord(word, names) || !ctx.isFree(starts[j]!, ends[j]!)) break;
    words.push(j);
  }
  const text = (j: number) => ctx.text.slice(starts[j], ends[j]);
  const patronymicAt = (k: number) => k < words.length && isPatronymic(text(words[k]!), names, lang);
  let from = 0;
  if (shift && words.length >= 3 && !patronymicAt(1)) from = 1;
  const count = Math.min(words.length - from, patronymicAt(from + 1) ? 3 : 2);
  if (count <= 0) return undefined;
  const chosen = words.slice(from, from + count);
  return { start: starts[chosen[0]!]!, end: ends[chosen.at(-1)!]!, parts: chosen.map(text) };
}

/**
 * Drops Han person-name hits that are only part of a longer name the gazetteer does not know: a
 * surname 阿尔维 (of someone else) inside 阿尔维德·卡伦 continues into more name characters or a
 * middle dot that no other hit holds. The dotted-name scanner then reads the whole name.
 */
export function dropPartialHanNames(hits: readonly Hit[], text: string, scanner: HanNameScanner): Hit[] {
  const fold = hanFoldTable();
  const continues = (at: number) => at >= 0 && at < text.length
    && (scanner.isNameCode(fold[text.charCodeAt(at)]!) || scanner.separators.includes(text[at]!));
  return hits.filter((hit, i) => {
    if (!hit.payloads.some((p) => p.kind === 'name' && p.type === 'person')) return true;
    if (!/\p{Script=Han}/u.test(text[hit.start]!)) return true;
    const after = continues(hit.end) && hits[i + 1]?.start !== hit.end;
    const before = continues(hit.start - 1) && hits[i - 1]?.end !== hit.start;
    return !after && !before;
  });
}

/** Names with a patronymic anywhere in the text (Арвид Янович Каллен), no title needed. */
export function scanPatronymicNames(
  ctx: DocContext, namesFor: (offset: number) => { names: WordNames; lang: InflectingLanguage | undefined } | undefined,
): NameSpan[] {
  const out: NameSpan[] = [];
  const { starts, ends } = ctx.tokens;
  const spaced = (j: number) => starts[j + 1]! - ends[j]! === 1 && ctx.text.charCodeAt(ends[j]!) === 0x20;
  const word = (k: number) => ctx.text.slice(starts[k], ends[k]);
  const capital = (k: number) => {
    const code = ctx.text.charCodeAt(starts[k]!);
    return (code >= 0x41 && code <= 0x5a) || (code >= 0x400 && code <= 0x42f) || (code >= 0xc0 && code <= 0xde);
  };
  for (let j = 1; j + 1 < starts.length; j++) {
    // Cheap tests first: three capitalised words one space apart are rare in running text.
    if (!capital(j) || !capital(j - 1) || !capital(j + 1) || !spaced(j - 1) || !spaced(j)) continue;
    const pack = namesFor(starts[j]!);
    if (!pack || pack.names.patronymicEndings.length === 0) continue;
    if (![j - 1, j, j + 1].every((k) => isNameWord(word(k), pack.names))) continue;
    if (!isPatronymic(word(j), pack.names, pack.lang)) continue;
    if (!ctx.isFree(starts[j - 1]!, ends[j + 1]!)) continue;
    out.push({ start: starts[j - 1]!, end: ends[j + 1]!, parts: [word(j - 1), word(j), word(j + 1)] });
    j += 2;
  }
  return out;
}
