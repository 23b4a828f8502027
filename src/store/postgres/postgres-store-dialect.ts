/**
 * PostgreSQL through pg, for corpora that outgrow one file or need many readers. A `schema`
 * parameter in the URL (`postgres://host/db?schema=rostrum`) puts the tables in that schema
 * (created if missing); 64-bit integers (`count(*)`) come back as numbers.
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { StoreSchema } from '../store-schema.js';
import type { StoreDialect } from '../store-dialect.js';
import { jsonRowWriter } from '../json-row-writer.js';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import { postgresTextIndex } from './postgres-text-index.js';

const INT8_OID = 20;

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

export function postgresSchemaOf(url: string): { connectionString: string; schema: string | null } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]*$/i.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  return { connectionString: parsed.toString(), schema };
}

export function connectPostgres(url: string): StoreDialect {
  const { connectionString, schema } = postgresSchemaOf(url);
  const pool = new pg.Pool({
    connectionString, max: 4, types,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client's error (server restart) must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const db = new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) });
  return {
    dialect: 'postgres',
    db,
    migrations: POSTGRES_MIGRATIONS,
    locking: {
      beginSql: 'begin',
      lockSql: [
        // Any fixed key: it only has to be the same for every rostrum migrating this database.
        'select pg_advisory_xact_lock(7204431)',
        ...(schema ? [`create schema if not exists ${schema}`] : []),
      ],
    },
    textIndex: postgresTextIndex,
    taggedTextIndex: postgresTextIndex,
    async recreateTextIndex(conn) {
      await sql`truncate unit_text`.execute(conn);
    },
    rows: jsonRowWriter('postgres'),
    async lockArticle(conn, key) {
      await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(conn);
    },
    async allocateUnitIds(conn, count) {
      if (count === 0) return [];
      const result = await sql<{ id: number }>`select nextval('units_id_seq')::integer as id from generate_series(1, ${count})`.execute(conn);
      return result.rows.map((r) => Number(r.id));
    },
    close: () => db.destroy(),
  };
}
