/**
 * A fresh, empty database per dialect for the shared store suite: a temporary SQLite file, or a
 * uniquely named PostgreSQL schema dropped afterwards. ROSTRUM_TEST_PG_URL names the server (CI
 * gives each run a throw-away database); without it the machine's own server is tried. When it
 * was named, or under CI, an unreachable server fails the suite; otherwise the PostgreSQL half is
 * skipped with a message saying so, never quietly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DIALECTS, type Dialect } from '../../src/store/dialect.js';

export const PG_URL = process.env['ROSTRUM_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const PG_REQUIRED = process.env['ROSTRUM_TEST_PG_URL'] !== undefined || process.env['CI'] === 'true';

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The dialects this run tests: PostgreSQL is dropped only when not required and not reachable. */
export async function dialectsToTest(): Promise<Dialect[]> {
  if (PG_REQUIRED || await reachable()) return [...DIALECTS];
  process.stderr.write(`\n*** PostgreSQL store tests SKIPPED: no server at ${PG_URL}. Set ROSTRUM_TEST_PG_URL to run them. ***\n\n`);
  return DIALECTS.filter((d) => d !== 'postgres');
}

export interface TestTarget {
  /** What `--db` would be given. */
  readonly target: string;
  dispose(): Promise<void>;
}

async function pgAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${PG_URL} (${(error as Error).message}). `
      + 'The store suite runs against PostgreSQL too: start the server, or point ROSTRUM_TEST_PG_URL at one.');
  }
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export const TARGETS: Record<Dialect, () => Promise<TestTarget>> = {
  async sqlite() {
    const dir = mkdtempSync(join(tmpdir(), 'rostrum-store-'));
    return { target: join(dir, 'test.db'), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  },
  async postgres() {
    const schema = `rostrum_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    await pgAdmin((c) => c.query(`create schema ${schema}`));
    const url = new URL(PG_URL);
    url.searchParams.set('schema', schema);
    return {
      target: url.toString(),
      dispose: () => pgAdmin(async (c) => { await c.query(`drop schema if exists ${schema} cascade`); }),
    };
  },
};
