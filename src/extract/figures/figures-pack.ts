/**
 * What a language pack tells the figures stage. Rules are templates over the pack's tables (see
 * rule-compiler.ts); the engine reads these roles from a match:
 *
 *   number, max        a numeral (`{number:number}`), and the upper end of a range
 *   scale              a multiplier table value (万亿 → 1e12, млрд → 1e9), for both ends of a range
 *   minScale, maxScale the multiplier of one end only (от 10 млн до 1 млрд)
 *   currency           an ISO 4217 code table value (美元 → USD)
 *   approx…            any role whose name starts with `approx`: an `Approx` table value
 *   anything else      matched but not read (a classifier 个, a case suffix -ға)
 *
 * `kind` gives the unit: money → the currency, percent → `percent`, count → `count` (the counted
 * noun becomes the subject), duration → `years`, anniversary, ordinal.
 */
import type { Approx } from '../../record/article-record.js';
import type { NumeralsData } from '../../lang/shared/numbers-data.js';
import type { ClaimlessData } from '../rules/claimless-spans.js';
import type { RuleTemplate } from '../rules/rule-compiler.js';
import type { SpellingOptions, Table } from '../rules/rule-table.js';

export type FigureKind = 'money' | 'percent' | 'count' | 'duration' | 'anniversary' | 'ordinal';

export interface FigureRule extends RuleTemplate {
  readonly kind: FigureKind;
}

/** How to find the phrase a money or percent figure measures, best effort, per language. */
export interface SubjectData {
  /** Whether words are separated by spaces (not in Chinese): decides word or substring matching. */
  readonly spaced: boolean;
  /** Characters that end a clause. */
  readonly clauseBreaks: string;
  /** Conjunctions skipped at the start of a clause (and, и, ал, 而). */
  readonly leading: readonly string[];
  /** Prepositions skipped together with the time they introduce (in, в, 在). */
  readonly timePrepositions: readonly string[];
  /**
   * Words that open an adverbial phrase (since, 自, с момента): with null the whole clause is
   * adverbial; with a number, that many words after the opener are skipped.
   */
  readonly openers: Readonly<Record<string, number | null>>;
  /** Words that close an adverbial phrase opened without a comma (以来, бері): the subject follows. */
  readonly closers: readonly string[];
  /** Words that begin the predicate: the subject ends before them (has, составил, 将, жетті). */
  readonly predicates: readonly string[];
  /** Word endings that mark a predicate (Russian reflexive -ся, Kazakh converb -ып). */
  readonly predicateEndings: readonly string[];
  /** Subjects made only of these say nothing alone (it, её объём, 规模): the sentence subject is used. */
  readonly anaphors: readonly string[];
  /** Longer candidate subjects are dropped rather than guessed. */
  readonly maxLength: number;
}

/** How to find what a count counts. */
export interface CountData {
  /** Words that cannot be counted nouns (the, of, года, есе). */
  readonly stopWords: readonly string[];
  readonly maxWords: number;
  /** Counted nouns are written in lower case (English: `150 countries`, not `150 Tokayev`). */
  readonly lowerCase?: boolean;
  /** Unspaced languages: characters that end a counted noun (国家, 中心); it is cut after the last. */
  readonly nounFinals?: string;
  /** Unspaced languages: characters that end the noun's run (的, 、, 和). */
  readonly nounStops?: string;
}

export interface FiguresPack {
  readonly numerals: NumeralsData;
  readonly spelling?: SpellingOptions;
  readonly tables: Readonly<Record<string, Table<unknown>>>;
  /** Tried in order at each position; the first that matches wins, so longer rules come first. */
  readonly rules: readonly FigureRule[];
  readonly claimless: ClaimlessData;
  readonly subject: SubjectData;
  readonly counts: CountData;
}

export const APPROX_VALUES: ReadonlySet<Approx> = new Set(['exact', 'about', 'more_than', 'less_than', 'up_to', 'at_least']);

declare module '../../lang/pack-parts.js' {
  interface PackParts {
    figures: FiguresPack;
  }
}
