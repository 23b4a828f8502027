/**
 * Folds traditional (and Hong Kong / Taiwan variant) Chinese characters to simplified, one
 * character at a time, so `們` and `们` index and query as the same token. Per character rather
 * than per phrase: the index works on characters and bigrams, and a character map keeps folding
 * linear and cheap. Each character is converted by opencc-js once and remembered.
 */
import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;

let converters: readonly Convert[] | undefined;

function openccConverters(): readonly Convert[] {
  converters ??= [
    OpenCC.Converter({ from: 'tw', to: 'cn' }),
    OpenCC.Converter({ from: 'hk', to: 'cn' }),
  ];
  return converters;
}

// BMP characters: undefined = not looked up yet; otherwise the folded character.
const bmp: Array<string | undefined> = new Array<string | undefined>(0x10000);
const astral = new Map<number, string>();

function convertOne(ch: string): string {
  for (const convert of openccConverters()) {
    const out = convert(ch);
    // A single character must stay a single character, or offsets of bigrams would shift.
    if (out !== ch && [...out].length === 1) return out;
  }
  return ch;
}

/** The simplified form of one Han character given by its code point. */
export function foldHanChar(codePoint: number): string {
  if (codePoint < 0x10000) {
    let folded = bmp[codePoint];
    if (folded === undefined) {
      const ch = String.fromCharCode(codePoint);
      const out = convertOne(ch);
      folded = out.length === 1 ? out : ch;
      bmp[codePoint] = folded;
    }
    return folded;
  }
  let out = astral.get(codePoint);
  if (out === undefined) {
    out = convertOne(String.fromCodePoint(codePoint));
    astral.set(codePoint, out);
  }
  return out;
}

/** A whole string folded character by character (entity names, query text). */
export function foldHan(text: string): string {
  let out = '';
  for (const ch of text) out += foldHanChar(ch.codePointAt(0)!);
  return out;
}
