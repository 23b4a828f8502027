/**
 * What linking stores, as flat rows a database can hold: the articles it has seen (for syndicated
 * copies), statements with their fingerprints and clusters, figure claims for the ledger, and
 * initiative mentions for timelines. Views (clusters, ledger, timelines) are built from these.
 */
import type { Approx, StanceType } from '../record/article-record.js';
import type { MeasureConcept, MeasureQualifier } from './measure-types.js';

export type StatementKind = 'quote' | 'stance';

export type EvidenceKind = 'speaker' | 'date' | 'figure' | 'entity' | 'initiative' | 'time' | 'text' | 'position';

/** Why a statement joined its cluster: one line per kind of agreement, with what agreed. */
export interface Evidence {
  readonly kind: EvidenceKind;
  readonly detail: string;
  readonly weight: number;
}

/** What syndication compares first: enough to rule most candidates out without reading them. */
export interface ArticleHashRow {
  readonly id: string;
  readonly lang: string;
  readonly length: number;
  readonly simhash: string;
}

export interface LinkedArticleRow {
  readonly id: string;
  readonly lang: string;
  readonly date: string | null;
  readonly length: number;
  /** 64-bit SimHash as 16 hex digits. */
  readonly simhash: string;
  /** The numbers and entity ids the text holds, sorted: copies agree on them (syndication.ts). */
  readonly facts: readonly string[];
  /** Every url the article was seen under, the first one first. */
  readonly urls: readonly string[];
  /**
   * The article's own url, as read back (null when it came without one): the other urls are those
   * of its copies, and telling them apart decides between a new version and a known copy.
   */
  readonly ownUrl?: string | null;
}

/** What a statement is, independent of the language it was reported in. */
export interface StatementFingerprint {
  readonly kind: StatementKind;
  /** Base language code (`zh` for `zh-Hant`): text similarity counts only within one. */
  readonly lang: string;
  /** The event date when the article names one event, else the article date. */
  readonly date: string | null;
  readonly speaker: string | null;
  /** Stances: who holds the stance (a country, often) and what kind it is. */
  readonly holder: string | null;
  readonly stance: StanceType | null;
  /** Stances: the initiative aimed at, when resolved, and who the text says proposed it. */
  readonly target: string | null;
  readonly proposer: string | null;
  /** Entity ids mentioned inside the span, sorted; initiatives and the speaker excluded. */
  readonly entities: readonly string[];
  readonly initiatives: readonly string[];
  /** `unit:value` of each figure inside the span (`USD:6.5e11`). */
  readonly figures: readonly string[];
  /** TIMEX3 values of times inside the span. */
  readonly times: readonly string[];
  /** Position among the article's statements of this kind, and how many there are. */
  readonly ordinal: number;
  readonly count: number;
  /** Bottom-k MinHash of the wording (text-sketch.ts), and the keys it is found by. */
  readonly sketch: readonly number[];
  readonly bands: readonly number[];
}

export interface StatementRow {
  /** `articleId#q3` (the fourth quote) or `articleId#s0`. */
  readonly key: string;
  readonly articleId: string;
  /** Index into the record's `quotes` or `stances`. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** `direct`/`reported` for quotes; the stance type for stances. */
  readonly label: string;
  readonly fingerprint: StatementFingerprint;
  readonly clusterId: string;
  /** Score against the cluster when it joined; 0 for the statement that founded the cluster. */
  readonly score: number;
  readonly evidence: readonly Evidence[];
  /** Insertion order, for stable listings. */
  readonly seq: number;
}

/**
 * A stored statement as linking reads it back to score candidates against: everything but its
 * wording and the evidence that joined it, which only the views show (reading them cost the link
 * thread enough to slow a 20,000-article linked ingest by 4%).
 */
export type LinkingStatement = Omit<StatementRow, 'text' | 'evidence'>;

export interface ClusterRow {
  /** The key of the statement that founded it: stable for as long as the link tables live. */
  readonly id: string;
  readonly kind: StatementKind;
  readonly canonical: string;
  /** How good a canonical the current one is (statement-canonical.ts); a better newcomer replaces it. */
  readonly canonicalRank: number;
  readonly size: number;
  readonly speaker: string | null;
  readonly dateFrom: string | null;
  readonly dateTo: string | null;
  /** Base language codes of the members, sorted. */
  readonly langs: readonly string[];
}

/**
 * One candidate-generation key a statement is filed under (statement-buckets.ts), with what the
 * clusterer needs to rank candidates before it reads any statement: its cluster, article and
 * order. A statement never changes cluster, so these never go stale.
 */
export interface BucketRow {
  readonly bucket: string;
  readonly key: string;
  readonly clusterId: string;
  readonly articleId: string;
  readonly seq: number;
}

export interface ClaimRow {
  /** `measure|qualifiers|scope|unit|year`: claims with one key measure the same thing. */
  readonly ledgerKey: string;
  readonly measure: string;
  readonly qualifiers: readonly MeasureQualifier[];
  readonly concepts: readonly MeasureConcept[];
  /** Countries and organisations the figure is about, sorted. */
  readonly scope: readonly string[];
  readonly unit: string;
  /** The year the figure refers to, or null when nothing dates it. */
  readonly year: string | null;
  readonly value: number;
  readonly max: number | null;
  readonly approx: Approx;
  /** Who claims it: the speaker of the quote holding the figure, else null (the outlet's own). */
  readonly claimant: string | null;
  readonly articleId: string;
  readonly date: string | null;
  readonly lang: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The sentence around the figure, for display. */
  readonly context: string;
  /** The statement holding the figure, when it is inside a quote. */
  readonly statementKey: string | null;
}

/** How often an article names an initiative: the timeline's quiet background. */
export interface InitiativeMentionRow {
  readonly initiative: string;
  /** Who proposed it, as the article's entity record (from the gazetteer) says; null when unknown. */
  readonly proposer: string | null;
  readonly articleId: string;
  readonly date: string | null;
  readonly count: number;
}

/** Everything linking one article writes, applied at once (one transaction in a database). */
export interface LinkWriteBatch {
  readonly article: LinkedArticleRow;
  readonly statements: readonly StatementRow[];
  readonly buckets: readonly BucketRow[];
  readonly clusters: readonly ClusterRow[];
  readonly claims: readonly ClaimRow[];
  readonly mentions: readonly InitiativeMentionRow[];
}
