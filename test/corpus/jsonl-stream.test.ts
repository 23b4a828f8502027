/**
 * A JSON Lines dump streams through `rostrum ingest` in chunks of CHUNK_ARTICLES, so it is never
 * held whole: articles on both sides of a chunk boundary are stored, a bad line fails alone as
 * `path:LINE`, and a byte order mark is no bad line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHUNK_ARTICLES, sourceChunks } from '../../src/corpus/source-chunks.js';
import { openStore } from '../../src/store/open-store.js';
import { runCli } from './run-cli.js';

let dir: string;
const BAD_LINE = CHUNK_ARTICLES + 3;
const LINES = CHUNK_ARTICLES + 40;

const line = (i: number) => JSON.stringify({
  url: `https://wire.example/valdoria/${i}`, date: '2025-04-01',
  text: `Report ${i}: President Arvid Kallen of Valdoria said trade with Marenia reached ${100 + i} million dollars.`,
});

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rostrum-jsonl-'));
  const lines = Array.from({ length: LINES }, (_, k) => (k + 1 === BAD_LINE ? '{"text": "unterminated' : line(k + 1)));
  writeFileSync(join(dir, 'dump.jsonl'), `\uFEFF${lines.join('\n')}\n\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('yields the file in chunks, numbering lines as the file does', async () => {
  const chunks = [];
  for await (const chunk of sourceChunks(join(dir, 'dump.jsonl'))) chunks.push(chunk);
  expect(chunks.map((c) => c.length)).toEqual([CHUNK_ARTICLES, LINES - CHUNK_ARTICLES]);
  const failures = chunks.flat().filter((r) => r.kind === 'failure');
  expect(failures.map((f) => f.kind === 'failure' && f.failure.source)).toEqual([`${join(dir, 'dump.jsonl')}:${BAD_LINE}`]);
  const first = chunks[0]![0]!;
  expect(first.kind === 'article' && first.article.url).toBe('https://wire.example/valdoria/1');
});

it('stores every good line across chunk boundaries and reports the bad one', async () => {
  const db = join(dir, 'dump.db');
  const run = await runCli(['ingest', join(dir, 'dump.jsonl'), '--db', db, '--jobs', '0', '--no-link']);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`rostrum: ${join(dir, 'dump.jsonl')}:${BAD_LINE}: `);
  const store = await openStore(db);
  try {
    expect((await store.counts()).articles).toBe(LINES - 1);
    const last = await store.search({ type: 'article', text: `Report ${LINES}`, limit: 5 });
    expect(last.some((h) => h.article.url === `https://wire.example/valdoria/${LINES}`)).toBe(true);
  } finally {
    await store.close();
  }
}, 120_000);
