/**
 * Ingesting the same files twice stores nothing the second time, syndicated copies included: a
 * copy whose original came without a url must be recognised again by its url.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { runCli } from '../corpus/run-cli.js';

const examples = fileURLToPath(new URL('../../examples', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'rostrum-reingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const done = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, number | string>;

it('stores every example once, however often it is ingested', async () => {
  const db = join(dir, 'corpus.db');
  const first = await runCli(['ingest', examples, '--db', db, '--jobs', '0']);
  expect(first.code, first.stderr).toBe(0);
  const { stored, articles } = done(first.stdout);
  expect(Number(stored)).toBeGreaterThan(0);
  expect(Number(stored)).toBeLessThan(Number(articles)); // the syndicated copies are not stored

  const second = await runCli(['ingest', examples, '--db', db, '--jobs', '0']);
  expect(second.code, second.stderr).toBe(0);
  expect(done(second.stdout)).toMatchObject({ stored: 0, unchanged: articles, errors: 0 });
}, 120_000);
