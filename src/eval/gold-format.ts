/**
 * The gold set's file formats. `test/gold/index.json` lists gold files and per-layer thresholds;
 * each `*.gold.json` names its source (a path from the repository root, run through the real
 * ingest and extractor) and holds, per layer, the items a perfect record would have, with exact
 * offsets into that record's `text`. A layer a gold file leaves out is not scored for that file.
 * See test/gold/README.md for the span conventions.
 */

export const SCORED_LAYERS = ['quotes', 'figures', 'times', 'stances'] as const;
export type ScoredLayer = (typeof SCORED_LAYERS)[number];

export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface GoldQuote extends GoldSpan {
  readonly kind: 'direct' | 'reported';
  readonly speaker: string | null;
  readonly cue?: GoldSpan;
}

export interface GoldFigure extends GoldSpan {
  readonly value: number;
  readonly unit: string;
  readonly approx?: string;
}

export interface GoldTime extends GoldSpan {
  readonly value: string;
  readonly type: string;
}

export interface GoldStance extends GoldSpan {
  readonly type: string;
  readonly holder: string | null;
}

export interface GoldFile {
  /** Path of the source article from the repository root (`examples/…`). */
  readonly source: string;
  /** Language of the article (`zh`, `ru`, `en`, `kk`): results are reported per language. */
  readonly lang: string;
  /** How the gold was made and checked; free text. */
  readonly note?: string;
  readonly quotes?: readonly GoldQuote[];
  readonly figures?: readonly GoldFigure[];
  readonly times?: readonly GoldTime[];
  readonly stances?: readonly GoldStance[];
}

/** Metric name (`f1`, `precision`, `recall`, `lenientF1`, `speakerAccuracy`…) → minimum, per language. */
export type Thresholds = Readonly<Partial<Record<ScoredLayer, Readonly<Record<string, number>>>>>;

export interface GoldIndex {
  /** Gold file paths, relative to the index. */
  readonly files: readonly string[];
  readonly thresholds: Thresholds;
}
