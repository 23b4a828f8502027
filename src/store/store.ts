/**
 * The corpus store: one interface, a SQLite and a PostgreSQL implementation (open-store.ts picks
 * one), the same test suite for both. Records go in whole, one transaction each; searches come
 * back as hits that point at exact spans of exact articles.
 */
import type {
  ArticleRecord, FigureRecord, QuoteRecord, StanceRecord,
} from '../record/article-record.js';
import type { EntityType } from '../record/article-record.js';
import type { SearchFilters, SearchQuery, UnitKind } from '../search/search-query.js';
import type { LinkRepository } from '../link/link-repository.js';
import type { Dialect } from './dialect.js';
import type { LinkOutbox } from './pending-link-repository.js';
import type { PreparedUnit } from './prepare-units.js';

export type PutOutcome =
  /** Stored; `version` counts texts seen at the same url (1 without a url). */
  | { readonly status: 'inserted'; readonly version: number }
  /** Already stored under the same content id: nothing written. */
  | { readonly status: 'unchanged' };

export interface StoredArticle {
  readonly record: ArticleRecord;
  readonly version: number;
  readonly latest: boolean;
  readonly source: string | null;
  readonly ingestedAt: string;
}

export interface HitArticle {
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly date: string | null;
  readonly lang: string;
}

export interface SearchHit {
  readonly kind: UnitKind;
  readonly unitId: number;
  readonly article: HitArticle;
  /** The span in the article's text; for an article hit, the whole text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly speaker: { readonly id: string; readonly name: string } | null;
  /** Relevance, higher is better; null when the query had no text. */
  readonly score: number | null;
  /** The layer item the hit is (a quote, a stance, a figure); null for an article. */
  readonly item: QuoteRecord | StanceRecord | FigureRecord | null;
  /** A little text on each side of the span, when asked for. */
  readonly context?: { readonly before: string; readonly after: string };
}

export interface StoreCounts {
  readonly articles: number;
  readonly entities: number;
  readonly mentions: number;
  readonly quotes: number;
  readonly figures: number;
  readonly times: number;
  readonly stances: number;
  readonly events: number;
  readonly units: number;
}

/**
 * Several articles written in one transaction on one connection, each inside a savepoint of its
 * own: a failing article undoes only its own rows, and nothing is visible (or survives a crash)
 * until the session commits. One commit per batch instead of one per article is what lets an
 * ingest keep up with its extraction workers; every article is still all or nothing.
 */
export interface WriteSession {
  /** Stores a record as `Store.putArticle` does, undoing only its own rows if it fails. */
  putArticle(record: ArticleRecord, options?: PutOptions): Promise<PutOutcome>;
  /** Runs `work` in a savepoint: when it throws, what it wrote is undone and the error rethrown. */
  savepoint<T>(work: () => Promise<T>): Promise<T>;
  /** The link tables on the session's connection, inside its transaction. */
  readonly links: LinkRepository;
  /** Writes what a link thread decided for one article (pending-link-repository.ts) in this transaction. */
  applyLinks(outbox: LinkOutbox): Promise<void>;
}

export interface SearchOptions {
  /** A little text on each side of each hit's span. */
  readonly context?: number;
  /**
   * How many of the newest matches a text query ranks (unit-query.ts RANK_WINDOW by default);
   * null ranks every match, exactly and more slowly on common words.
   */
  readonly rankWindow?: number | null;
}

export interface PutOptions {
  readonly source?: string;
  /** The record's search units, analyzed in advance (prepare-units.ts): saves the writer the work. */
  readonly units?: readonly PreparedUnit[];
}

export interface Store {
  readonly dialect: Dialect;
  /** Stores a record in one transaction; a record whose id is already stored is left alone. */
  putArticle(record: ArticleRecord, options?: PutOptions): Promise<PutOutcome>;
  /**
   * Runs `work` in one write transaction that holds the database's write lock (SQLite's
   * `begin immediate`; a PostgreSQL advisory lock taken by every writer), committed when `work`
   * resolves and rolled back when it throws.
   */
  writeSession<T>(work: (session: WriteSession) => Promise<T>): Promise<T>;
  /** Which of these article ids are stored (lets an ingest skip work it has done). */
  storedIds(ids: readonly string[]): Promise<Set<string>>;
  getArticle(id: string): Promise<StoredArticle | null>;
  /** Several articles at once (one query per table): the ones stored, by id. */
  getArticles(ids: readonly string[]): Promise<Map<string, StoredArticle>>;
  /** Ranked by relevance, then date (newest first); only the latest version of each url. */
  search(query: SearchQuery, options?: SearchOptions): Promise<SearchHit[]>;
  /** Every matching unit of one kind, in storage order, fetched in batches: for export. */
  scan(filters: SearchFilters & { readonly type: UnitKind }, options?: { readonly batchSize?: number }): AsyncIterable<SearchHit>;
  /** Ids of the stored entities that have a name matching `name` in any language (or `name` if it is an id). */
  resolveEntities(name: string, types?: readonly EntityType[]): Promise<string[]>;
  counts(): Promise<StoreCounts>;
  /** Rebuilds the text index from the stored records (`rostrum reindex`); `onProgress` gets articles done. */
  reindex(onProgress?: (articles: number) => void): Promise<{ readonly articles: number; readonly units: number }>;
  close(): Promise<void>;
}
