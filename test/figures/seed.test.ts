/**
 * The seed and its faithful translations, through the real ingest: every figure and every time
 * with its value, as issue 5 lists them, and the same values in Russian, English and Kazakh (and
 * in traditional Chinese, converted from the seed).
 */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, FigureRecord } from '../../src/record/article-record.js';
import { extractExample, extractText, readExample, SEED_DATE } from '../support/extract-text.js';

type Lang = 'zh' | 'zh-Hant' | 'ru' | 'en' | 'kk';

interface SeedFigure {
  readonly value: number;
  readonly unit: string;
  readonly kind: string;
  readonly approx: string;
  readonly time?: string;
  readonly text: Readonly<Record<Lang, string>>;
  /** The subject, where the issue or a clear reading fixes it. */
  readonly subject?: Readonly<Partial<Record<Lang, string>>>;
}

// In reading order; the same ten figures in every language.
const FIGURES: readonly SeedFigure[] = [
  { value: 80, unit: 'anniversary', kind: 'anniversary', approx: 'exact',
    text: { zh: '80周年', 'zh-Hant': '80週年', ru: '80-летием', en: '80th anniversary', kk: '80 жылдығына' } },
  { value: 4, unit: 'count', kind: 'count', approx: 'exact',
    text: { zh: '四个', 'zh-Hant': '四個', ru: 'четырех', en: 'four', kk: 'төрт' },
    subject: { zh: '安全中心', ru: 'центров', en: 'security centres', kk: 'қауіпсіздік орталығын' } },
  { value: 30, unit: 'percent', kind: 'percent', approx: 'exact',
    text: { zh: '30%', 'zh-Hant': '30%', ru: '30%', en: '30%', kk: '30%-ға' },
    subject: { zh: '成员国在全球国内生产总值中的份额', en: "the member states' share of global GDP", ru: 'доля государств-членов в мировом ВВП' } },
  { value: 6.5e11, unit: 'USD', kind: 'money', approx: 'more_than', time: '2024',
    text: { zh: '超过6500亿美元', 'zh-Hant': '超過6500億美元', ru: 'более 650 млрд долларов', en: 'more than $650 billion', kk: '650 млрд доллардан асты' },
    subject: { zh: '区域内贸易', 'zh-Hant': '區域內貿易', en: 'Intra-regional trade', ru: 'Торговля внутри региона', kk: 'Өңір ішіндегі сауда' } },
  { value: 7e10, unit: 'USD', kind: 'money', approx: 'about', time: '2024',
    text: { zh: '接近700亿美元', 'zh-Hant': '接近700億美元', ru: 'почти 70 млрд долларов', en: 'nearly $70 billion', kk: '70 млрд долларға жуық' },
    subject: { zh: '哈萨克斯坦与成员国的贸易额', en: "Kazakhstan's trade with the member states" } },
  { value: 150, unit: 'count', kind: 'count', approx: 'more_than',
    text: { zh: '150多个', 'zh-Hant': '150多個', ru: 'более 150', en: 'more than 150', kk: '150-ден астам' },
    subject: { zh: '国家', 'zh-Hant': '國家', ru: 'стран', en: 'countries', kk: 'ел' } },
  { value: 1.5e12, unit: 'USD', kind: 'money', approx: 'up_to',
    text: { zh: '高达1.5万亿美元', 'zh-Hant': '高達1.5萬億美元', ru: 'до 1,5 трлн долларов', en: 'up to $1.5 trillion', kk: '1,5 трлн долларға дейін' },
    subject: { zh: '这一全球性倡议', en: 'This global initiative' } },
  { value: 5e12, unit: 'USD', kind: 'money', approx: 'exact', time: '2033',
    text: { zh: '5万亿美元', 'zh-Hant': '5萬億美元', ru: '5 трлн долларов', en: '$5 trillion', kk: '5 трлн долларға' },
    subject: { zh: '人工智能市场规模', en: 'the artificial intelligence market' } },
  // The second 30% shares its sentence with 到2033年 (By 2033, …): it is a share by 2033.
  { value: 30, unit: 'percent', kind: 'percent', approx: 'exact', time: '2033',
    text: { zh: '30%', 'zh-Hant': '30%', ru: '30%', en: '30%', kk: '30%-ға' } },
  // 明年是上合组织成立25周年: the anniversary falls next year.
  { value: 25, unit: 'anniversary', kind: 'anniversary', approx: 'exact', time: '2026',
    text: { zh: '25周年', 'zh-Hant': '25週年', ru: '25-летие', en: '25th anniversary', kk: '25 жылдығы' } },
];

