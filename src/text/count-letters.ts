/**
 * The counts language identification weighs, taken in one pass over a text: letters per script, in
 * the order the scripts first appear (the first wins a tie), and occurrences of a few character
 * sets (a variant's marker characters, a language's own letters). Counts of consecutive parts add
 * up to the counts of their concatenation, so a document's come from its paragraphs' without a
 * second pass.
 */
import type { TextPack } from './text-pack.js';

export type Script = TextPack['script'];

export interface LetterCounts {
  /** Letters per script; a script absent from the text is absent from the map. */
  readonly scripts: ReadonlyMap<Script, number>;
  /** Occurrences of each character set, in the order the sets were given to the counter. */
  readonly sets: readonly number[];
}

/** The script of one UTF-16 code unit, by code ranges (a regex per character is ten times slower). */
function scriptOf(code: number): Script | undefined {
  if (code < 0x41) return undefined;
  if (code <= 0x7a) return (code <= 0x5a || code >= 0x61) ? 'Latin' : undefined;
  if (code >= 0xc0 && code <= 0x24f) return code === 0xd7 || code === 0xf7 ? undefined : 'Latin';
  if (code >= 0x400 && code <= 0x52f) return 'Cyrillic';
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) return 'Han';
  // High surrogates of the supplementary ideograph planes (U+20000–U+3FFFF).
  if (code >= 0xd840 && code <= 0xd8bf) return 'Han';
  return undefined;
}

/**
 * A counter for the given character sets. Sets are matched by UTF-16 code unit, so a member outside
 * the Basic Multilingual Plane never counts (every marker and distinctive letter is inside it).
 */
export function createLetterCounter(charSets: readonly string[]): (text: string, start: number, end: number) => LetterCounts {
  // Code unit → 1 + index into `members`: a flat table is the cheapest per-character lookup.
  const slotOf = new Uint16Array(0x10000);
  const members: number[][] = [];
  charSets.forEach((chars, set) => {
    for (const ch of new Set(chars)) {
      if (ch.length !== 1) continue;
      const code = ch.charCodeAt(0);
      if (slotOf[code] === 0) slotOf[code] = members.push([]);
      members[slotOf[code]! - 1]!.push(set);
    }
  });

  return (text, start, end) => {
    const scripts = new Map<Script, number>();
    const sets = new Array<number>(charSets.length).fill(0);
    for (let i = start, stop = Math.min(end, text.length); i < stop; i++) {
      const code = text.charCodeAt(i);
      const script = scriptOf(code);
      if (script !== undefined) scripts.set(script, (scripts.get(script) ?? 0) + 1);
      const slot = slotOf[code]!;
      if (slot !== 0) for (const set of members[slot - 1]!) sets[set]!++;
    }
    return { scripts, sets };
  };
}

/** The counts of consecutive parts taken together: what one pass over the whole would have counted. */
export function sumLetterCounts(parts: readonly LetterCounts[], setCount: number): LetterCounts {
  const scripts = new Map<Script, number>();
  const sets = new Array<number>(setCount).fill(0);
  for (const part of parts) {
    for (const [script, n] of part.scripts) scripts.set(script, (scripts.get(script) ?? 0) + n);
    part.sets.forEach((n, i) => { sets[i]! += n; });
  }
  return { scripts, sets };
}
