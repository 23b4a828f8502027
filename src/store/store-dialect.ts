/**
 * What a dialect folder provides to the shared store: a connected Kysely instance, its migrations,
 * its transaction and locking SQL, unit id allocation and its text index.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from './dialect.js';
import type { Migration, MigrationLocking } from './migrate.js';
import type { RowWriter } from './row-writer.js';
import type { StoreSchema } from './store-schema.js';
import type { TextIndex } from './text-index.js';

export interface StoreDialect {
  readonly dialect: Dialect;
  readonly db: Kysely<StoreSchema>;
  readonly migrations: readonly Migration[];
  readonly locking: MigrationLocking;
  readonly textIndex: TextIndex;
  /** The text index this database has, once migrated, when that differs between databases. */
  resolveTextIndex?(): Promise<TextIndex>;
  /** The index with filter tags (index-tags.ts), which `recreateTextIndex` leaves empty for a rebuild. */
  readonly taggedTextIndex: TextIndex;
  recreateTextIndex(db: Kysely<StoreSchema>): Promise<void>;
  /** Multi-row inserts, the ingest's hot path. */
  readonly rows: RowWriter;
  /**
   * Serializes writers of the same url (or article) inside a write transaction, so concurrent
   * ingests agree on version numbers and on which one stores a shared article.
   */
  lockArticle(db: Kysely<StoreSchema>, key: string): Promise<void>;
  /** `count` fresh unit ids, inside the caller's write transaction. */
  allocateUnitIds(db: Kysely<StoreSchema>, count: number): Promise<number[]>;
  /**
   * Called when a write session begins: a dialect may start background work that helps a long
   * series of writes (SQLite checkpoints its WAL from another thread), stopped by `close`.
   */
  beginWriting?(): void;
  close(): Promise<void>;
}
