/**
 * The built CLI with its worker pool, killed with SIGKILL in the middle of an ingest: every article
 * it stored must be whole (all its rows, equal to a fresh extraction), no row may lack its
 * article, and running the same command again must finish the job. The corpus is generated from
 * the benchmark's fictional templates (fixed seed).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BENCH_LANGS, generateCorpus } from '../../src/bench/generate-corpus.js';
import { ingestPath } from '../../src/ingest/index.js';
import { openStore } from '../../src/store/open-store.js';
import { testExtractor } from '../support/extract-text.js';
import { finished, spawnCli } from './run-cli.js';

const FILES = 400;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rostrum-kill-'));
  mkdirSync(join(dir, 'corpus'));
  let k = 0;
  const perLang = FILES / BENCH_LANGS.length;
  for (const lang of BENCH_LANGS) {
    for (const article of generateCorpus(lang, perLang * 8000).slice(0, perLang)) {
      writeFileSync(join(dir, 'corpus', `${String(k++).padStart(5, '0')}-${lang}.txt`), ` date ${article.date} ${article.body}`);
    }
  }
  expect(k).toBe(FILES);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function storedCount(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('select count(*) as n from articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created yet, or mid-migration
  }
}

it('survives kill -9 mid-ingest and finishes on the next run', async () => {
  const db = join(dir, 'corpus.db');
  const child = spawnCli(['ingest', join(dir, 'corpus'), '--db', db, '--jobs', '2']);
  const done = finished(child);
  let killedAt = -1;
  while (child.exitCode === null) {
    const n = storedCount(db);
    if (n >= 20) {
      child.kill('SIGKILL');
      killedAt = n;
      break;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const first = await done;
  expect(killedAt, `the ingest finished before it could be killed: ${first.stderr}`).toBeGreaterThan(0);
  expect(first.code).toBe(128);

  const store = await openStore(db);
  const extractor = await testExtractor();
  let checked = 0;
  try {
    const raw = new Database(db, { readonly: true });
    const ids = (raw.prepare('select id, source from articles').all() as Array<{ id: string; source: string }>);
    for (const table of ['mentions', 'quotes', 'figures', 'times', 'stances', 'events', 'units', 'article_entities']) {
      const orphans = raw.prepare(`select count(*) as n from ${table} where article_id not in (select id from articles)`).get() as { n: number };
      expect(orphans.n, `${table} rows without their article`).toBe(0);
    }
    raw.close();
    expect(ids.length).toBeGreaterThanOrEqual(killedAt);
    expect(ids.length).toBeLessThan(FILES);
    for (const { id, source } of ids) {
      const [result] = await ingestPath(source);
      if (result?.kind !== 'article') throw new Error(`${source} did not ingest`);
      expect((await store.getArticle(id))?.record, source).toEqual(extractor.extract(result.article));
      checked++;
    }
  } finally {
    await store.close();
  }
  expect(checked).toBeGreaterThan(0);

  const second = await finished(spawnCli(['ingest', join(dir, 'corpus'), '--db', db, '--jobs', '2']));
  expect(second.stderr).toBe('');
  expect(second.code).toBe(0);
  const lines = second.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines.slice(0, -1).every((l) => l['event'] === 'progress')).toBe(true);
  expect(lines.at(-1)).toMatchObject({ event: 'done', files: FILES, articles: FILES, stored: FILES - checked, unchanged: checked, errors: 0 });
  expect(storedCount(db)).toBe(FILES);
}, 180_000);
