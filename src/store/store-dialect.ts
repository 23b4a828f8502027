/**
 * What a dialect folder provides to the shared store: a connected Kysely instance, its migrations,
 * its transaction and locking SQL, unit id allocation and its text index.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from './dialect.js';
import type { Migration, MigrationLocking } from './migrate.js';
import type { StoreSchema } from './store-schema.js';
import type { TextIndex } from './text-index.js';

export interface StoreDialect {
  readonly dialect: Dialect;
  readonly db: Kysely<StoreSchema>;
  readonly migrations: readonly Migration[];
  readonly locking: MigrationLocking;
  readonly textIndex: TextIndex;
  /**
   * Serializes writers of the same url (or article) inside a write transaction, so concurrent
   * ingests agree on version numbers and on which one stores a shared article.
   */
  lockArticle(db: Kysely<StoreSchema>, key: string): Promise<void>;
  /** `count` fresh unit ids, inside the caller's write transaction. */
  allocateUnitIds(db: Kysely<StoreSchema>, count: number): Promise<number[]>;
  close(): Promise<void>;
}
