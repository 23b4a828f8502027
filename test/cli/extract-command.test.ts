/**
 * `rostrum extract` as a user runs it: the real binary in a child process, on the seed, its
 * translations, and every kind of bad input the foundation issue names.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, openSync, closeSync, ftruncateSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/record/article-record.js';
import { expectValidRecord } from '../support/record-assertions.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/rostrum.js');
const seed = join(root, 'examples/000_57bb135459f8ca34.txt');

function rostrum(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

const parseLines = (out: string) => out.trim().split('\n').map((l) => expectValidRecord(JSON.parse(l) as ArticleRecord));
const credits = (r: ArticleRecord) => r.credits.map((c) => `${c.role}:${c.name}`);

describe('rostrum extract on the seed', () => {
  const run = rostrum(['extract', seed]);
  const record = JSON.parse(run.stdout) as ArticleRecord;

  it('prints one schema-valid record and exits 0', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expectValidRecord(record);
  });

  it('finds the date, the language and the credits, and keeps credits out of the text', () => {
    expect(record.date).toBe('2025-09-01');
    expect(['zh', 'zh-Hans']).toContain(record.lang);
    expect(credits(record)).toEqual(['photo:Ақорда', 'photo:Akorda', 'compiler:阿遥']);
    expect(record.text.startsWith('国家元首感谢')).toBe(true);
    for (const line of ['Фото', 'Photo credit', '编译', 'date 2025']) expect(record.text).not.toContain(line);
  });

  it('splits the seed into its 22 paragraphs (26 lines less 4 credit lines) and keeps every sentence inside one', () => {
    expect(record.paragraphs).toHaveLength(22);
    for (const s of record.sentences) {
      expect(record.paragraphs.some((p) => p.start <= s.start && s.end <= p.end)).toBe(true);
    }
    expect(record.text.slice(record.sentences[0]!.start, record.sentences[0]!.end)).toBe(
      '国家元首感谢中华人民共和国主席习近平为本次峰会的高水平组织以及在历史名城天津给予的热情接待。',
    );
  });
});

describe('rostrum extract on the translations', () => {
  it.each([['ru'], ['en'], ['kk']])('%s comes out in its language with the seed\'s date and credits', (lang) => {
    const run = rostrum(['extract', join(root, `examples/000_57bb135459f8ca34.${lang}.txt`)]);
    expect(run.code).toBe(0);
    const record = expectValidRecord(JSON.parse(run.stdout) as ArticleRecord);
    expect(record!.lang).toBe(lang);
    expect(record!.date).toBe('2025-09-01');
    expect(credits(record!)).toEqual(['photo:Ақорда', 'photo:Akorda', 'compiler:阿遥']);
    expect(record!.paragraphs).toHaveLength(22);
  });
});

describe('rostrum extract options', () => {
  it('prints JSON lines for several files and honours --date', () => {
    const run = rostrum(['extract', seed, join(root, 'examples/000_57bb135459f8ca34.en.txt'), '--date', '2024-01-02']);
    expect(run.code).toBe(0);
    const records = parseLines(run.stdout);
    expect(records.map((r) => r.date)).toEqual(['2024-01-02', '2024-01-02']);
  });

  it('reads standard input and forces the language with --lang', () => {
    const run = rostrum(['extract', '-', '--lang', 'ru', '--format', 'jsonl'], 'Глава государства выступил на саммите.');
    expect(run.code).toBe(0);
    expect(parseLines(run.stdout)[0]!.lang).toBe('ru');
  });

  it('has a pretty format for people, with sections and spans in context', () => {
    const run = rostrum(['extract', seed, '--format', 'pretty']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^credits \(3\)$/m);
    expect(run.stdout).toMatch(/^sentences \(\d+\)$/m);
    expect(run.stdout).toContain('photo: Ақорда');
  });

  it.each([
    [['extract'], /no input files/],
    [['extract', seed, '--date', '2025-13-40'], /--date wants a date as YYYY-MM-DD/],
    [['extract', seed, '--format', 'xml'], /--format must be one of json, jsonl, pretty/],
    [['extract', seed, '--lang', 'fr'], /--lang must be one of/],
    [['extract', seed, '--bogus'], /Unknown option '--bogus'/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('exits 2 with a clear message on %j', (args, message) => {
    const run = rostrum(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('rostrum extract on bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rostrum-bad-'));
  const paths = {
    missing: join(dir, 'missing.txt'),
    directory: join(dir, 'a-directory'),
    empty: join(dir, 'empty.txt'),
    binary: join(dir, 'binary.txt'),
    huge: join(dir, 'huge.txt'),
    html: join(dir, 'broken.html'),
    jsonl: join(dir, 'batch.jsonl'),
  };
  mkdirSync(paths.directory);
  writeFileSync(paths.empty, '');
  writeFileSync(paths.binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00, 0x13, 0x37]));
  const fd = openSync(paths.huge, 'w');
  ftruncateSync(fd, 51 * 1024 * 1024);
  closeSync(fd);
  writeFileSync(paths.html, '<html><body><p>The President of Valdoria arrived in <b>Osta</p><div><p>Talks followed.');
  writeFileSync(paths.jsonl, [
    JSON.stringify({ url: 'https://example.org/a', title: 'A', date: '2025-09-01', text: 'Valdoria and Marenia signed an accord.' }),
    '{"url": "https://example.org/b", "text": ',
    JSON.stringify({ url: 'https://example.org/c', lang: 'ru', text: 'Валдория и Марения подписали соглашение.' }),
  ].join('\n'));

  const run = rostrum(['extract', ...Object.values(paths), seed]);
  const stderrLines = run.stderr.trim().split('\n');

  it('reports each bad file as "rostrum: FILE: reason" and exits 1', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    for (const path of [paths.missing, paths.directory, paths.empty, paths.binary, paths.huge]) {
      expect(stderrLines.some((l) => l.startsWith(`rostrum: ${path}: `)), path).toBe(true);
    }
    expect(stderrLines.some((l) => l.startsWith(`rostrum: ${paths.jsonl}:2: `))).toBe(true);
  });

  it('still extracts every good input in the batch', () => {
    const records = parseLines(run.stdout);
    expect(records.map((r) => r.url)).toEqual([null, 'https://example.org/a', 'https://example.org/c', null]);
    expect(records[0]!.text).toContain('Talks followed.');
    expect(records[2]!.lang).toBe('ru');
    expect(records[3]!.text.startsWith('国家元首感谢')).toBe(true);
  });

  it('names the reason in plain words', () => {
    const reasonOf = (path: string) => stderrLines.find((l) => l.startsWith(`rostrum: ${path}: `))!.slice(`rostrum: ${path}: `.length);
    expect(reasonOf(paths.missing)).toMatch(/no such file/);
    expect(reasonOf(paths.directory)).toMatch(/directory/);
    expect(reasonOf(paths.empty)).toMatch(/empty/);
    expect(reasonOf(paths.binary)).toMatch(/binary/);
    expect(reasonOf(paths.huge)).toMatch(/too large/);
  });

  it('leaves the seed file untouched', () => {
    expect(readFileSync(seed, 'utf8').startsWith(' date 2025-09-01')).toBe(true);
  });
});
