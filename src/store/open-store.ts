/**
 * Opens the store a `--db` value names: `postgres://…` for PostgreSQL, anything else a SQLite file
 * (default `./rostrum.db`). Migrations are applied on open.
 */
import { dialectOf, type Dialect } from './dialect.js';
import { KyselyStore } from './kysely-store.js';
import { connectPostgres } from './postgres/postgres-store-dialect.js';
import { connectSqlite } from './sqlite/sqlite-store-dialect.js';
import type { StoreDialect } from './store-dialect.js';
import type { Store } from './store.js';

export const DEFAULT_DB = './rostrum.db';

const CONNECT: Record<Dialect, (target: string) => StoreDialect> = {
  sqlite: connectSqlite,
  postgres: connectPostgres,
};

/** A connection to the database `target` names, not migrated (openStore migrates). */
export function connectDatabase(target: string): StoreDialect {
  return CONNECT[dialectOf(target)](target);
}

export function openStore(target: string = DEFAULT_DB): Promise<Store> {
  return KyselyStore.open(connectDatabase(target));
}
