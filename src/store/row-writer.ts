/**
 * How a dialect inserts many rows at once, the ingest's hottest path. Rows are objects keyed by
 * column; a missing value is NULL. SQLite runs one prepared single-row statement per row straight
 * on better-sqlite3 (in-process, so a row costs a few microseconds and no SQL is built or parsed
 * per article); PostgreSQL sends each table's rows as one JSON parameter (json-row-sql.ts), one
 * round trip per table. Called only inside a transaction the caller holds on `db`.
 */
import type { Kysely } from 'kysely';

export interface RowWriter {
  /** Inserts `rows` into `table`; `tail` is an `on conflict …` clause. */
  insert(db: Kysely<any>, table: string, columns: readonly string[], rows: readonly object[], tail?: string): Promise<void>;
  /** As `insert`, with a `returning …` tail: the rows it returns (a skipped conflict returns none). */
  insertReturning<R>(db: Kysely<any>, table: string, columns: readonly string[], rows: readonly object[], tail: string): Promise<R[]>;
}