// [value, text] per language, in reading order (ingest lifts the leading `date` line).
const TIMES: Readonly<Record<Lang, ReadonlyArray<readonly [string, string]>>> = {
  zh: [['2025-09-01', '今天'], ['2025-09-01', '今天'], ['2025-08', '今年8月'], ['2024', '去年'], ['2024', '去年'], ['P1Y', '每年'],
    ['2025-11', '11月'], ['2033', '到2033年'], ['2027', '2027年'], ['2026', '明年'], ['2026', '明年'], ['2025-09-01', '今天']],
  'zh-Hant': [['2025-09-01', '今天'], ['2025-09-01', '今天'], ['2025-08', '今年8月'], ['2024', '去年'], ['2024', '去年'], ['P1Y', '每年'],
    ['2025-11', '11月'], ['2033', '到2033年'], ['2027', '2027年'], ['2026', '明年'], ['2026', '明年'], ['2025-09-01', '今天']],
  en: [['2025-09-01', 'today'], ['2025-09-01', 'today'], ['2025-08', 'August this year'], ['2024', 'last year'], ['2024', 'last year'],
    ['P1Y', 'a year'], ['2025-11', 'November'], ['2033', 'By 2033'], ['2027', '2027'], ['2026', 'Next year'], ['2026', 'next year'], ['2025-09-01', 'today']],
  ru: [['2025-09-01', 'сегодня'], ['2025-09-01', 'сегодня'], ['2025-08', 'августе этого года'], ['2024', 'прошлом году'], ['2024', 'прошлом году'],
    ['P1Y', 'ежегодно'], ['2025-11', 'ноябре'], ['2033', 'К 2033 году'], ['2027', '2027 году'], ['2026', 'следующем году'], ['2026', 'следующем году'],
    ['2025-09-01', 'сегодняшний']],
  kk: [['2025-09-01', 'Бүгін'], ['2025-09-01', 'бүгінгі'], ['2025-08', 'Биылғы тамызда'], ['2024', 'өткен жылы'], ['2024', 'өткен жылы'],
    ['P1Y', 'жыл сайын'], ['2025-11', 'қарашада'], ['2033', '2033 жылға қарай'], ['2027', '2027 жылы'], ['2026', 'Келесі жылы'], ['2026', 'келесі жылы'],
    ['2025-09-01', 'бүгінгі']],
};

const EXAMPLES: Readonly<Record<Exclude<Lang, 'zh-Hant'>, string>> = {
  zh: '000_57bb135459f8ca34.txt', ru: '000_57bb135459f8ca34.ru.txt', en: '000_57bb135459f8ca34.en.txt', kk: '000_57bb135459f8ca34.kk.txt',
};

async function seedRecord(lang: Lang): Promise<ArticleRecord> {
  if (lang !== 'zh-Hant') return extractExample(EXAMPLES[lang]);
  const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(readExample(EXAMPLES.zh).replace(/^ date \S+ /, ''));
  return extractText(traditional, { date: SEED_DATE });
}

const summary = (f: FigureRecord) => ({ value: f.value, unit: f.unit, kind: f.kind, approx: f.approx, time: f.time, text: f.text });

describe.each(['zh', 'zh-Hant', 'ru', 'en', 'kk'] as const)('seed (%s)', (lang) => {
  it('has every figure with its value, unit, approximation and time, and no other', async () => {
    const record = await seedRecord(lang);
    expect(record.figures.map(summary)).toEqual(FIGURES.map((f) => ({
      value: f.value, unit: f.unit, kind: f.kind, approx: f.approx, time: f.time, text: f.text[lang],
    })));
  });

  it('finds the subjects the figures measure', async () => {
    const record = await seedRecord(lang);
    for (const [i, f] of FIGURES.entries()) {
      const expected = f.subject?.[lang];
      if (expected) expect(record.figures[i]?.subject?.text, f.text[lang]).toBe(expected);
    }
  });

  it('has every time with its TIMEX3 value', async () => {
    const record = await seedRecord(lang);
    expect(record.times.map((t) => [t.value, t.text])).toEqual(TIMES[lang]);
    expect(record.times.filter((t) => t.value === 'P1Y').map((t) => t.type)).toEqual(['SET']);
  });

  it('reads nothing inside the title of the ten-year strategy', async () => {
    const record = await seedRecord(lang);
    const title = /《[^》]*》|“SCO Development Strategy[^”]*”|«Стратегия развития ШОС[^»]*»|«ШЫҰ-ның алдағы[^»]*»/u.exec(record.text);
    expect(title).not.toBeNull();
    const [start, end] = [title!.index, title!.index + title![0].length];
    const inside = (s: { start: number; end: number }) => s.start < end && s.end > start;
    expect(record.figures.filter(inside)).toEqual([]);
    expect(record.times.filter(inside)).toEqual([]);
  });
});
