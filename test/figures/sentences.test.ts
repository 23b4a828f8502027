/**
 * Figures in whole sentences, with fictional countries and people: the subject a figure measures,
 * the time it refers to, and the approximation in its span. One sentence per case and language.
 */
import { describe, expect, it } from 'vitest';
import { extractIn } from './extract-in.js';

const DATE = '2025-09-01';

interface Case {
  readonly lang: 'zh' | 'ru' | 'en' | 'kk';
  readonly sentence: string;
  readonly figure: string;
  readonly subject?: string;
  readonly time?: string;
}

const CASES: readonly Case[] = [
  { lang: 'en', sentence: 'Trade between Valdoria and Marenia has grown steadily, and last year it exceeded $12 billion.',
    figure: 'exceeded $12 billion', subject: 'Trade between Valdoria and Marenia', time: '2024' },
  { lang: 'en', sentence: 'Valdorian exports reached $3 billion in 2024.', figure: '$3 billion', subject: 'Valdorian exports', time: '2024' },
  { lang: 'en', sentence: 'President Arvid Kallen said the Ostrenian Union fund holds about $2 billion.', figure: 'about $2 billion',
    subject: 'the Ostrenian Union fund' },
  { lang: 'ru', sentence: 'Министр Ирена Острова заявила, что бюджет фонда составил 2 млрд долларов.', figure: '2 млрд долларов',
    subject: 'бюджет фонда' },
  { lang: 'zh', sentence: '瓦尔多利亚与马雷尼亚的贸易额稳步增长，去年超过120亿美元。',
    figure: '超过120亿美元', subject: '瓦尔多利亚与马雷尼亚的贸易额', time: '2024' },
  { lang: 'zh', sentence: '到2030年，奥斯特雷尼亚联盟的投资规模将达到300亿美元。', figure: '300亿美元', subject: '奥斯特雷尼亚联盟的投资规模', time: '2030' },
  { lang: 'ru', sentence: 'Товарооборот Валдории и Марении неуклонно растет, в прошлом году он превысил 12 млрд долларов.',
    figure: 'превысил 12 млрд долларов', subject: 'Товарооборот Валдории и Марении', time: '2024' },
  { lang: 'ru', sentence: 'К 2030 году объем инвестиций Остренийского союза достигнет 30 млрд долларов.',
    figure: '30 млрд долларов', subject: 'объем инвестиций Остренийского союза', time: '2030' },
  { lang: 'kk', sentence: 'Валдория мен Марения арасындағы тауар айналымы тұрақты өсіп келеді, өткен жылы ол 12 млрд доллардан асты.',
    figure: '12 млрд доллардан асты', subject: 'Валдория мен Марения арасындағы тауар айналымы', time: '2024' },
];

describe('figures in sentences', () => {
  it.each(CASES)('$lang: $figure', async ({ lang, sentence, figure, subject, time }) => {
    const record = await extractIn(lang, sentence, DATE);
    const found = record.figures.find((f) => f.text === figure);
    expect(found, JSON.stringify(record.figures)).toBeDefined();
    expect(found!.subject?.text).toBe(subject);
    expect(found!.time).toBe(time);
  });

  it('links no time across sentences and no duration or set as a time', async () => {
    const record = await extractIn('en', 'Last year was hard. Exports reached $3 billion annually over ten years.', DATE);
    expect(record.figures.find((f) => f.unit === 'USD')?.time).toBeUndefined();
  });

  it('reads nothing when there is no article date to resolve against', async () => {
    const record = await extractIn('en', 'Last year trade exceeded $12 billion.', null);
    expect(record.times).toEqual([]);
    expect(record.figures.map((f) => [f.value, f.time])).toEqual([[1.2e10, undefined]]);
  });
});
