/**
 * Reads the value of a numeral matched by numbers-pattern.ts: Arabic digits with the pack's group
 * and decimal separators, multiplicative character numerals, or a numeral word.
 */
import type { NumeralsData } from './numbers-data.js';

const FULL_WIDTH_ZERO = 0xff10;

function asciiDigit(ch: string): string | undefined {
  if (ch >= '0' && ch <= '9') return ch;
  const code = ch.charCodeAt(0) - FULL_WIDTH_ZERO;
  return code >= 0 && code <= 9 ? String(code) : undefined;
}

/** `1 500,5` (group ' ', decimal ',') → 1500.5; undefined when it is not a digit numeral. */
export function parseDigits(text: string, data: Pick<NumeralsData, 'group' | 'decimal'>): number | undefined {
  let out = '';
  let seenDecimal = false;
  for (const ch of text) {
    const digit = asciiDigit(ch);
    if (digit !== undefined) out += digit;
    else if (!seenDecimal && data.decimal.includes(ch)) { out += '.'; seenDecimal = true; }
    else if (data.group.includes(ch) && !seenDecimal) continue;
    else return undefined;
  }
  if (out === '' || out === '.') return undefined;
  const value = Number(out);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Multiplicative numerals: 二十五 → 25, 一亿二千万 → 120000000, 五万亿 → 5e12. Digits in a row
 * are positional (二〇二五 → 2025); a small multiplier (十 百 千) scales the digit before it (or
 * one); a large one (万 亿) scales the whole section before it, and everything so far when it is
 * larger than the last large one (万亿 = 10¹²).
 */
export function parseCharacters(text: string, chars: NonNullable<NumeralsData['characters']>): number | undefined {
  let total = 0;
  let section = 0;
  let digits: number | undefined;
  let lastLarge = Infinity;
  let seen = false;
  for (const ch of text) {
    const d = chars.digits[ch];
    if (d !== undefined) {
      digits = digits === undefined ? d : digits * 10 + d;
      seen = true;
      continue;
    }
    const m = chars.multipliers[ch];
    if (m === undefined) return undefined;
    seen = true;
    if (m < 1e4) {
      section += (digits ?? 1) * m;
    } else {
      const chunk = section + (digits ?? 0);
      if (m > lastLarge) total = (total + chunk) * m;
      else total += (chunk === 0 ? 1 : chunk) * m;
      lastLarge = m;
      section = 0;
    }
    digits = undefined;
  }
  return seen ? total + section + (digits ?? 0) : undefined;
}

export interface NumeralReader {
  /** The value, and whether it was written in words or characters rather than digits. */
  read(text: string): { readonly value: number; readonly inWords: boolean } | undefined;
}

export function numeralReader(data: NumeralsData, lookupWord: (text: string) => number | undefined): NumeralReader {
  return {
    read(text) {
      if (text === '') return undefined;
      if (asciiDigit(text[0]!) !== undefined) {
        const value = parseDigits(text, data);
        return value === undefined ? undefined : { value, inWords: false };
      }
      const word = lookupWord(text);
      if (word !== undefined) return { value: word, inWords: true };
      if (data.characters) {
        const value = parseCharacters(text, data.characters);
        if (value !== undefined) return { value, inWords: true };
      }
      return undefined;
    },
  };
}
