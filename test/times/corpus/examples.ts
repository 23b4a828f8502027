/**
 * Duckling-style corpora for times: `examples(value, [surface forms…])`, each form read alone in
 * its pack's language against the fixed reference date 2025-09-01 (a Monday), and a negative
 * corpus of strings that must give no time. Typed `Record<PackCode, TimeCorpus>` in
 * times-corpus.test.ts, so a pack without a corpus fails to compile.
 */

export const REFERENCE_DATE = '2025-09-01';

export type TimeType = 'DATE' | 'DURATION' | 'SET';

export interface TimeExamples {
  readonly value: string;
  readonly type: TimeType;
  readonly forms: readonly string[];
}

export interface TimeCorpus {
  readonly examples: readonly TimeExamples[];
  readonly negative: readonly string[];
}

/** A DATE unless the value is a duration (`P10Y`) or given a type. */
export function examples(value: string, forms: readonly string[], type?: TimeType): TimeExamples {
  return { value, type: type ?? (value.startsWith('P') ? 'DURATION' : 'DATE'), forms };
}

export const set = (value: string, forms: readonly string[]) => examples(value, forms, 'SET');
