/**
 * Where a dialect keeps the analyzed text of units and how it finds matches. Both dialects store
 * the same token strings from search/analyze-text.ts; only the index structure differs (SQLite:
 * an FTS5 table over pre-analyzed tokens; PostgreSQL: a tsvector table with a GIN index).
 */
import type { AliasedRawBuilder, Kysely } from 'kysely';
import type { AnalyzedText } from '../search/analyze-text.js';
import type { QueryPlan } from '../search/analyze-query.js';
import type { StoreSchema } from './store-schema.js';

export interface IndexedUnit {
  readonly id: number;
  readonly text: AnalyzedText;
}

export interface TextIndex {
  /** Extra column values for a unit row, for an index kept inside the unit rows (none is, yet). */
  unitColumns(text: AnalyzedText): Record<string, unknown>;
  /** Writes units into the dialect's index table (FTS5 / `unit_text`), after their rows exist. */
  write(db: Kysely<StoreSchema>, units: readonly IndexedUnit[]): Promise<void>;
  /** A subquery `m(unit_id, score)` of the units matching every clause; higher score ranks first. */
  matches(plan: QueryPlan): AliasedRawBuilder<{ unit_id: number; score: number }, 'm'>;
}
