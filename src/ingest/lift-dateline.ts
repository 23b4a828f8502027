/**
 * Lifts an agency dateline (`TIANJIN, September 1. /TASS/.`, `新华社天津9月1日电`) off the start
 * of the first body line. The place is kept; day and month become a date only when the caller
 * knows the year, because a dateline never states one and guessing it would invent a fact.
 */
import type { Dateline } from './article.js';
import { asciiDigits, formatDate } from './calendar-date.js';
import { DATELINE_PATTERNS, KNOWN_AGENCIES, ZH_AGENCIES } from './dateline-patterns.js';
import { monthNumber, monthWordVariants } from './month-names.js';

/** Only the head of a line is examined, so a long first paragraph costs nothing extra. */
const HEAD_CHARS = 200;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
}

const SLOTS: Readonly<Record<string, string>> = {
  // Starts and ends with a capital; bounded, so backtracking inside it is constant.
  PLACE: String.raw`(?<place>\p{Lu}(?:[\p{Lu}\p{M}'’. -]{0,40}\p{Lu})?)`,
  PLACE_ZH: String.raw`(?<place>\p{Script=Han}{1,10}?)`,
  DAY: String.raw`(?<day>[0-9０-９]{1,2})`,
  MONTH: `(?<month>${alternation(monthWordVariants())})`,
  MONTH_NUM: String.raw`(?<month>[0-9０-９]{1,2})`,
  AGENCY: String.raw`(?<agency>\p{Lu}[\p{L}\p{M}-]{1,24}(?: \p{Lu}[\p{L}\p{M}-]{1,24})?)`,
  KNOWN_AGENCY: `(?<agency>${alternation(KNOWN_AGENCIES)})`,
  AGENCY_ZH: `(?<agency>${alternation(ZH_AGENCIES)})`,
  DASH: '(?:--?|–|—)',
};

function compile(pattern: string): RegExp {
  const source = pattern.replace(/\{(?<slot>[A-Z_]+)\}/g, (_, slot: string) => {
    const fill = SLOTS[slot];
    if (fill === undefined) throw new Error(`dateline pattern uses unknown slot {${slot}}`);
    return fill;
  });
  return new RegExp(`^(?:${source})[ \\t]*`, 'u');
}

/** The patterns as compiled, in order (exported for the regex-safety test). */
export const DATELINE_REGEXES: readonly RegExp[] = DATELINE_PATTERNS.map((p) => compile(p.pattern));

export interface LiftedDateline {
  readonly dateline: Dateline;
  /** The line with the dateline removed. */
  readonly rest: string;
  /** `YYYY-MM-DD` when the dateline gave day and month and `year` was known. */
  readonly date: string | null;
}

function monthOf(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const digits = asciiDigits(raw);
  return /^\d+$/.test(digits) ? Number(digits) : monthNumber(raw);
}

function isUpperCase(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Every pattern opens with a Chinese agency name, or with a capitalised place ending in a capital
 * before its `,` or `.`. Checking that first spares the Unicode-class regexes (whose first run
 * compiles large tables, tens of milliseconds of a CLI's cold start) on ordinary first lines.
 */
function mayOpenWithDateline(head: string): boolean {
  if (ZH_AGENCIES.some((agency) => head.startsWith(agency))) return true;
  if (!isUpperCase(head[0])) return false;
  const stop = head.slice(0, 48).search(/[,.]/);
  return stop > 0 && isUpperCase(head[stop - 1]);
}

/** The dateline opening `line`, if any. */
export function liftDateline(line: string, year: number | undefined): LiftedDateline | undefined {
  const start = line.length - line.trimStart().length;
  const head = line.slice(start, start + HEAD_CHARS);
  if (!mayOpenWithDateline(head)) return undefined;
  for (const regex of DATELINE_REGEXES) {
    const match = regex.exec(head);
    const place = match?.groups?.['place'];
    if (!match || place === undefined) continue;
    const month = monthOf(match.groups?.['month']);
    const dayRaw = match.groups?.['day'];
    const day = dayRaw === undefined ? undefined : Number(asciiDigits(dayRaw));
    const date = year !== undefined && month !== undefined && day !== undefined ? formatDate(year, month, day) : null;
    return {
      dateline: { place, raw: match[0].trim() },
      rest: line.slice(start + match[0].length),
      date,
    };
  }
  return undefined;
}
