/**
 * Credit lines: a corpus of lines that are credits (with the role and name each gives), a
 * negative corpus of lines that are not, and the packs' data kept consistent. Lines from every
 * pack are matched in a body of any language.
 */
import { describe, expect, it } from 'vitest';
import type { CreditRole } from '../../src/ingest/article.js';
import { ingestText } from '../../src/ingest/index.js';
import { matchCreditLine } from '../../src/ingest/lift-credits.js';
import { loadPacks } from '../../src/lang/load-packs.js';

const CREDITS: ReadonlyArray<readonly [string, CreditRole, string]> = [
  ['Фото: Ақорда', 'photo', 'Ақорда'],
  ['Photo credit: Akorda', 'photo', 'Akorda'],
  ['Photo: Akorda', 'photo', 'Akorda'],
  ['Фото Акорды', 'photo', 'Акорды'],
  ['Фото пресс-службы Акорды', 'photo', 'Акорды'],
  ['Сурет: Ақорда', 'photo', 'Ақорда'],
  ['图片来源：新华社', 'photo', '新华社'],
  ['摄影：某某', 'photo', '某某'],
  ['圖片來源：中央社', 'photo', '中央社'],
  ['（新华社记者某某摄）', 'photo', '新华社记者某某'],
  ['Photo by Mira Kestrel', 'photo', 'Mira Kestrel'],
  ['【编译：阿遥】', 'compiler', '阿遥'],
  ['Составитель: 阿遥', 'compiler', '阿遥'],
  ['Compiled by: 阿遥', 'compiler', '阿遥'],
  ['Compiled by 阿遥', 'compiler', '阿遥'],
  ['Құрастырған: 阿遥', 'compiler', '阿遥'],
  ['【编辑：某甲】', 'editor', '某甲'],
  ['【責任編輯：某乙】', 'editor', '某乙'],
  ['Editing by Anselm Tarrow', 'editor', 'Anselm Tarrow'],
  ['（来源：新华社）', 'source', '新华社'],
  ['Source: Gazette archive', 'source', 'Gazette archive'],
  ['Автор: Ирина Вольская', 'author', 'Ирина Вольская'],
  ['By John Smith', 'author', 'John Smith'],
  ['BY JOHN SMITH', 'author', 'JOHN SMITH'],
  ['By Mira Kestrel and Anselm Tarrow', 'author', 'Mira Kestrel and Anselm Tarrow'],
  ['Переводчик: Ирина Вольская', 'translator', 'Ирина Вольская'],
  ['Translated by Mira Kestrel', 'translator', 'Mira Kestrel'],
  ['  Фото: Ақорда.  ', 'photo', 'Ақорда'],
];

const NOT_CREDITS: readonly string[] = [
  'By 2033, the AI market will reach 5 trillion dollars.',
  'By then, the talks were over.',
  'By the way',
  'By contrast, Veloria voted against the motion.',
  'Photographs of the summit were shown.',
  'Фотография',
  'Фото дня',
  'Источник',
  '国家元首认为，加强经贸与投资合作至关重要。',
  '图书馆开放了。',
  'Source: the ministry said the talks would go on? nobody knows',
  `Фото: ${'очень длинная подпись '.repeat(5)}`,
  'Photo:',
  '',
];

describe('credit lines', () => {
  it.each(CREDITS)('%s → %s %s', (line, role, name) => {
    expect(matchCreditLine(line)).toEqual([{ role, name, raw: line.trim() }]);
  });

  it.each(NOT_CREDITS)('not a credit: %s', (line) => {
    expect(matchCreditLine(line)).toBeUndefined();
  });

  it('reads several credits on one line', () => {
    expect(matchCreditLine('(Reporting by Mira Kestrel; Editing by Anselm Tarrow)')).toEqual([
      { role: 'author', name: 'Mira Kestrel', raw: '(Reporting by Mira Kestrel; Editing by Anselm Tarrow)' },
      { role: 'editor', name: 'Anselm Tarrow', raw: '(Reporting by Mira Kestrel; Editing by Anselm Tarrow)' },
    ]);
    expect(matchCreditLine('【编辑：某甲】【责任编辑：某乙】')?.map((c) => [c.role, c.name])).toEqual([
      ['editor', '某甲'],
      ['editor', '某乙'],
    ]);
  });

  it('only ever lifts whole lines, and keeps a credit stated twice once', () => {
    const text = 'Фото: Ақорда\n\nThe talks went on. Фото: Ақорда\n\nФото: Ақорда\nPhoto: Akorda';
    const article = ingestText(text, 'mem');
    expect(article.body).toBe('The talks went on. Фото: Ақорда');
    expect(article.credits).toEqual([
      { role: 'photo', name: 'Ақорда', raw: 'Фото: Ақорда' },
      { role: 'photo', name: 'Akorda', raw: 'Photo: Akorda' },
    ]);
  });

  it('leaves a sentence that starts with By in the body', () => {
    const text = 'By 2033, the market will double, the fictional minister said.\n\nBy Mira Kestrel';
    const article = ingestText(text, 'mem');
    expect(article.body).toBe('By 2033, the market will double, the fictional minister said.');
    expect(article.credits).toEqual([{ role: 'author', name: 'Mira Kestrel', raw: 'By Mira Kestrel' }]);
  });
});

describe('credit packs', () => {
  it('every language pack has a credits part', async () => {
    const packs = await loadPacks();
    expect(packs.all('credits').map(([code]) => code)).toEqual(packs.codes);
    expect(packs.codes).toEqual(expect.arrayContaining(['en', 'kk', 'ru', 'zh']));
  });

  it('no word credits two different roles across packs', async () => {
    const packs = await loadPacks();
    const roleOf = new Map<string, string>();
    for (const [code, pack] of packs.all('credits')) {
      for (const cue of pack.credits) {
        for (const word of cue.words) {
          const key = word.toLowerCase();
          const seen = roleOf.get(key);
          expect(seen === undefined || seen === cue.role, `${code}: ${word} is ${cue.role} here, ${seen} elsewhere`).toBe(true);
          roleOf.set(key, cue.role);
        }
      }
    }
  });
});
