/**
 * The founding example through the real entry point: the leading `date` line, the Kazakh and
 * English photo credits inside the Chinese body, the compiler credit at the end. The project's
 * Russian, English and Kazakh renderings of the seed must ingest alike.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestPath } from '../../src/ingest/index.js';
import { onlyArticle, SEED_PATH, translationPath } from './ingest-helpers.js';

const CREDIT_LINES = ['Фото: Ақорда', 'Photo credit: Akorda', '【编译：阿遥】', 'Compiled by: 阿遥', 'Составитель: 阿遥', 'Құрастырған: 阿遥'];

describe('the seed', () => {
  it('lifts the leading date, glued to the first sentence', async () => {
    const article = onlyArticle(await ingestPath(SEED_PATH));
    expect(article.date).toBe('2025-09-01');
    expect(article.body.startsWith('国家元首感谢')).toBe(true);
    expect(article.body).not.toContain('date 2025');
  });

  it('lifts the photo and compiler credits, once each, in order of appearance', async () => {
    const article = onlyArticle(await ingestPath(SEED_PATH));
    expect(article.credits).toEqual([
      { role: 'photo', name: 'Ақорда', raw: 'Фото: Ақорда' },
      { role: 'photo', name: 'Akorda', raw: 'Photo credit: Akorda' },
      { role: 'compiler', name: '阿遥', raw: '【编译：阿遥】' },
    ]);
    for (const line of CREDIT_LINES) expect(article.body).not.toContain(line);
  });

  it('keeps every other paragraph, separated by one blank line', async () => {
    const article = onlyArticle(await ingestPath(SEED_PATH));
    const source = readFileSync(SEED_PATH, 'utf8');
    const sourceParagraphs = source.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '');
    const bodyParagraphs = article.body.split('\n\n');
    // Four credit paragraphs leave; the first loses only its date marker.
    expect(bodyParagraphs).toHaveLength(sourceParagraphs.length - 4);
    expect(article.body).not.toMatch(/\n{3}/);
    expect(article.body).toBe(article.body.trim());
    expect(bodyParagraphs.at(-1)).toMatch(/出席会议并发表讲话。$/);
    expect(article).toMatchObject({ source: SEED_PATH, url: null, title: null, lang: null });
    expect(article.dateline).toBeUndefined();
  });
});

describe.each([
  ['ru', 'Глава государства поблагодарил', 'Составитель: 阿遥'],
  ['en', 'The Head of State thanked', 'Compiled by: 阿遥'],
  ['kk', 'Мемлекет басшысы', 'Құрастырған: 阿遥'],
] as const)('the seed in %s', (lang, opening, compilerLine) => {
  const path = translationPath(lang);
  it.skipIf(path === undefined)('ingests like the original', async () => {
    const article = onlyArticle(await ingestPath(path!));
    expect(article.date).toBe('2025-09-01');
    expect(article.body.startsWith(opening)).toBe(true);
    expect(article.credits).toEqual([
      { role: 'photo', name: 'Ақорда', raw: 'Фото: Ақорда' },
      { role: 'photo', name: 'Akorda', raw: 'Photo credit: Akorda' },
      { role: 'compiler', name: '阿遥', raw: compilerLine },
    ]);
    for (const line of CREDIT_LINES) expect(article.body).not.toContain(line);
  });
});
