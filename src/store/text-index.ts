/**
 * Where a dialect keeps the analyzed text of units and how it finds matches. Both dialects store
 * the same token strings from search/analyze-text.ts; only the index structure differs (SQLite:
 * an FTS5 table over pre-analyzed tokens; PostgreSQL: a tsvector table with a GIN index).
 */
import type { AliasedRawBuilder, RawBuilder, SelectQueryBuilder } from 'kysely';
import type { AnalyzedText } from '../search/analyze-text.js';
import type { QueryPlan } from '../search/analyze-query.js';

export interface IndexedUnit {
  readonly id: number;
  readonly kind: string;
  /** The article's language: with the kind, what the unit's filter tags say (index-tags.ts). */
  readonly lang: string;
  readonly text: AnalyzedText;
}

export interface TextIndex {
  /** The dialect's index table (FTS5 `unit_fts` / `unit_text`), written after the units' rows exist. */
  readonly table: string;
  readonly columns: readonly string[];
  /** The index row of one unit, keyed by `columns`. */
  row(unit: IndexedUnit): Record<string, unknown>;
  /**
   * Whether units are indexed with their filter tags (index-tags.ts). A SQLite database whose
   * units were indexed before tags existed has none; queries then pass no tags.
   */
  readonly tagged: boolean;
  /**
   * A subquery `m(unit_id, score)` of the units matching every clause and carrying every tag;
   * higher score ranks first. Tags never change the score.
   */
  matches(plan: QueryPlan, tags?: readonly string[]): AliasedRawBuilder<{ unit_id: number; score: number }, 'm'>;
  /**
   * For ranking within a window of the newest matches (unit-query.ts): joins the index into a unit
   * query on `u.id`, keeps the matching units, and selects `score` if the index can score rows
   * right there (FTS5's bm25 needs its own cursor). `newest` orders the window, newest first.
   */
  joinMatches(query: AnyUnitQuery, plan: QueryPlan, options?: JoinOptions): AnyUnitQuery;
  readonly newest: RawBuilder<number>;
  /** Scores the window's rows (`w.id`) when `joinMatches` could not; adds `score`. */
  scoreWindow?(query: AnyUnitQuery, plan: QueryPlan): AnyUnitQuery;
}

export interface JoinOptions {
  /** Units must also carry these filter tags (ignored by an untagged index). */
  readonly tags?: readonly string[];
  /** Only units whose id is at least this. */
  readonly floor?: number;
  /** false: select no score (finding a window costs no scoring). */
  readonly score?: boolean;
}

// Unit queries are built on `Kysely<any>` (their row type changes with the joins); see unit-query.ts.
export type AnyUnitQuery = SelectQueryBuilder<any, any, any>;
