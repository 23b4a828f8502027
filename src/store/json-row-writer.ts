/** The RowWriter that sends each table's rows as one JSON parameter (json-row-sql.ts): PostgreSQL's. */
import type { Dialect } from './dialect.js';
import { jsonRowStatements } from './json-row-sql.js';
import type { RowWriter } from './row-writer.js';

/** Rows per statement: a bound on one parameter's size, not on SQL variables. */
const CHUNK = 2000;

export function jsonRowWriter(dialect: Dialect): RowWriter {
  const q = jsonRowStatements(dialect);
  const writer: RowWriter = {
    async insert(db, table, columns, rows, tail = '') {
      await writer.insertReturning(db, table, columns, rows, tail);
    },
    async insertReturning<R>(db: Parameters<RowWriter['insert']>[0], table: string, columns: readonly string[], rows: readonly object[], tail: string) {
      const out: R[] = [];
      for (let i = 0; i < rows.length; i += CHUNK) {
        out.push(...(await db.executeQuery<R>(q.insert(table, columns, rows.slice(i, i + CHUNK), tail))).rows);
      }
      return out;
    },
  };
  return writer;
}
