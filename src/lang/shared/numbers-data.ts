/**
 * How a language writes numbers, as pack data: separators of Arabic numerals, numeral words, and
 * (Chinese) multiplicative numerals built from digit and multiplier characters. The pattern and
 * the parser that read this data are numbers-pattern.ts and numbers-parse.ts, the same for all.
 *
 *   en: { group: ',', decimal: '.', words: { two: 2, four: 4 } }
 *   ru: { group: ' ', decimal: ',.', words: { 'четыр~noun': 4 } }     // 1 500,5 → 1500.5
 *   zh: { group: ',', decimal: '.', characters: { digits: { 四: 4 }, multipliers: { 万: 1e4 } } }
 */
import type { Table } from '../../extract/rules/rule-table.js';

export interface NumeralsData {
  /** Characters that separate groups of three digits (`1,500`; `1 500`). */
  readonly group: string;
  /** Characters that start the decimal fraction (`1.5`; Russian `1,5`). Disjoint from `group`. */
  readonly decimal: string;
  /** Numeral words → value, in the pack's table key format (inflecting words allowed). */
  readonly words?: Table<number>;
  /** Numerals written with characters whose values multiply (二十五, 两万亿, 二〇二五). */
  readonly characters?: {
    readonly digits: Readonly<Record<string, number>>;
    /** 十 百 千 multiply the digit before them; 万 亿 (≥ 10⁴) multiply everything before. */
    readonly multipliers: Readonly<Record<string, number>>;
  };
}
