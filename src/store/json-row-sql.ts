/**
 * Multi-row statements whose SQL text never changes: every list of rows (or values) travels as
 * ONE parameter, a JSON array, unpacked by the database (SQLite's json_each, PostgreSQL's
 * jsonb_populate_recordset). Each statement is then prepared once and reused from the driver's
 * cache however many rows an article has, and no query builder runs per row — the ingest's
 * hottest path. Row objects are keyed by column name; values must be JSON-safe (numbers finite).
 */
import { CompiledQuery } from 'kysely';
import type { Dialect } from './dialect.js';

interface DialectJsonSql {
  /** `insert into <table> (<columns>) select … from <the one JSON parameter>` plus `tail`. */
  insert(table: string, columns: readonly string[], tail: string): string;
  /** `column in (…the one JSON parameter's values…)`. */
  inList(column: string): string;
}

const quote = (c: string) => `"${c}"`;

const SQL: Record<Dialect, DialectJsonSql> = {
  sqlite: {
    // `where true`: without it SQLite would read an upsert's `on conflict` as a join's `on`.
    insert: (table, columns, tail) =>
      `insert into ${table} (${columns.map(quote).join(', ')}) select ${columns.map((c) => `value ->> '${c}'`).join(', ')} from json_each(?) where true${tail}`,
    inList: (column) => `${column} in (select value from json_each(?))`,
  },
  postgres: {
    insert: (table, columns, tail) => {
      const cols = columns.map(quote).join(', ');
      return `insert into ${table} (${cols}) select ${cols} from jsonb_populate_recordset(null::${table}, $1::jsonb)${tail}`;
    },
    inList: (column) => `${column} in (select jsonb_array_elements_text($1::jsonb))`,
  },
};

export interface JsonRowStatements {
  /** An insert of `rows` (objects keyed by column) into `table`; `tail` adds `on conflict …`/`returning …`. */
  insert(table: string, columns: readonly string[], rows: readonly object[], tail?: string): CompiledQuery;
  /** `select <columns> from <table> where <column> in <values>` plus an optional tail (`order by seq`). */
  selectIn(table: string, columns: string, column: string, values: readonly unknown[], tail?: string): CompiledQuery;
}

export function jsonRowStatements(dialect: Dialect): JsonRowStatements {
  const d = SQL[dialect];
  const inserts = new Map<string, string>();
  return {
    insert(table, columns, rows, tail = '') {
      const key = `${table}\u0000${tail}`;
      let text = inserts.get(key);
      if (text === undefined) inserts.set(key, (text = d.insert(table, columns, tail)));
      return CompiledQuery.raw(text, [JSON.stringify(rows)]);
    },
    selectIn(table, columns, column, values, tail = '') {
      return CompiledQuery.raw(`select ${columns} from ${table} where ${d.inList(column)}${tail}`, [JSON.stringify(values)]);
    },
  };
}
