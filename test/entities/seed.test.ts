/**
 * The seed and its faithful translations through the real ingest: every entity the issue lists is
 * resolved, every bare title and pronoun that stands for Tokayev points to him, and the nine
 * participants of the last paragraph each get their mention.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/record/article-record.js';
import { entitiesOfExample } from './entities-support.js';

type PackCode = 'zh' | 'ru' | 'en' | 'kk';

const TOKAYEV = 'person:kassym-jomart-tokayev';
const PARTICIPANTS = [
  'person:xi-jinping', 'person:narendra-modi', 'person:alexander-lukashenko', 'person:masoud-pezeshkian',
  'person:sadyr-japarov', 'person:shehbaz-sharif', 'person:vladimir-putin', 'person:emomali-rahmon',
  'person:shavkat-mirziyoyev',
];
const REQUIRED = [
  TOKAYEV, ...PARTICIPANTS, 'country:kz', 'country:cn', 'country:kg', 'country:af', 'organization:sco',
  'organization:un', 'organization:cica', 'place:tianjin', 'place:astana', 'place:almaty', 'place:aktau',
];

interface SeedCase {
  readonly file: string;
  readonly surname: string;
  /** The bare titles and pronouns that stand for Tokayev in this rendering, and how often each occurs so. */
  readonly tokayevReferences: Readonly<Record<string, number>>;
  /** Surfaces that occur but must not be mentions (a pronoun standing for a thing). */
  readonly notMentions?: readonly RegExp[];
}

const SEEDS: Record<PackCode, SeedCase> = {
  zh: { file: '000_57bb135459f8ca34.txt', surname: '托卡耶夫', tokayevReferences: { 国家元首: 4, 总统: 1, 他: 3 } },
  ru: {
    file: '000_57bb135459f8ca34.ru.txt',
    surname: 'Токаев',
    tokayevReferences: { 'Глава государства': 4, Президент: 1, Он: 3 },
    notMentions: [/ он достиг/, / ее объем/, /а его доля/],
  },
  en: { file: '000_57bb135459f8ca34.en.txt', surname: 'Tokayev', tokayevReferences: { 'Head of State': 4, President: 1, He: 3 } },
  kk: {
    file: '000_57bb135459f8ca34.kk.txt',
    surname: 'Тоқаев',
    tokayevReferences: { 'Мемлекет басшысы': 4, Президент: 1, Ол: 3 },
    notMentions: [/ ол 70 млрд/, /оның көлемі/],
  },
};

/** The closing list: the paragraph of the last person mentioned. */
function lastParagraph(r: ArticleRecord) {
  const last = [...r.mentions].reverse().find((m) => m.entity.startsWith('person:'))!;
  return r.paragraphs.find((p) => p.start <= last.start && last.end <= p.end)!;
}

for (const [lang, seed] of Object.entries(SEEDS) as Array<[PackCode, SeedCase]>) {
  describe(`the seed in ${lang}`, () => {
    const record = entitiesOfExample(seed.file);

    it('resolves every entity the issue lists', async () => {
      const ids = new Set((await record).mentions.map((m) => m.entity));
      expect(REQUIRED.filter((id) => !ids.has(id))).toEqual([]);
    });

    it('gives each of the nine participants a mention in the closing list', async () => {
      const r = await record;
      const list = lastParagraph(r);
      const inList = r.mentions.filter((m) => m.start >= list.start && m.end <= list.end).map((m) => m.entity);
      expect(PARTICIPANTS.filter((id) => !inList.includes(id))).toEqual([]);
    });

    it('resolves each bare title and pronoun that stands for Tokayev to him', async () => {
      const r = await record;
      for (const [surface, count] of Object.entries(seed.tokayevReferences)) {
        const found = r.mentions.filter((m) => m.text === surface);
        expect(found.map((m) => m.entity), surface).toEqual(Array(count).fill(TOKAYEV));
      }
    });

    it('names Tokayev by his surname throughout, and by nobody else', async () => {
      const r = await record;
      const tokayev = r.mentions.filter((m) => m.entity === TOKAYEV);
      expect(tokayev.length).toBeGreaterThanOrEqual(20);
      const bySurname = r.mentions.filter((m) => m.text === seed.surname);
      expect(bySurname.length).toBe(r.text.split(seed.surname).length - 1);
      expect(new Set(bySurname.map((m) => m.entity))).toEqual(new Set([TOKAYEV]));
      expect(new Set(tokayev.map((m) => m.via))).toEqual(new Set(['alias', 'coref']));
      const entity = r.entities.find((e) => e.id === TOKAYEV)!;
      expect(Object.keys(entity.names).sort()).toEqual(['en', 'kk', 'ru', 'zh', 'zh-Hant']);
      expect(entity.roles?.some((role) => role.role === 'president' && role.of === 'country:kz')).toBe(true);
    });

    it('leaves pronouns that stand for things alone', async () => {
      const r = await record;
      for (const pattern of seed.notMentions ?? []) {
        const at = r.text.search(pattern);
        expect(at, String(pattern)).toBeGreaterThanOrEqual(0);
        const end = at + r.text.match(pattern)![0].length;
        expect(r.mentions.filter((m) => m.start >= at && m.end <= end && m.entity.startsWith('person:'))).toEqual([]);
      }
    });

    it('lists each mentioned entity once, and keeps mentions apart and in order', async () => {
      const r = await record;
      expect(new Set(r.entities.map((e) => e.id))).toEqual(new Set(r.mentions.map((m) => m.entity)));
      expect(r.entities.length).toBe(new Set(r.entities.map((e) => e.id)).size);
      for (let i = 1; i < r.mentions.length; i++) expect(r.mentions[i]!.start).toBeGreaterThanOrEqual(r.mentions[i - 1]!.end);
    });
  });
}

describe('the English seed', () => {
  it('reads his in "thank President Xi Jinping for his efforts" as Xi, and in "Concluding his speech, Tokayev" as Tokayev', async () => {
    const r = await entitiesOfExample('000_57bb135459f8ca34.en.txt');
    expect(r.mentions.filter((m) => m.text === 'his').map((m) => m.entity)).toEqual(['person:xi-jinping', TOKAYEV]);
  });
});
