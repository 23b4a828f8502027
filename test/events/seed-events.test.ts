/** The events of the seed and of its Russian, English and Kazakh translations. */
import { describe, expect, it } from 'vitest';
import { seedRecord } from '../stances/seed-pipeline.js';

const LEADERS = [
  'person:xi-jinping', 'person:narendra-modi', 'person:alexander-lukashenko', 'person:masoud-pezeshkian',
  'person:sadyr-japarov', 'person:shehbaz-sharif', 'person:vladimir-putin', 'person:emomali-rahmon',
  'person:shavkat-mirziyoyev',
];

for (const [lang, suffix] of [['zh', ''], ['ru', '.ru'], ['en', '.en'], ['kk', '.kk']] as const) {
  describe(`seed events (${lang})`, () => {
    it('the SCO Tianjin summit of 2025-09-01, with the nine leaders and Tokayev', async () => {
      const { events } = await seedRecord(suffix);
      const summit = events.find((e) => e.id === 'event:sco-summit-2025-09-01-tianjin');
      expect(summit, JSON.stringify(events, null, 1)).toMatchObject({
        type: 'summit', organization: 'organization:sco', place: 'place:tianjin', date: '2025-09-01',
      });
      expect([...summit!.participants].sort()).toEqual([...LEADERS, 'person:kassym-jomart-tokayev'].sort());
    });

    it('the first forum of heads of SCO ports and logistics centres, Aktau, 2025-11', async () => {
      const { events } = await seedRecord(suffix);
      expect(events.find((e) => e.id === 'event:sco-forum-2025-11-aktau'), JSON.stringify(events, null, 1)).toMatchObject({
        type: 'forum', organization: 'organization:sco', place: 'place:aktau', date: '2025-11',
      });
    });

    it('the high-level AI conference of 2027', async () => {
      const { events } = await seedRecord(suffix);
      const conference = events.find((e) => e.date === '2027');
      expect(conference, JSON.stringify(events, null, 1)).toBeDefined();
      expect(['conference', 'meeting']).toContain(conference!.type);
    });

    it('the meeting in Astana within the Digital Bridge forum', async () => {
      const { events } = await seedRecord(suffix);
      const forum = events.find((e) => e.id === 'event:forum-astana');
      expect(forum, JSON.stringify(events, null, 1)).toMatchObject({ type: 'forum', place: 'place:astana' });
      expect(forum!.span?.text).toMatch(/数字桥|Digital Bridge|Цифровой мост|Цифрлық көпір/u);
    });

    it('no event from `as a productive forum` and none from CICA (亚信会议)', async () => {
      const { events } = await seedRecord(suffix);
      expect(events.filter((e) => e.type === 'summit')).toHaveLength(1);
      expect(events.every((e) => !/亚信|CICA|СВМДА|АӨСШК/u.test(e.name ?? ''))).toBe(true);
      expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    });
  });
}
