/**
 * What a language pack tells the figures ledger: which words say what a figure measures (trade,
 * GDP, a share), and which words narrow it (intra-regional, world, artificial intelligence). Pure
 * data, read by measure-matcher.ts; the ledger groups figures by the concepts these words name.
 *
 * Format of `src/lang/<code>/measures.ts` (default export):
 *   { measures:   [{ concept: 'trade', words: ['贸易', '貿易', '贸易额'] }, …],
 *     qualifiers: [{ qualifier: 'intra', words: ['区域内'] }, …] }
 *
 * A word is a citation form; Russian and Kazakh forms are matched through the shared inflection
 * helper (`торговля` finds `торговли`, `сауда` finds `сауданың`). Where a stem changes inside the
 * paradigm (a fleeting vowel: рынок → рынка; Kazakh қ → ғ: нарық → нарығы), the data lists the
 * changed form as a second word. Several words in one entry are separated by spaces and must
 * follow each other (`artificial intelligence`). Chinese words are matched as substrings, so
 * both simplified and traditional forms are listed.
 */

import type { InflectingLanguage } from '../lang/shared/inflection.js';
import type { MeasureConcept, MeasureQualifier } from './measure-types.js';

/** Concepts that are a ratio of another (a share *of GDP*, growth *of trade*), not a measure alone. */
export const RATIO_CONCEPTS: ReadonlySet<MeasureConcept> = new Set(['share', 'growth']);

export interface MeasureWords {
  readonly concept: MeasureConcept;
  readonly words: readonly string[];
}

export interface QualifierWords {
  readonly qualifier: MeasureQualifier;
  readonly words: readonly string[];
}

export interface MeasuresPack {
  /** `substring` for scripts without word spaces (Chinese); `words` matches whole words. */
  readonly matching: 'substring' | 'words';
  /** Words inflect through the shared helper in this language's paradigms. */
  readonly inflection?: InflectingLanguage;
  /** For `words` without `inflection`: endings a word may add (English plural `s`, `es`). */
  readonly plural?: readonly string[];
  readonly measures: readonly MeasureWords[];
  readonly qualifiers: readonly QualifierWords[];
}

declare module '../lang/pack-parts.js' {
  interface PackParts {
    measures: MeasuresPack;
  }
}
