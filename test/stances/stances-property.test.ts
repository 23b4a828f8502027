/**
 * Whatever text arrives, the stances and events stages return valid records: every span slices
 * back to its text, every target sits in the text, and nothing throws. Random texts are built from
 * the pieces these stages look for (cues, pronouns, initiative patterns, event nouns, quote marks)
 * in all four languages, mixed with random characters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractText } from '../support/extract-text.js';

const piece = fc.oneof(
  fc.constantFrom('支持', '我们支持', '我还建议', '中国提出的设立', '开发银行的倡议', '不支持', '支持率', '感谢', '祝贺', '呼吁', '高度评价',
    '本次峰会', '首届', '论坛', '会议', '出席会议', '作为一次', '2027年', '11月', '阿克套', '托卡耶夫说'),
  fc.constantFrom('We support ', 'I call on ', "China's initiative to establish ", 'supported by ', 'the first SCO Forum of ',
    'summit', ' as a forum', 'does not support ', 'thanked ', 'Tokayev said', ' and is ready'),
  fc.constantFrom('Мы поддерживаем ', 'инициативу о создании ', 'выдвинутую Китаем ', 'которую поддерживают ', 'саммите ',
    'Форуме руководителей ', 'не поддерживает ', 'благодаря ', 'сказал Токаев'),
  fc.constantFrom('Біз ', 'қолдаймыз', 'құру туралы бастаманы ', 'Қытай ұсынған ', 'форумында ', 'алғашқы ', 'ретінде ', 'деді Тоқаев', 'мен '),
  fc.constantFrom('“', '”', '«', '»', '—', '-', ',', '，', '。', '.', '\n', '\n\n', ' ', ':', '：', '、'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const article = fc.array(piece, { maxLength: 50 }).map((parts) => parts.join(''));

describe('stances and events on random input', () => {
  it('never throw and keep every span equal to its slice of text', async () => {
    await fc.assert(fc.asyncProperty(article, fc.constantFrom(null, '2025-09-01'), fc.constantFrom(undefined, 'zh', 'ru', 'en', 'kk', 'zh-Hant'),
      async (body, date, lang) => {
        const record = await extractText(body, { date, ...(lang ? { lang } : {}) });
        for (const s of record.stances) {
          expect(record.text.slice(s.target.start, s.target.end)).toBe(s.target.text);
          expect(s.target.end).toBeGreaterThan(s.target.start);
        }
        const ids = new Set(record.events.map((e) => e.id));
        expect(ids.size).toBe(record.events.length);
      }), { numRuns: 300 });
  }, 120_000);
});
