/**
 * Event corpora per language: fictional reports (Valdoria, Marenia, the Ostrenian Union) over
 * hand-built layers, reference date 2025-09-01. Each case names the events expected, by id and
 * fields; `[]` is a negative case.
 */
import { describe, expect, it } from 'vitest';
import { eventsStage } from '../../src/extract/events/events-stage.js';
import type { EventRecord } from '../../src/record/article-record.js';
import { handDoc, KALLEN, runStage } from '../stances/hand-doc.js';

const K = KALLEN.id;
const U = 'organization:ostrenian-union';
const VIRPORT = 'place:virport';
const OSTA = 'place:osta';

interface Case {
  readonly text: string;
  readonly mentions: Readonly<Record<string, string>>;
  readonly times?: ReadonlyArray<{ text: string; value: string }>;
  readonly quotes?: ReadonlyArray<{ text: string; speaker: string }>;
  readonly expected: ReadonlyArray<Partial<EventRecord>>;
}

const CASES: Readonly<Record<'zh' | 'en' | 'ru' | 'kk', readonly Case[]>> = {
  zh: [
    {
      text: '瓦尔多利亚总统阿尔维德·卡伦出席了在维尔港举行的奥斯特雷尼亚联盟峰会。',
      mentions: { 阿尔维德·卡伦: K, 维尔港: VIRPORT, 奥斯特雷尼亚联盟: U, 瓦尔多利亚: 'country:valdoria' },
      expected: [{ id: 'event:ostrenian-union-summit-2025-09-01-virport', type: 'summit', organization: U, place: VIRPORT, date: '2025-09-01', participants: [K] }],
    },
    {
      text: '双方商定明年3月在奥斯塔举行首届马雷尼亚—瓦尔多利亚经济论坛。',
      mentions: { 奥斯塔: OSTA },
      times: [{ text: '明年3月', value: '2026-03' }],
      expected: [{ id: 'event:forum-2026-03-osta', type: 'forum', place: OSTA, date: '2026-03', name: '首届马雷尼亚—瓦尔多利亚经济论坛' }],
    },
    {
      // Traditional characters fold to simplified before matching.
      text: '瓦爾多利亞總統阿爾維德·卡倫出席了在維爾港舉行的奧斯特雷尼亞聯盟峰會。',
      mentions: { 阿爾維德·卡倫: K, 維爾港: VIRPORT, 奧斯特雷尼亞聯盟: U },
      expected: [{ id: 'event:ostrenian-union-summit-2025-09-01-virport', type: 'summit', organization: U, place: VIRPORT, participants: [K] }],
    },
    { text: '该平台应当作为一个开放的论坛。', mentions: {}, expected: [] },
  ],
  en: [
    {
      text: 'President Arvid Kallen attended the Ostrenian Union summit in Virport.',
      mentions: { 'Arvid Kallen': K, Virport: VIRPORT, 'Ostrenian Union': U },
      expected: [{ id: 'event:ostrenian-union-summit-2025-09-01-virport', type: 'summit', organization: U, place: VIRPORT, participants: [K] }],
    },
    {
      text: 'The first Valdoria–Marenia Economic Forum will be held in Osta in March next year.',
      mentions: { Osta: OSTA },
      times: [{ text: 'March next year', value: '2026-03' }],
      expected: [{ id: 'event:forum-2026-03-osta', type: 'forum', place: OSTA, date: '2026-03' }],
    },
    {
      text: '“This summit will go down in history as a productive forum,” Kallen said.',
      mentions: { Kallen: K },
      quotes: [{ text: 'This summit will go down in history as a productive forum', speaker: K }],
      expected: [{ type: 'summit', date: '2025-09-01', participants: [K] }],
    },
    { text: 'The forum is open to all.', mentions: {}, expected: [{ type: 'forum' }] },
    { text: 'It serves as a forum for dialogue.', mentions: {}, expected: [] },
  ],
  ru: [
    {
      text: 'Президент Валдории Арвид Каллен принял участие в саммите Остренийского союза в Вирпорте.',
      mentions: { 'Арвид Каллен': K, Вирпорте: VIRPORT, 'Остренийского союза': U, Валдории: 'country:valdoria' },
      expected: [{ id: 'event:ostrenian-union-summit-2025-09-01-virport', type: 'summit', organization: U, place: VIRPORT, participants: [K] }],
    },
    {
      text: 'Первый экономический форум Валдории и Марении пройдет в марте следующего года в Осте.',
      mentions: { Осте: OSTA },
      times: [{ text: 'в марте следующего года', value: '2026-03' }],
      expected: [{ id: 'event:forum-2026-03-osta', type: 'forum', place: OSTA, date: '2026-03' }],
    },
    { text: 'Стороны назвали встречу как плодотворный форум.', mentions: {}, expected: [{ type: 'meeting' }] },
  ],
  kk: [
    {
      text: 'Валдория Президенті Арвид Каллен Вирпортта өткен Острения одағының саммитіне қатысты.',
      mentions: { 'Арвид Каллен': K, Вирпортта: VIRPORT, 'Острения одағының': U },
      expected: [{ id: 'event:ostrenian-union-summit-2025-09-01-virport', type: 'summit', organization: U, place: VIRPORT, participants: [K] }],
    },
    {
      text: 'Келесі жылы наурызда Остада Валдория мен Марения арасындағы алғашқы экономикалық форум өтеді.',
      mentions: { Остада: OSTA },
      times: [{ text: 'Келесі жылы наурызда', value: '2026-03' }],
      expected: [{ id: 'event:forum-2026-03-osta', type: 'forum', place: OSTA, date: '2026-03' }],
    },
    { text: 'Бұл алаң нәтижелі форум ретінде танылды.', mentions: {}, expected: [] },
  ],
};

for (const [lang, cases] of Object.entries(CASES)) {
  describe(`${lang} event corpus`, () => {
    for (const c of cases) {
      it(c.text, async () => {
        const doc = await handDoc({ text: c.text, lang, mentions: c.mentions, entities: [KALLEN], times: c.times ?? [], quotes: c.quotes ?? [] });
        await runStage(eventsStage, doc);
        const events = doc.get('events');
        expect(events, JSON.stringify(events, null, 1)).toHaveLength(c.expected.length);
        c.expected.forEach((want, i) => expect(events[i]).toMatchObject(want));
        for (const e of events) if (e.span) expect(doc.text.slice(e.span.start, e.span.end)).toBe(e.span.text);
      });
    }
  });
}
