/**
 * Whatever the text, the stage returns a valid record whose mentions are in order, apart, and
 * listed once in `entities`; and adversarial texts (long name chains, runs of titles, pronouns,
 * capitalised words, endless suffixes) take time linear in their length.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/record/article-record.js';
import { readExample } from '../support/extract-text.js';
import { entitiesExtractor, entitiesOf } from './entities-support.js';

const ENTITY_ID = /^(person|country|organization|place|initiative|event):[^\s]+$/;

function expectWellFormed(record: ArticleRecord): void {
  for (let i = 0; i < record.mentions.length; i++) {
    const m = record.mentions[i]!;
    expect(record.text.slice(m.start, m.end)).toBe(m.text);
    expect(m.entity).toMatch(ENTITY_ID);
    if (i > 0) expect(m.start).toBeGreaterThanOrEqual(record.mentions[i - 1]!.end);
  }
  const listed = record.entities.map((e) => e.id);
  expect(new Set(listed).size).toBe(listed.length);
  expect(new Set(listed)).toEqual(new Set(record.mentions.map((m) => m.entity)));
}

const pieces = ['txt', 'ru.txt', 'en.txt', 'kk.txt']
  .flatMap((ext) => readExample(`000_57bb135459f8ca34.${ext}`).split(/(?<=[。，、,.;—])/u).slice(0, 60));

const piece = fc.oneof(
  fc.constantFrom(...pieces),
  fc.constantFrom('总统', '国家元首', '他', '他们', '其他', '·', '・', '阿尔维德', '卡伦', '托卡耶夫', '哈萨克斯坦', '主席'),
  fc.constantFrom('Президент', 'Президента ', 'Глава государства', 'Он', 'он', 'по его словам', 'Янович', 'Каллен', 'Казахстана'),
  fc.constantFrom('President', 'The Head of State', 'He', 'his', 'Kazakh', "Kazakhstan's", ' of ', 'Arvid', 'Kallen', 'Turkey'),
  fc.constantFrom('Мемлекет басшысы', 'Ол', 'ШЫҰ-ның', 'Қазақстан', 'Президенті', '-', "'", '’', ' ', '\n\n', '. '),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

describe('any text', () => {
  it('gives a well-formed record', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(piece, { maxLength: 50 }), fc.constantFrom(null, '2025-09-01', '2015-01-01'), fc.constantFrom(undefined, 'zh', 'ru', 'en', 'kk'),
      async (parts, date, lang) => expectWellFormed(await entitiesOf(parts.join(''), { date, ...(lang ? { lang } : {}) })),
    ), { numRuns: 300 });
  });
});

const ADVERSARIAL: Readonly<Record<string, (n: number) => string>> = {
  'a chain of dotted names': (n) => '阿尔·'.repeat(n),
  'titles back to back': (n) => '总统'.repeat(n),
  'Russian titles and capitalised words': (n) => 'Президент Валдории Арвид Янович '.repeat(n),
  'English titles with of': (n) => 'President of President of '.repeat(n),
  'pronouns of the wrong gender': (n) => `Министр Ирена Яновна Острова. ${'Он сказал. '.repeat(n)}`,
  'one endless word': (n) => `Қазақстан${'ның'.repeat(n)}`,
  'endless suffix chains after hyphens': (n) => 'ШЫҰ-ның-ның '.repeat(n),
  'capitalised words': (n) => 'Арвид Каллен Янович '.repeat(n),
  'surnames after a known name': (n) => `瓦尔多利亚总统阿尔维德·卡伦。${'卡伦、'.repeat(n)}`,
};

describe('adversarial texts', () => {
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    it(`stay linear: ${name}`, async () => {
      const extractor = await entitiesExtractor();
      // The entities stage's own time, from the extractor's profile (the other stages are not under test).
      const entitiesMs = (body: string) => {
        const profile = new Map<string, number>();
        const record = extractor.extract(
          { source: 'test', url: null, title: null, date: '2025-09-01', lang: null, body, credits: [] }, { profile });
        return { record, ms: profile.get('entities') ?? 0 };
      };
      const small = make(2_000);
      const large = make(16_000);
      entitiesMs(small);
      const smallMs = entitiesMs(small).ms;
      const { record, ms: largeMs } = entitiesMs(large);
      // Eight times the text: allow up to 30 times the time (noise), well below quadratic (64×).
      expect(largeMs).toBeLessThan(Math.max(30 * smallMs, 300));
      expect(largeMs).toBeLessThan(5_000);
      expectWellFormed(record);
    });
  }
});
