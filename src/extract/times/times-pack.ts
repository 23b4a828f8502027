/**
 * What a language pack tells the times stage: tables and rules, HeidelTime-style. A rule is a
 * template (see rule-compiler.ts) whose captured roles the engine reads as TIMEX3 parts:
 *
 *   year, month, day   a calendar field: digits, or a table value (`months`: ноябр~noun → 11)
 *   relYear, relMonth, relDay, relWeek   an offset from the article date, a table value (去年 → -1)
 *   weekday            ISO day of the week, a table value (周一 → 1), in the week `relWeek` names
 *   number + unit      a duration: `{number:number}` and a unit table value (`Y`, `M`, `W`, `D`)
 *   set                a TIMEX3 set value from a table (每年 → `P1Y`)
 *   anything else      matched but not read (a bound word: 到, к, by, қарай)
 *
 * The type is DATE unless the rule captures `set` (SET) or `unit` (DURATION).
 */
import type { ClaimlessData } from '../rules/claimless-spans.js';
import type { RuleTemplate } from '../rules/rule-compiler.js';
import type { SpellingOptions, Table } from '../rules/rule-table.js';
import type { NumeralsData } from '../../lang/shared/numbers-data.js';

export type TimeType = 'DATE' | 'DURATION' | 'SET';

export type TimeRule = RuleTemplate;

export interface TimesPack {
  /** Whether words are separated by spaces: rules then start only where a word starts. */
  readonly spaced: boolean;
  readonly numerals: NumeralsData;
  readonly spelling?: SpellingOptions;
  readonly tables: Readonly<Record<string, Table<unknown>>>;
  /** Tried in order at each position; the first that matches wins, so longer rules come first. */
  readonly rules: readonly TimeRule[];
  /** Names and fixed expressions in which no time is read. */
  readonly claimless: ClaimlessData;
}

declare module '../../lang/pack-parts.js' {
  interface PackParts {
    times: TimesPack;
  }
}
