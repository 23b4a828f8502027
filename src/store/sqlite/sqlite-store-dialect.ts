/**
 * SQLite through better-sqlite3: one file, WAL so readers never wait for the ingest, and
 * `synchronous=NORMAL`, which in WAL mode still survives a killed process (only a power cut can
 * lose the last commits, never half of one). `begin immediate` takes the write lock up front so two
 * writers queue on the busy timeout instead of failing mid-transaction.
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { StoreSchema } from '../store-schema.js';
import type { StoreDialect } from '../store-dialect.js';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.js';
import { sqliteRowWriter } from './sqlite-row-writer.js';
import { startWalCheckpointer, type WalCheckpointer } from './wal-checkpointer.js';
import { recreateTaggedFts, sqliteTextIndex, sqliteTextIndexOf, taggedSqliteTextIndex } from './sqlite-text-index.js';

const STATEMENT_CACHE = 256;

/**
 * Kysely prepares every query afresh; an ingest runs the same few statements thousands of times,
 * so prepared statements are kept by their SQL text (bounded: chunked inserts vary in length).
 */
function cachingDatabase(database: Database.Database) {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare(sqlText: string) {
      let statement = cache.get(sqlText);
      if (statement === undefined) {
        if (cache.size >= STATEMENT_CACHE) cache.clear();
        statement = database.prepare(sqlText);
        cache.set(sqlText, statement);
      }
      return statement;
    },
  };
}

export function connectSqlite(path: string): StoreDialect {
  const database = new Database(path);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  // Checkpoint the WAL every ~80 MB rather than every 4 MB: an ingest rewrites the same hot pages
  // (FTS segments, index interiors) many times, and each checkpoint copies and syncs them again.
  database.pragma('wal_autocheckpoint = 20000');
  // A WAL that grew during a burst of writes is cut back to 64 MB when it next starts over.
  database.pragma('journal_size_limit = 67108864');
  database.pragma('busy_timeout = 15000');
  // 64 MB of page cache: the FTS5 index and the unit tables stay hot during an ingest.
  database.pragma('cache_size = -65536');
  const db = new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: cachingDatabase(database) }) });
  let checkpointer: WalCheckpointer | undefined;
  return {
    dialect: 'sqlite',
    db,
    migrations: SQLITE_MIGRATIONS,
    locking: { beginSql: 'begin immediate', lockSql: [] },
    textIndex: sqliteTextIndex,
    resolveTextIndex: () => sqliteTextIndexOf(db),
    taggedTextIndex: taggedSqliteTextIndex,
    recreateTextIndex: recreateTaggedFts,
    rows: sqliteRowWriter(database),
    // `begin immediate` already holds the database's one write lock.
    lockArticle: async () => undefined,
    async allocateUnitIds(conn, count) {
      const row = await sql<{ top: number | null }>`select max(id) as top from units`.execute(conn);
      const first = (row.rows[0]?.top ?? 0) + 1;
      return Array.from({ length: count }, (_, k) => first + k);
    },
    beginWriting() {
      if (checkpointer !== undefined || path === ':memory:' || path === '') return;
      checkpointer = startWalCheckpointer(path);
      // The backstop: ~200 MB, reached only if the checkpoint thread falls far behind.
      database.pragma('wal_autocheckpoint = 50000');
    },
    async close() {
      await db.destroy();
      await checkpointer?.stop();
    },
  };
}
