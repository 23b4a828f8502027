/**
 * Whatever text arrives, extraction returns a valid record and every span slices back to its
 * text. Random strings are built from pieces that stress the stages: quote marks, dashes, digits
 * with scales, Han, Cyrillic (with Kazakh letters), Latin, line breaks and surrogate pairs.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { extractText, readExample } from '../support/extract-text.js';

const seed = readExample('000_57bb135459f8ca34.txt');
const seedPieces = seed.split(/(?<=[。，、：；])/u).slice(0, 120);

const piece = fc.oneof(
  fc.constantFrom(...seedPieces),
  fc.constantFrom('“', '”', '«', '»', '„', '"', '「', '」', '《', '》', '—', '-', '–', ':', '：', '\n', '\n\n', ' ', '。', '.', '?»'),
  fc.constantFrom('6500亿美元', '1,5 трлн', '$650 bln', '30%', '150多个', 'в прошлом году', 'last year', '2027年', '今年8月'),
  fc.constantFrom('托卡耶夫说', 'сказал Токаев', 'Tokayev said', 'деді Тоқаев', '他指出', 'он', 'he'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const article = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

describe('extraction on random input', () => {
  it('never throws and keeps every span equal to its slice of text', async () => {
    await fc.assert(fc.asyncProperty(article, fc.constantFrom(null, '2025-09-01'), async (body, date) => {
      await extractText(body, { date });
    }), { numRuns: 300 });
  });

  it('does the same when the language is forced', async () => {
    await fc.assert(fc.asyncProperty(article, fc.constantFrom('zh', 'zh-Hant', 'ru', 'kk', 'en'), async (body, lang) => {
      await extractText(body, { date: '2025-09-01', lang });
    }), { numRuns: 150 });
  });
});
