/**
 * What the HTTP API and the web UI need from a corpus, and nothing more: the routes are written
 * against this, so they do not care whether an in-memory set of records or the real Store
 * (SQLite, PostgreSQL; see store-adapter.ts) answers. The web app imports these types too, so
 * this file must stay free of runtime imports.
 *
 * The link views' types are derived from the link layer's, not restated: a change there is a
 * type error here, not a silent divergence between what linking builds and what the API sends.
 */
import type { LedgerClaim, LedgerEntry } from '../link/figure-ledger.js';
import type { InitiativeTimeline, TimelineSource } from '../link/initiative-timeline.js';
import type { Evidence } from '../link/link-rows.js';
import type { StatementClusterView, StatementMemberView } from '../link/link-views.js';
import type {
  Approx, ArticleRecord, EntityRecord, QuoteRecord, SpanText, StanceRecord, StanceType,
} from '../record/article-record.js';

export const HIT_TYPES = ['article', 'quote', 'stance', 'figure'] as const;
export type HitType = (typeof HIT_TYPES)[number];

export const FACETS = ['type', 'speaker', 'country', 'initiative', 'lang'] as const;
export type FacetName = (typeof FACETS)[number];

/** The filters of `rostrum search`, as the API takes them. Dates are inclusive `YYYY-MM-DD`. */
export interface SearchFilters {
  readonly q?: string;
  readonly types?: readonly HitType[];
  readonly speaker?: string;
  readonly country?: string;
  readonly initiative?: string;
  readonly lang?: string;
  readonly since?: string;
  readonly until?: string;
}

export interface SearchQuery extends SearchFilters {
  readonly limit: number;
  readonly offset: number;
}

/** Enough of an article to cite it and link to it. */
export interface ArticleRef {
  readonly id: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly lang: string;
  readonly url: string | null;
  /** The opening words, when the article has no title. */
  readonly lead?: string;
}

/** An entity as labels need it: id, type and names per language tag. */
export interface EntitySummary {
  readonly id: string;
  readonly type: EntityRecord['type'];
  readonly names: Readonly<Record<string, string>>;
}

/** Where the query matched, as offsets into `snippet.text`. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
}

export interface Snippet {
  readonly text: string;
  /** Offset of `text` in the article's text, so a click can land on the exact span. */
  readonly start: number;
  readonly highlights: readonly Highlight[];
  /** True when the snippet starts after, or ends before, the text it was cut from. */
  readonly cutBefore: boolean;
  readonly cutAfter: boolean;
}

export interface SearchHit {
  readonly type: HitType;
  readonly article: ArticleRef;
  /** The span of the article's text this hit stands for (the whole text for an article hit). */
  readonly start: number;
  readonly end: number;
  readonly snippet: Snippet;
  readonly speaker: string | null;
  readonly stance?: StanceType;
  readonly initiative?: string;
  readonly figure?: { readonly value: number; readonly unit: string; readonly approx: Approx };
}

export interface FacetCount {
  readonly value: string;
  readonly count: number;
}

export interface SearchResult {
  readonly total: number;
  /** True when the corpus stopped counting (a Store search looks at its best hits only). */
  readonly totalIsLowerBound?: boolean;
  readonly hits: readonly SearchHit[];
  readonly facets: Readonly<Record<FacetName, readonly FacetCount[]>>;
  /** Every entity id the hits and facets name, for labels. */
  readonly entities: Readonly<Record<string, EntitySummary>>;
}

export interface QuoteItem extends SpanText {
  readonly article: ArticleRef;
  readonly kind: QuoteRecord['kind'];
  readonly speaker: string | null;
  readonly cue?: SpanText;
  readonly confidence: number;
}

export interface StanceItem extends SpanText {
  readonly article: ArticleRef;
  readonly type: StanceType;
  readonly holder: string | null;
  readonly speaker?: string;
  readonly target: StanceRecord['target'];
}

/** A person, country or organization over the whole corpus. */
export interface EntityView {
  readonly entity: EntityRecord;
  readonly articles: readonly ArticleRef[];
  readonly quotes: readonly QuoteItem[];
  readonly stances: readonly StanceItem[];
  readonly entities: Readonly<Record<string, EntitySummary>>;
}

