/**
 * Duckling-style corpora for figures: `examples(expected, [surface forms…])`, every form read alone
 * in its pack's language against the fixed reference date, and a negative corpus of strings that
 * must give no figure. Per-pack corpora are typed `Record<PackCode, FigureCorpus>` in
 * figures-corpus.test.ts, so a pack without one fails to compile.
 */
import type { Approx } from '../../../src/record/article-record.js';

export const REFERENCE_DATE = '2025-09-01';

export interface ExpectedFigure {
  readonly value: number;
  readonly unit: string;
  readonly approx?: Approx;
  readonly kind?: string;
  readonly max?: number;
  /** The counted noun or measured phrase, when the example pins it. */
  readonly subject?: string;
  /** The figure's exact span text, when the example pins it (otherwise it must lie inside the form). */
  readonly text?: string;
  readonly time?: string;
}

export interface FigureExamples {
  readonly expected: ExpectedFigure;
  readonly forms: readonly string[];
}

export interface FigureCorpus {
  readonly examples: readonly FigureExamples[];
  /** Strings in which no figure may be found. */
  readonly negative: readonly string[];
}

export function examples(expected: ExpectedFigure, forms: readonly string[]): FigureExamples {
  return { expected, forms };
}

export type PackCode = 'zh' | 'ru' | 'en' | 'kk';
