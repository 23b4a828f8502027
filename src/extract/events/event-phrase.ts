/**
 * One occurrence of an event noun and the name phrase around it: back over modifiers to a stop
 * (`11月于阿克套举行的|首届上合组织港口和物流中心负责人论坛`, `the |first SCO Forum`), forward over a
 * capitalised name (`Форуме руководителей портов и логистических центров ШОС`), or a quoted name
 * next to the noun (`“数字桥”论坛`, `форума «Цифровой мост»`). Flags say whether the phrase names
 * an event of its own (an ordinal, a name, content beyond the organisation and place) or points
 * at the reported occasion (`本次峰会`, `the summit`, `出席会议`), or names none (`as a productive forum`).
 */
import type { MentionRecord, Offsets } from '../../record/article-record.js';
import type { DocIndex } from '../stances/doc-index.js';
import type { PhraseMatch } from '../stances/phrase-matcher.js';
import { isCapitalized, isLetterCode, isSpaceCode, nextWord, previousWord } from '../stances/word-scan.js';
import type { CompiledEvents } from './compile-events-pack.js';
import type { EventNoun } from './events-pack.js';

export interface Occurrence {
  readonly noun: PhraseMatch<EventNoun>;
  readonly phrase: Offsets;
  readonly sentence: Offsets;
  readonly named: boolean;
  readonly ordinal: boolean;
  readonly deictic: boolean;
  readonly content: boolean;
  readonly generic: boolean;
  readonly organization?: string;
}

const CLOSERS = '”」』»"》\'';
const OPENERS: Readonly<Record<string, string>> = { '”': '“', '」': '「', '』': '『', '»': '«', '"': '"', '》': '《', "'": "'" };
const OPENING = '“「『«"《';
const CLOSING_FOR: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』', '«': '»', '"': '"', '《': '》' };
// Mentions of these end a name phrase going back: `…Мирзиёев отырысқа`, `阿斯塔纳承办…`.
const BOUNDARY_TYPES = new Set(['person', 'country', 'place']);
// Organisation and place names inside a phrase do not make it a distinct event (`上合组织天津峰会`).
const NEUTRAL_TYPES = new Set(['organization', 'place', 'country']);

