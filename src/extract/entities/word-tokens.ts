/**
 * Words of the alphabetic scripts (Latin, Cyrillic with the Kazakh letters), found in one pass.
 * A word is a run of letters and digits; a hyphen or apostrophe between two letters stays inside
 * it (Касым-Жомарт, ШЫҰ-ның, People's), so case suffixes and possessives come with their word.
 * Han and every other character separate words.
 */

const WORD = 1;
const JOINER = 2;
const CLASS = new Uint8Array(0x530);
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = WORD;
for (let c = 0x41; c <= 0x5a; c++) CLASS[c] = WORD;
for (let c = 0x61; c <= 0x7a; c++) CLASS[c] = WORD;
for (let c = 0xc0; c <= 0x24f; c++) if (c !== 0xd7 && c !== 0xf7) CLASS[c] = WORD;
for (let c = 0x400; c <= 0x52f; c++) CLASS[c] = WORD;
CLASS[0x2d] = JOINER; // -
CLASS[0x27] = JOINER; // '

/** Code units that are one character for matching: curly apostrophe, Unicode hyphens, ё. */
export function foldWordChar(code: number): number {
  switch (code) {
    case 0x2019: return 0x27;
    case 0x2010: case 0x2011: return 0x2d;
    case 0x451: return 0x435; // ё → е
    case 0x401: return 0x415; // Ё → Е
    default: return code;
  }
}

export function isWordCode(code: number): boolean {
  return code < 0x530 && CLASS[code] === WORD;
}

function isJoiner(code: number): boolean {
  const c = foldWordChar(code);
  return c < 0x530 && CLASS[c] === JOINER;
}

export interface WordTokens {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

export function tokenizeWords(text: string): WordTokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!(code < 0x530 && CLASS[code] === WORD)) { i++; continue; }
    const start = i;
    i++;
    for (;;) {
      while (i < n) {
        const c = text.charCodeAt(i);
        if (!(c < 0x530 && CLASS[c] === WORD)) break;
        i++;
      }
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) { i += 2; continue; }
      break;
    }
    starts.push(start);
    ends.push(i);
  }
  return { starts, ends };
}

/** Index of the word starting exactly at `offset`, or -1 (binary search). */
export function wordAt(tokens: WordTokens, offset: number): number {
  let lo = 0;
  let hi = tokens.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = tokens.starts[mid]!;
    if (s === offset) return mid;
    if (s < offset) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}
