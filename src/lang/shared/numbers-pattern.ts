/**
 * The pattern of one numeral in a pack's rules (`{number}`): Arabic digits with the pack's
 * separators, numeral words, or a run of numeral characters. Every repetition is bounded, so a
 * match costs at most a few dozen steps wherever it is tried.
 */
import { charClass, WORD_LETTERS } from '../../extract/rules/literal-trie.js';
import type { NumeralsData } from './numbers-data.js';

const DIGIT = '[0-9０-９]';
/**
 * A digit numeral does not start inside a word or another number: not after a letter (`G20`), a
 * letter and hyphen (`COVID-19`), a digit and separator (`74-56-02`, `1,5`), `+` or `#` (phone
 * and list numbers). V8 checks the digit that follows before it runs this lookbehind.
 */
const NUMBER_START = `(?<!${WORD_LETTERS}-?|[+#№_/]|${DIGIT}[-.,/: ]?)`;

/** Digits and numeral characters only: where a scan for numerals can start cheaply. */
export function numeralStartPattern(data: NumeralsData): string {
  const parts = [`${NUMBER_START}${DIGIT}`];
  if (data.characters) {
    parts.push(charClass(Object.keys(data.characters.digits).join('') + Object.keys(data.characters.multipliers).join('')));
  }
  return parts.join('|');
}

/**
 * `wordsSource` is the compiled alternation of the pack's numeral words, if it has any. The end of
 * a range (`10-15%`) follows a digit and a dash by definition, so it is matched `unguarded`.
 */
export function numberPattern(data: NumeralsData, wordsSource?: string, { unguarded = false } = {}): string {
  const fraction = data.decimal ? `(?:${charClass(data.decimal)}${DIGIT}{1,9})?` : '';
  const grouped = data.group ? `${DIGIT}{1,3}(?:${charClass(data.group)}${DIGIT}{3}){1,5}(?!${DIGIT})|` : '';
  const alternatives = [`${unguarded ? `(?<!${DIGIT})` : NUMBER_START}(?:${grouped}${DIGIT}{1,15})${fraction}`];
  if (data.characters) {
    const chars = Object.keys(data.characters.digits).join('') + Object.keys(data.characters.multipliers).join('');
    alternatives.push(`${charClass(chars)}{1,12}`);
  }
  if (wordsSource) alternatives.push(wordsSource);
  return `(?:${alternatives.join('|')})`;
}