function skipSpacesBack(text: string, pos: number, floor: number): number {
  let i = pos;
  while (i > floor && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

function skipSpaces(text: string, pos: number, limit: number): number {
  let i = pos;
  while (i < limit && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

interface Extent { start: number; end: number; named: boolean; ordinal: boolean; deictic: boolean }

function quotedBefore(text: string, noun: Offsets, floor: number): number | undefined {
  const at = skipSpacesBack(text, noun.start, floor);
  const close = text.charAt(at - 1);
  if (at <= floor || !CLOSERS.includes(close)) return undefined;
  const open = text.lastIndexOf(OPENERS[close]!, at - 2);
  return open >= floor && at - open <= 80 ? open : undefined;
}

function quotedAfter(text: string, noun: Offsets, limit: number): number | undefined {
  const at = skipSpaces(text, noun.end, limit);
  const open = text.charAt(at);
  if (at >= limit || !OPENING.includes(open)) return undefined;
  const close = text.indexOf(CLOSING_FOR[open]!, at + 1);
  return close !== -1 && close < limit && close - at <= 80 ? close + 1 : undefined;
}

function boundaryMentionAt(index: DocIndex, from: number, to: number): boolean {
  return index.mentionsIn(from, to).some((m) => BOUNDARY_TYPES.has(index.typeOf(m.entity) ?? ''))
    || index.lastMentionBefore(to, from - 40, (m) => m.end > from && BOUNDARY_TYPES.has(index.typeOf(m.entity) ?? '')) !== undefined;
}

function backChars(text: string, noun: Offsets, sentence: Offsets, pack: CompiledEvents, index: DocIndex): Extent {
  const ext: Extent = { start: noun.start, end: noun.end, named: false, ordinal: false, deictic: false };
  const floor = Math.max(sentence.start, noun.start - pack.pack.phrase.maxBack);
  let pos = noun.start;
  ext.named = quotedBefore(text, noun, floor) !== undefined;
  while (pos > floor) {
    if (pack.deictics.before(text, pos, sentence.start)) { ext.deictic = true; break; }
    const ordinal = pack.ordinals.before(text, pos, sentence.start);
    if (ordinal) { ext.ordinal = true; pos = ordinal.start; continue; }
    if (pack.stops.before(text, pos, sentence.start)) break;
    if (index.lastMentionBefore(pos, pos - 40, (m) => m.end === pos && BOUNDARY_TYPES.has(index.typeOf(m.entity) ?? ''))) break;
    pos--;
  }
  ext.start = pos;
  return ext;
}

function backWords(text: string, noun: Offsets, sentence: Offsets, pack: CompiledEvents, index: DocIndex): Extent {
  const ext: Extent = { start: noun.start, end: noun.end, named: false, ordinal: false, deictic: false };
  const { modifierEndings, breakEndings, maxBack } = pack.pack.phrase;
  const quoted = quotedBefore(text, noun, sentence.start);
  if (quoted !== undefined) return { ...ext, start: quoted, named: true };
  let pos = noun.start;
  for (let count = 0; count < maxBack; count++) {
    if (pack.deictics.before(text, pos, sentence.start)) { ext.deictic = true; break; }
    const ordinal = pack.ordinals.before(text, pos, sentence.start);
    if (ordinal) { ext.ordinal = true; pos = ordinal.start; continue; }
    if (pack.stops.before(text, pos, sentence.start)) break;
    const word = previousWord(text, pos, sentence.start);
    if (!word) break;
    const lower = text.slice(word.start, word.end).toLowerCase();
    if (modifierEndings && !modifierEndings.some((e) => lower.endsWith(e))) break;
    if (breakEndings?.some((e) => lower.endsWith(e))) break;
    if (boundaryMentionAt(index, word.start, word.end)) break;
    pos = word.start;
  }
  ext.start = pos;
  return ext;
}

function forwardWords(text: string, ext: Extent, noun: Offsets, sentence: Offsets, pack: CompiledEvents): void {
  const rules = pack.pack.phrase.forward;
  if (!rules) return;
  const first = nextWord(text, ext.end, sentence.end);
  if (!first || !(isCapitalized(text, noun.start) || isCapitalized(text, first.start))) return;
  let end = ext.end;
  let kept = ext.end;
  for (let count = 0, at = ext.end; count < rules.maxWords; count++) {
    if (pack.forwardStops.after(text, at, sentence.end)) break;
    const word = nextWord(text, at, sentence.end);
    if (!word) break;
    at = word.end;
    end = word.end;
    // A phrase does not end on a connective (`of`, `and`, `и`).
    if (word.end - word.start > 3 || isCapitalized(text, word.start)) kept = end;
  }
  ext.end = Math.max(ext.end, kept);
}

/** Letters in the phrase besides the noun, ordinals, deictics and organisation or place names. */
function hasContent(text: string, ext: Extent, noun: Offsets, pack: CompiledEvents, mentions: readonly MentionRecord[], index: DocIndex): boolean {
  const covered = new Uint8Array(ext.end - ext.start);
  const cover = (s: number, e: number) => covered.fill(1, Math.max(0, s - ext.start), Math.max(0, e - ext.start));
  cover(noun.start, noun.end);
  for (const m of mentions) if (NEUTRAL_TYPES.has(index.typeOf(m.entity) ?? '')) cover(m.start, m.end);
  for (const m of pack.ordinals.find(text, ext.start, ext.end)) cover(m.start, m.end);
  for (const m of pack.deictics.find(text, ext.start, ext.end)) cover(m.start, m.end);
  for (let i = 0; i < covered.length; i++) {
    if (covered[i] === 1) continue;
    const code = text.charCodeAt(ext.start + i);
    if (isLetterCode(code) || (code >= 0x3400 && code <= 0x9fff)) return true;
  }
  return false;
}

function isGeneric(text: string, ext: Extent, noun: Offsets, sentence: Offsets, pack: CompiledEvents): boolean {
  if (pack.predicativeAfter.after(text, noun.end, sentence.end)) return true;
  if (pack.pack.segmentation === 'chars') {
    return pack.predicative.find(text, Math.max(sentence.start, ext.start - 12), ext.start).length > 0;
  }
  let pos = ext.start;
  for (let words = 0; words < 2; words++) {
    if (pack.predicative.before(text, pos, sentence.start)) return true;
    const word = previousWord(text, pos, sentence.start);
    if (!word) return false;
    pos = word.start;
  }
  return false;
}

export function occurrenceOf(text: string, noun: PhraseMatch<EventNoun>, pack: CompiledEvents, index: DocIndex): Occurrence {
  const sentence = index.sentenceAt(noun.start, text.length);
  const ext = pack.pack.segmentation === 'chars'
    ? backChars(text, noun, sentence, pack, index)
    : backWords(text, noun, sentence, pack, index);
  const after = quotedAfter(text, noun, sentence.end);
  if (after !== undefined) { ext.end = after; ext.named = true; } else if (pack.pack.segmentation === 'words') forwardWords(text, ext, noun, sentence, pack);
  const mentions = index.mentionsIn(ext.start, ext.end);
  const organization = mentions.find((m) => index.typeOf(m.entity) === 'organization')?.entity;
  return {
    noun,
    phrase: { start: ext.start, end: ext.end },
    sentence,
    named: ext.named,
    ordinal: ext.ordinal,
    deictic: ext.deictic,
    content: hasContent(text, ext, noun, pack, mentions, index),
    generic: isGeneric(text, ext, noun, sentence, pack),
    ...(organization ? { organization } : {}),
  };
}
