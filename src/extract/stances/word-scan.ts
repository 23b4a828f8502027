/**
 * Word boundaries for the alphabetic scripts, found by a character-class table rather than a
 * regular expression so every look-around is a bounded loop. A word is a run of letters and
 * digits; a hyphen or apostrophe between two letters stays inside it (ШЫҰ-ның, doesn't).
 */

const LETTER = 1;
const JOINER = 2;
const CLASS = new Uint8Array(0x530);
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = LETTER;
for (let c = 0x41; c <= 0x5a; c++) CLASS[c] = LETTER;
for (let c = 0x61; c <= 0x7a; c++) CLASS[c] = LETTER;
for (let c = 0xc0; c <= 0x24f; c++) if (c !== 0xd7 && c !== 0xf7) CLASS[c] = LETTER;
for (let c = 0x400; c <= 0x52f; c++) CLASS[c] = LETTER;
CLASS[0x2d] = JOINER;
CLASS[0x27] = JOINER;

/** Han and every other script separate words here: only Latin and Cyrillic (with Kazakh) letters count. */
export function isLetterCode(code: number): boolean {
  return code < 0x530 ? CLASS[code] === LETTER : code >= 0x1e00 && code <= 0x1eff;
}

function isJoinerCode(code: number): boolean {
  return code === 0x2d || code === 0x27 || code === 0x2019 || code === 0x2010 || code === 0x2011;
}

export function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0xa0;
}

/** End of the word starting at `start` (which must be a letter), not beyond `limit`. */
export function wordEnd(text: string, start: number, limit: number): number {
  let i = start + 1;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (isLetterCode(c)) { i++; continue; }
    if (isJoinerCode(c) && i + 1 < limit && isLetterCode(text.charCodeAt(i + 1))) { i += 2; continue; }
    break;
  }
  return i;
}

/** Start of the word ending at `end` (the unit before `end` must be a letter), not before `floor`. */
export function wordStart(text: string, end: number, floor: number): number {
  let i = end - 1;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (isLetterCode(c)) { i--; continue; }
    if (isJoinerCode(c) && i - 2 >= floor && isLetterCode(text.charCodeAt(i - 2))) { i -= 2; continue; }
    break;
  }
  return i;
}

export interface WordSpan {
  readonly start: number;
  readonly end: number;
}

/** The word right before `pos`, separated from it by spaces only; undefined past punctuation. */
export function previousWord(text: string, pos: number, floor: number): WordSpan | undefined {
  let end = pos;
  while (end > floor && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end <= floor || !isLetterCode(text.charCodeAt(end - 1))) return undefined;
  return { start: wordStart(text, end, floor), end };
}

/** The word right after `pos`, separated from it by spaces only; undefined past punctuation. */
export function nextWord(text: string, pos: number, limit: number): WordSpan | undefined {
  let start = pos;
  while (start < limit && isSpaceCode(text.charCodeAt(start))) start++;
  if (start >= limit || !isLetterCode(text.charCodeAt(start))) return undefined;
  return { start, end: wordEnd(text, start, limit) };
}

/** Lower case with the letters matching treats as one (ё = е, ’ = '). */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('ё') || lower.includes('’') ? lower.replace(/ё/g, 'е').replace(/’/g, "'") : lower;
}

const LOWER = new Uint16Array(0x530);
for (let c = 0; c < LOWER.length; c++) LOWER[c] = String.fromCharCode(c).toLowerCase().charCodeAt(0);
LOWER[0x451] = 0x435; // ё → е, as foldWord does
LOWER[0x401] = 0x435;

/**
 * The first three letters of the word at [start, end), lower-cased, as one number: a cheap filter
 * before a word is sliced and folded (no string is allocated). Shorter words pad with 0.
 */
export function prefixKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < start + 3; i++) {
    const c = i < end ? text.charCodeAt(i) : 0;
    key = key * 0x10000 + (c < 0x530 ? LOWER[c]! : c);
  }
  return key;
}

/** The same key for a folded word. */
export function prefixKeyOf(word: string): number {
  return prefixKey(word, 0, word.length);
}

/** Whether the word at `start` begins with an upper-case letter. */
export function isCapitalized(text: string, start: number): boolean {
  const ch = text.charAt(start);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
