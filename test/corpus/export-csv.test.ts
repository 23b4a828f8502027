/**
 * `rostrum export`: RFC 4180 CSV that a strict parser reads back to the same values (commas,
 * quotes, newlines in quotes), JSON Lines rows, whole records for articles, filters applied.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvField, csvLine } from '../../src/corpus/csv-writer.js';
import { EXPORT_COLUMNS } from '../../src/corpus/export-rows.js';
import { openStore } from '../../src/store/open-store.js';
import { BANK, EN, FICTIONAL_RECORDS, KALLEN, OSTROVA, RU, ZH, ZH_HANT, buildRecord } from '../store/fixtures/fictional-records.js';
import { runCli } from './run-cli.js';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes; anything else throws. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const row: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new Error('unterminated quoted field');
          if (text[i] === '"') {
            if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
            i++;
            break;
          }
          field += text[i++];
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          if (text[i] === '"') throw new Error(`bare quote at ${i}`);
          field += text[i++];
        }
      }
      row.push(field);
      if (text[i] === ',') { i++; continue; }
      if (text.startsWith('\r\n', i)) { i += 2; break; }
      if (i >= text.length) break;
      throw new Error(`expected CRLF or comma at ${i}, found ${JSON.stringify(text[i])}`);
    }
    rows.push(row);
  }
  return rows;
}

const TRICKY = buildRecord({
  url: 'https://news.example/tricky', date: '2025-07-01', lang: 'en', entities: [KALLEN, OSTROVA, BANK],
  text: 'Kallen said: "We back it, fully — and we say ""yes"",\nwith no doubt,\r\nat all." Ostrova agreed.',
  quotes: [['We back it, fully — and we say ""yes"",\nwith no doubt,\r\nat all.', KALLEN.id, 'Kallen said']],
});

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rostrum-export-'));
  db = join(dir, 'x.db');
  const store = await openStore(db);
  for (const r of [...FICTIONAL_RECORDS, TRICKY]) await store.putArticle(r);
  await store.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CSV fields', () => {
  it('quote only what needs quoting, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(null)).toBe('');
    expect(csvField(6.5e11)).toBe('650000000000');
    expect(csvLine(['a', 'b,c', undefined])).toBe('a,"b,c",\r\n');
  });
});

describe('rostrum export', () => {
  it('writes RFC 4180 CSV that parses back to the stored quotes', async () => {
    const run = await runCli(['export', '--type', 'quotes', '--format', 'csv', '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [header, ...rows] = parseCsv(run.stdout);
    expect(header).toEqual([...EXPORT_COLUMNS.quote]);
    const expected = [...FICTIONAL_RECORDS, TRICKY].flatMap((r) => r.quotes.map((q) => ({ r, q })));
    expect(rows).toHaveLength(expected.length);
    const byText = new Map(rows.map((row) => [row[header!.indexOf('text')], row]));
    for (const { r, q } of expected) {
      const row = byText.get(q.text);
      expect(row, q.text).toBeDefined();
      expect(row![header!.indexOf('article_id')]).toBe(r.id);
      expect(Number(row![header!.indexOf('start')])).toBe(q.start);
      expect(row![header!.indexOf('speaker')]).toBe(q.speaker ?? '');
      expect(r.text.slice(q.start, q.end)).toBe(row![header!.indexOf('text')]);
    }
  });

  it('starts with a byte order mark when asked', async () => {
    const run = await runCli(['export', '--type', 'figures', '--format', 'csv', '--bom', '--db', db]);
    expect(run.stdout.startsWith('\uFEFFarticle_id,url,date,lang,start,end,value,')).toBe(true);
    expect(parseCsv(run.stdout.slice(1))).toHaveLength(1 + EN.figures.length + ZH.figures.length);
  });

  it('applies the search filters and a query', async () => {
    const run = await runCli(['export', '--type', 'stance', '--speaker', 'Валдория', '--db', db]);
    const rows = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((r) => r['article_id']).sort()).toEqual([EN.id, ZH.id, RU.id].sort());
    expect(rows[0]).toMatchObject({ type: 'support', holder: 'country:xv', initiative: BANK.id });
    const zh = await runCli(['export', '--type', 'quotes', '銀行', '--lang', 'zh', '--db', db]);
    expect(zh.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { article_id: string }).article_id).sort()).toEqual([ZH.id, ZH_HANT.id].sort());
  });

  it('exports whole records for articles', async () => {
    const run = await runCli(['export', '--type', 'articles', '--db', db, '--since', '2025-06-01']);
    const records = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string });
    const expected = [...FICTIONAL_RECORDS, TRICKY].filter((r) => r.date !== null && r.date >= '2025-06-01');
    expect(records).toEqual(expected);
  });

  it('reports usage mistakes with exit 2', async () => {
    expect((await runCli(['export', '--db', db])).code).toBe(2);
    expect((await runCli(['export', '--type', 'speeches', '--db', db])).code).toBe(2);
    expect((await runCli(['export', '--type', 'quotes', '--bom', '--db', db])).code).toBe(2);
    expect((await runCli(['export', '--type', 'quotes', '--since', '2025-13-01', '--db', db])).code).toBe(2);
  });
});
