/**
 * Properties of the public entry points over generated input (fast-check, fixed seed): random
 * bytes under any extension never throw and always come back as well-formed results; random text
 * keeps the body's paragraph shape; credit lines inserted anywhere never stay in the body.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestBytes, ingestText, type IngestResult } from '../../src/ingest/index.js';

const SETTINGS = { seed: 20250901, numRuns: 300 } as const;
const EXTENSIONS = ['', '.txt', '.md', '.html', '.htm', '.json', '.jsonl', '.bin'];

function wellFormed(results: readonly IngestResult[]): void {
  expect(results.length).toBeGreaterThan(0);
  for (const result of results) {
    if (result.kind === 'failure') {
      expect(result.failure.reason).not.toMatch(/^internal error/);
      expect(result.failure.reason.length).toBeGreaterThan(0);
    } else {
      expect(result.article.body.trim()).not.toBe('');
      expect(result.article.date === null || /^\d{4}-\d{2}-\d{2}$/.test(result.article.date)).toBe(true);
    }
  }
}

function bodyShapeOk(body: string): boolean {
  return !/\n\s*\n\s*\n/.test(body) && !body.startsWith('\n') && !body.endsWith('\n');
}

describe('ingestBytes on random bytes', () => {
  it('never throws, under any extension', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom(...EXTENSIONS), (bytes, ext) => {
        wellFormed(ingestBytes(bytes, 'random', { ext }));
      }),
      SETTINGS,
    );
  });

  it('never throws on markup-like and JSON-like byte soup', () => {
    const pieces = ['<p>', '</p>', '<div', '>', '<html lang="', '<meta charset=', 'koi8-r', '{"text":', '"', '}', '\n', '<!--', 'Фото: ', '【编译：', '】', 'date 2025-09-01 ', '\u0000', '\uFEFF', 'é', '汉'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.constantFrom(...EXTENSIONS), (parts, ext) => {
        wellFormed(ingestBytes(new TextEncoder().encode(parts.join('')), 'soup', { ext }));
      }),
      SETTINGS,
    );
  });
});

describe('ingestText on random text', () => {
  it('never throws and yields blank-line separated paragraphs', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        expect(bodyShapeOk(ingestText(text, 'random').body)).toBe(true);
      }),
      SETTINGS,
    );
  });

  it('lifts credit lines wherever they stand, and keeps each once', () => {
    const sentence = fc.constantFrom(
      'The fictional republic of Veloria signed the accord.',
      'Ostrava Minor backed the river commission.',
      '维洛里亚共和国支持设立联合委员会。',
      'Министр иностранных дел Велории прибыл в Порт-Олдер.',
    );
    const credit = fc.constantFrom('Фото: Ақорда', 'Photo credit: Akorda', '【编译：阿遥】', 'By Mira Kestrel', 'Сурет: Ақорда');
    const line = fc.oneof(sentence.map((s) => ({ kind: 'text' as const, s })), credit.map((s) => ({ kind: 'credit' as const, s })));
    const separator = fc.constantFrom('\n', '\n\n', '\r\n\r\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(line, separator), { minLength: 1, maxLength: 20 }), (lines) => {
        const text = lines.map(([l, sep]) => l.s + sep).join('');
        const article = ingestText(text, 'generated');
        const bodyLines = new Set(article.body.split('\n'));
        const credits = new Set(lines.filter(([l]) => l.kind === 'credit').map(([l]) => l.s));
        for (const raw of credits) expect(bodyLines.has(raw)).toBe(false);
        // One credit per role and name: `Фото: Ақорда` and `Сурет: Ақорда` are the same photo credit.
        const keys = article.credits.map((c) => `${c.role}:${c.name}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const raw of credits) expect(article.credits.some((c) => raw.includes(c.name))).toBe(true);
        expect(bodyShapeOk(article.body)).toBe(true);
      }),
      SETTINGS,
    );
  });
});
