/**
 * Versioned migrations, applied on open. Each dialect has a numbered list; `schema_migrations`
 * records what has run. All pending migrations run in one write transaction under the dialect's
 * lock, so two processes opening a fresh database at once cannot both apply version 1.
 */
import { sql, type Kysely } from 'kysely';
import type { StoreSchema } from './store-schema.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  // Migrations create the tables the typed schema describes, so they work on an untyped handle.
  up(db: Kysely<any>): Promise<void>;
}

export interface MigrationLocking {
  /** Starts the write transaction (`begin immediate` in SQLite takes the write lock at once). */
  readonly beginSql: string;
  /** Run first inside the transaction: serializes concurrent migrators where `beginSql` does not. */
  readonly lockSql: readonly string[];
}

export async function applyMigrations(
  db: Kysely<StoreSchema>, migrations: readonly Migration[], locking: MigrationLocking,
): Promise<number[]> {
  const versions = migrations.map((m) => m.version);
  if (versions.some((v, i) => v !== i + 1)) throw new Error(`migrations must be numbered 1..n, got ${versions.join(',')}`);
  return db.connection().execute(async (conn) => {
    await sql.raw(locking.beginSql).execute(conn);
    try {
      for (const statement of locking.lockSql) await sql.raw(statement).execute(conn);
      await conn.schema.createTable('schema_migrations').ifNotExists()
        .addColumn('version', 'integer', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('applied_at', 'text', (c) => c.notNull())
        .execute();
      const done = new Set((await conn.selectFrom('schema_migrations').select('version').execute()).map((r) => Number(r.version)));
      const newest = Math.max(0, ...done);
      if (newest > migrations.length) {
        throw new Error(`database schema version ${newest} is newer than this rostrum knows (${migrations.length})`);
      }
      const applied: number[] = [];
      for (const migration of migrations) {
        if (done.has(migration.version)) continue;
        await migration.up(conn);
        await conn.insertInto('schema_migrations')
          .values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() })
          .execute();
        applied.push(migration.version);
      }
      await sql`commit`.execute(conn);
      return applied;
    } catch (error) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}
