/**
 * Encodings: the seed and its translations round-trip through every encoding that can hold
 * them, and the decoded body equals the one ingested from UTF-8. Lines an encoding cannot hold
 * (the Kazakh `Ақорда` in GBK or Windows-1251, `阿遥` in KOI8-R) are left out of both sides;
 * guillemets and dashes that KOI8-R lacks are replaced by ASCII on both sides.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/decode-bytes.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { onlyArticle, SEED_PATH, translationPath, utf8 } from './ingest-helpers.js';

type Encoding = 'utf-8' | 'utf-8 BOM' | 'utf-16le BOM' | 'utf-16be BOM' | 'gb18030' | 'gbk' | 'big5' | 'windows-1251' | 'koi8-r';

function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return utf8(text);
    case 'utf-8 BOM':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le BOM':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    case 'utf-16be BOM':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]);
    default:
      return iconv.encode(text, encoding);
  }
}

const ASCII_STAND_INS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[«»“”„]/g, '"'],
  [/[—–]/g, '-'],
  [/…/g, '...'],
  [/№/g, 'N'],
];

function holds(text: string, encoding: Encoding): boolean {
  return iconv.decode(Buffer.from(encode(text, encoding)), encoding.startsWith('utf') ? 'utf-8' : encoding) === text || encoding.startsWith('utf');
}

/** The text as the encoding can hold it, and whether anything had to change besides dropped lines. */
function prepare(text: string, encoding: Encoding): { text: string; substituted: boolean } {
  let substituted = false;
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (holds(line, encoding)) {
      lines.push(line);
      continue;
    }
    const plain = ASCII_STAND_INS.reduce((acc, [pattern, ascii]) => acc.replace(pattern, ascii), line);
    if (holds(plain, encoding)) {
      lines.push(plain);
      substituted = true;
    }
  }
  return { text: lines.join('\n'), substituted };
}

function ingestAs(text: string, encoding: Encoding) {
  return onlyArticle(ingestBytes(encode(text, encoding), `seed.${encoding}.txt`, { ext: '.txt' }));
}

const seed = readFileSync(SEED_PATH, 'utf8');
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const CASES: ReadonlyArray<readonly [string, string | undefined, readonly Encoding[]]> = [
  ['zh', SEED_PATH, ['utf-8', 'utf-8 BOM', 'utf-16le BOM', 'utf-16be BOM', 'gb18030', 'gbk']],
  ['ru', translationPath('ru'), ['utf-8', 'utf-8 BOM', 'utf-16le BOM', 'windows-1251', 'koi8-r']],
  ['kk', translationPath('kk'), ['utf-8', 'utf-8 BOM', 'utf-16le BOM', 'utf-16be BOM']],
  ['en', translationPath('en'), ['utf-8', 'utf-16le BOM', 'windows-1251']],
];

describe.each(CASES)('the seed in %s', (_lang, path, encodings) => {
  const original = path === undefined ? '' : readFileSync(path, 'utf8');
  const reference = path === undefined ? undefined : ingestAs(original, 'utf-8');

  it.skipIf(path === undefined).each(encodings)('round-trips through %s', (encoding) => {
    const prepared = prepare(original, encoding);
    const expected = ingestAs(prepared.text, 'utf-8');
    const decoded = ingestAs(prepared.text, encoding);
    expect(decoded.body).toBe(expected.body);
    expect(decoded.date).toBe('2025-09-01');
    expect(decoded.credits).toEqual(expected.credits);
    // Only credit lines were unrepresentable: the body is the original's, whole.
    if (!prepared.substituted) expect(decoded.body).toBe(reference?.body);
  });
});

describe('traditional Chinese in Big5', () => {
  it('round-trips a traditional rendering of the seed (unrepresentable lines left out)', () => {
    const prepared = prepare(toTraditional(seed), 'big5');
    expect(prepared.text).toContain('國家元首');
    const decoded = ingestAs(prepared.text, 'big5');
    expect(decoded.body).toBe(ingestAs(prepared.text, 'utf-8').body);
    expect(decoded.credits).toEqual([
      { role: 'photo', name: 'Akorda', raw: 'Photo credit: Akorda' },
      { role: 'compiler', name: '阿遙', raw: '【編譯：阿遙】' },
    ]);
  });

  it('tells a single traditional paragraph in Big5 from GBK', () => {
    const paragraph = toTraditional(seed.split('\n\n')[2] ?? '');
    const result = decodeBytes(iconv.encode(paragraph, 'big5'));
    expect(result).toEqual({ ok: true, text: paragraph, encoding: 'big5' });
  });
});

describe('short texts, where chardet alone guesses wrong', () => {
  const russian = 'Глава государства поблагодарил за организацию саммита.';
  it.each(['windows-1251', 'koi8-r'] as const)('tells %s from its twin on one sentence', (encoding) => {
    expect(decodeBytes(iconv.encode(russian, encoding))).toEqual({ ok: true, text: russian, encoding });
  });

  it.each(['gb18030', 'big5'] as const)('tells %s apart on a dozen characters', (encoding) => {
    const text = encoding === 'big5' ? '國家元首感謝習近平主席。' : '国家元首感谢习近平主席。';
    expect(decodeBytes(iconv.encode(text, encoding))).toEqual({ ok: true, text, encoding });
  });
});

describe('declared and marked encodings', () => {
  it('trusts a BOM over everything', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Фото: Ақорда', 'utf-16le')]);
    expect(decodeBytes(bytes, 'windows-1251')).toMatchObject({ ok: true, text: 'Фото: Ақорда', encoding: 'utf-16le' });
  });

  it('lets an HTML <meta charset> decide where a guess would be a coin toss', () => {
    const page = '<html><head><meta charset="koi8-r"></head><body><p>АСТАНА</p></body></html>';
    const article = onlyArticle(ingestBytes(iconv.encode(page, 'koi8-r'), 'p.html', { ext: '.html' }));
    expect(article.body).toBe('АСТАНА');
  });

  it('reads a GBK page declared with http-equiv', () => {
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>国家元首感谢习近平主席。</p></body></html>';
    expect(onlyArticle(ingestBytes(iconv.encode(page, 'gbk'), 'p.htm', { ext: 'htm' })).body).toBe('国家元首感谢习近平主席。');
  });

  it('keeps valid UTF-8 when a page re-saved as UTF-8 still declares a legacy charset', () => {
    const page = '<html><head><meta charset="windows-1251"></head><body><p>Глава государства</p></body></html>';
    expect(onlyArticle(ingestBytes(utf8(page), 'p.html', { ext: '.html' })).body).toBe('Глава государства');
  });

  it('strips a UTF-8 BOM before the leading date marker', () => {
    const article = ingestAs(seed, 'utf-8 BOM');
    expect(article.date).toBe('2025-09-01');
    expect(article.body.startsWith('国家元首感谢')).toBe(true);
  });
});
