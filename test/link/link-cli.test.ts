import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../corpus/run-cli.js';
import { outletPath } from './support/annotate-record.js';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rostrum-link-cli-'));
  db = join(dir, 'corpus.db');
  const ingest = await runCli(['ingest', outletPath(''), '--db', db, '--jobs', '0']);
  expect(ingest.stderr).toBe('');
  expect(ingest.code).toBe(0);
  done = JSON.parse(ingest.stdout.trim().split('\n').at(-1)!) as typeof done;
}, 120_000);

let done: { event: string; articles: number; stored: number; unchanged: number };

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rostrum statements, ledger, initiative, relink', () => {
  it('stores the syndicated copy once', async () => {
    expect(done).toMatchObject({ event: 'done', articles: 8, stored: 7, unchanged: 1 });
    const run = await runCli(['search', '', '--lang', 'en', '--db', db, '--type', 'article', '--format', 'jsonl', '--limit', '0']);
    const urls = run.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { article: { url: string } }).article.url);
    expect(urls).toContain('https://caspian-wire.example/en/news/2025-09-01/tianjin-speech');
    expect(urls).not.toContain('https://eurasia-digest.example/syndicated/caspian-wire/tianjin-speech');
    const statements = await runCli(['statements', '--db', db, '--contains', 'Intra-regional trade has grown', '--format', 'json']);
    const [cluster] = JSON.parse(statements.stdout) as Array<{ members: Array<{ lang: string; urls: string[] }> }>;
    const en = cluster!.members.find((m) => m.lang === 'en')!;
    expect(en.urls).toEqual([
      'https://caspian-wire.example/en/news/2025-09-01/tianjin-speech',
      'https://eurasia-digest.example/syndicated/caspian-wire/tianjin-speech',
    ]);
  });

  it('lists statement clusters by speaker name, in any language, as a table or JSON', async () => {
    const json = await runCli(['statements', '--db', db, '--speaker', 'Токаев', '--min-size', '3', '--limit', '100', '--format', 'json']);
    expect(json.code).toBe(0);
    const clusters = JSON.parse(json.stdout) as Array<{ size: number; langs: string[]; speaker: string }>;
    expect(clusters.length).toBeGreaterThanOrEqual(20);
    for (const c of clusters) {
      expect(c.langs).toEqual(['en', 'ru', 'zh']);
      expect(c.speaker).toBe('person:kassym-jomart-tokayev');
    }
    const table = await runCli(['statements', '--db', db, '--contains', '6500亿美元']);
    expect(table.stdout).toMatch(/quote .* 3 reports in en, ru, zh/);
    expect(table.stdout).toContain('figure USD:650000000000');
    expect(table.stdout).toContain('https://volga-courier.example/ru/2025/09/01/tianjin');
  });

  it('prints the ledger with the disagreeing estimate flagged', async () => {
    const run = await runCli(['ledger', '--db', db, '--flagged']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('trade · intra · organization:sco · USD · 2024  ⚑');
    expect(run.stdout).toContain('3 sources:');
    const json = JSON.parse((await runCli(['ledger', '--db', db, '--entity', 'ШОС', '--format', 'json'])).stdout) as Array<{ key: string }>;
    expect(json.map((e) => e.key)).toContain('trade|intra|organization:sco|USD|2024');
  });

  it('prints an initiative timeline by name', async () => {
    const run = await runCli(['initiative', '上合组织开发银行', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('initiative:sco-development-bank');
    expect(run.stdout).toContain('proposed by: country:cn');
    expect(run.stdout).toContain('named in 3 articles');
    const missing = await runCli(['initiative', 'Valdorian Moon Base', '--db', db]);
    expect(missing.code).toBe(1);
  });

  it('relinks to the same clusters and keeps the copy\'s url', async () => {
    const before = (await runCli(['statements', '--db', db, '--limit', '1000', '--format', 'json'])).stdout;
    const run = await runCli(['relink', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^relinked 7 articles/);
    const after = (await runCli(['statements', '--db', db, '--limit', '1000', '--format', 'json'])).stdout;
    const shape = (s: string) => (JSON.parse(s) as Array<{ members: Array<{ articleId: string; start: number; urls: string[] }> }>)
      .map((c) => c.members.map((m) => `${m.articleId}:${m.start}:${m.urls.join(',')}`).sort().join(' ')).sort();
    expect(shape(after)).toEqual(shape(before));
  });

  it('rejects bad options with usage errors', async () => {
    expect((await runCli(['statements', '--db', db, '--kind', 'rumour'])).code).toBe(2);
    expect((await runCli(['ledger', '--db', db, '--year', '24'])).code).toBe(2);
    expect((await runCli(['initiative', '--db', db])).code).toBe(2);
  });
});
