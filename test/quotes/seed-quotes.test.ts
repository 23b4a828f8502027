/**
 * The seed and its translations through the real ingest and the whole pipeline: the ten dash-led
 * (or marked) quotes and the ten reported statements, all Tokayev's, the same in every language.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/record/article-record.js';
import { extractExample } from '../support/extract-text.js';

const TOKAYEV = 'person:kassym-jomart-tokayev';

const SEEDS = {
  zh: { file: '000_57bb135459f8ca34.txt', directCue: ['说'], reportedCues: ['指出', '强调', '表示', '认为'] },
  ru: { file: '000_57bb135459f8ca34.ru.txt', directCue: ['сказал'], reportedCues: ['отметил', 'подчеркнул', 'заявил', 'считает'] },
  en: { file: '000_57bb135459f8ca34.en.txt', directCue: ['said'], reportedCues: ['noted', 'stressed', 'said', 'believes'] },
  kk: { file: '000_57bb135459f8ca34.kk.txt', directCue: ['деді'], reportedCues: ['атап өтті', 'атап көрсетті', 'айтты', 'деп санайды'] },
} as const;

const records = new Map<string, Promise<ArticleRecord>>();
const seed = (lang: keyof typeof SEEDS) => {
  if (!records.has(lang)) records.set(lang, extractExample(SEEDS[lang].file));
  return records.get(lang)!;
};

describe('seed quotes', () => {
  for (const lang of Object.keys(SEEDS) as (keyof typeof SEEDS)[]) {
    it(`${lang}: exactly ten direct quotes and ten reported statements, all Tokayev's`, async () => {
      const record = await seed(lang);
      const direct = record.quotes.filter((q) => q.kind === 'direct');
      const reported = record.quotes.filter((q) => q.kind === 'reported');
      expect(direct).toHaveLength(10);
      expect(reported).toHaveLength(10);
      expect(new Set(record.quotes.map((q) => q.speaker))).toEqual(new Set([TOKAYEV]));
      expect(new Set(direct.map((q) => q.cue?.text))).toEqual(new Set(SEEDS[lang].directCue));
      for (const q of reported) expect(SEEDS[lang].reportedCues).toContain(q.cue?.text);
      // The attribution is not part of the words, and no quote swallows its neighbour.
      for (const q of direct) expect(q.text).not.toMatch(/托卡耶夫说|сказал Токаев|Tokayev said|деді Тоқаев/);
      for (const q of record.quotes) expect(q.text).not.toContain('\n');
    });
  }

  it('gives the same quotes in the same order in every translation', async () => {
    const shapes = await Promise.all((Object.keys(SEEDS) as (keyof typeof SEEDS)[]).map(async (lang) =>
      (await seed(lang)).quotes.map((q) => `${q.kind}:${q.speaker}`)));
    for (const shape of shapes.slice(1)) expect(shape).toEqual(shapes[0]);
  });

  it('leaves scare quotes and titles inside the quotes, not as quotes of their own', async () => {
    const zh = await seed('zh');
    expect(zh.quotes.some((q) => q.text === '三股势力' || q.text === '上海精神')).toBe(false);
    expect(zh.quotes.some((q) => q.text.includes('《上合组织未来10年发展战略》'))).toBe(true);
    const ru = await seed('ru');
    expect(ru.quotes.some((q) => q.text === 'Шанхайского духа' || q.text === 'трех зол')).toBe(false);
  });
});