/** An initiative: who proposed it, and who took which stance on it when. */
export interface InitiativeView {
  readonly entity: EntityRecord;
  readonly proposer: string | null;
  /** Oldest first: the timeline. */
  readonly stances: readonly StanceItem[];
  readonly sources: readonly ArticleRef[];
  readonly entities: Readonly<Record<string, EntitySummary>>;
  /** From the link tables, when the corpus has them: each stance once, with all its reports. */
  readonly timeline?: LinkTimeline;
}

export interface FiguresQuery {
  readonly q?: string;
  readonly unit?: string;
  readonly speaker?: string;
  readonly lang?: string;
  readonly since?: string;
  readonly until?: string;
  readonly limit: number;
  readonly offset: number;
}

export interface FigureItem extends SpanText {
  readonly article: ArticleRef;
  readonly value: number;
  readonly max?: number;
  readonly unit: string;
  readonly kind: string;
  readonly approx: Approx;
  readonly subject?: SpanText;
  readonly time?: string;
  /** The speaker of the quote the figure stands in, when it stands in one. */
  readonly speaker: string | null;
}

export interface FiguresResult {
  readonly total: number;
  readonly figures: readonly FigureItem[];
  readonly entities: Readonly<Record<string, EntitySummary>>;
  /** From the link tables, when the corpus has them: claims grouped by measure. */
  readonly ledger?: readonly LedgerGroup[];
}

/** Why a report joined its statement cluster: one line per kind of agreement. */
export type LinkEvidence = Evidence;

/**
 * One report of a statement: the exact span of its article, with its source. The article
 * reference (title, date, language, url) replaces the bare id, date and language.
 */
export type StatementMember = Omit<StatementMemberView, 'articleId' | 'lang' | 'date'> & {
  readonly article: ArticleRef;
};

/** The same statement across reports and languages (`rostrum statements`). */
export type StatementCluster = Omit<StatementClusterView, 'canonical' | 'members'> & {
  /** The kinds of evidence that joined its members, for tags. */
  readonly evidenceKinds: ReadonlyArray<LinkEvidence['kind']>;
  readonly canonical: StatementMember;
  readonly members: readonly StatementMember[];
};

export interface StatementsQuery {
  readonly speaker?: string;
  readonly entity?: string;
  readonly from?: string;
  readonly to?: string;
  readonly kind?: 'quote' | 'stance';
  readonly minSize?: number;
  readonly contains?: string;
  readonly limit: number;
}

export interface StatementsResult {
  readonly clusters: readonly StatementCluster[];
  readonly entities: Readonly<Record<string, EntitySummary>>;
}

/** A report of a timeline event, as offsets into its article. */
export type LinkSourceRef = TimelineSource;

/**
 * An initiative over the linked corpus: each stance once, with every report of it. The
 * initiative's id is left out: the view it comes with already names the initiative.
 */
export type LinkTimeline = Omit<InitiativeTimeline, 'initiative'>;

/** A claim without the interval the ledger compares claims by (an internal of figure-interval.ts). */
export type LedgerGroupClaim = Omit<LedgerClaim, 'interval'>;

/** Claims about one measure; `flagged` when they disagree beyond their approximations. */
export type LedgerGroup = Omit<LedgerEntry, 'claims'> & { readonly claims: readonly LedgerGroupClaim[] };

export type ExportFormat = 'jsonl' | 'csv';

export interface ExportOptions {
  readonly type: HitType;
  readonly format: ExportFormat;
  /** Start CSV with a UTF-8 byte order mark (Excel needs it for Chinese and Cyrillic). */
  readonly bom?: boolean;
}

export interface CorpusReader {
  search(query: SearchQuery): Promise<SearchResult>;
  getArticle(id: string): Promise<ArticleRecord | null>;
  getEntity(id: string): Promise<EntityView | null>;
  getInitiative(id: string): Promise<InitiativeView | null>;
  figures(query: FiguresQuery): Promise<FiguresResult>;
  /**
   * Every matching unit of one type, as `rostrum export` writes them (rows; whole records for
   * articles as JSON Lines), in chunks of whole lines that the route streams as they come.
   */
  export(filters: SearchFilters, options: ExportOptions): AsyncIterable<string>;
}

export interface CorpusWriter {
  /** Stores a record; `created` is false when an article with this id was already there. */
  addArticle(record: ArticleRecord, source?: string): Promise<{ readonly id: string; readonly created: boolean }>;
}

export interface Corpus extends CorpusReader, CorpusWriter {
  close(): Promise<void>;
}
