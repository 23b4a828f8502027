/**
 * Metadata the text itself carries: the leading `date` marker, agency datelines (every example
 * in dateline-patterns.ts is a test case), and the rule that a dateline's day and month become a
 * date only when the year is known from elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { normalizeDate, yearFromUrl } from '../../src/ingest/calendar-date.js';
import { DATELINE_PATTERNS } from '../../src/ingest/dateline-patterns.js';
import { ingestText } from '../../src/ingest/index.js';

const REST = 'The fictional talks began on Monday.';

describe('leading date marker', () => {
  it.each([
    [' date 2025-09-01 国家元首感谢', '国家元首感谢'],
    ['\uFEFFdate 2025-09-01 国家元首感谢', '国家元首感谢'],
    ['\n\n  date 2025-09-01\n\nFirst paragraph.', 'First paragraph.'],
    ['Date: 2025-09-01\nFirst paragraph.', 'First paragraph.'],
  ])('%j', (text, body) => {
    const article = ingestText(text, 'mem');
    expect(article.date).toBe('2025-09-01');
    expect(article.body).toBe(body);
  });

  it.each([
    'date 2025-13-01 An impossible month.',
    'The date 2025-09-01 is mentioned mid-sentence.',
    'Second line only.\ndate 2025-09-01 too late',
    'date 2025-09-011 glued digits',
  ])('not a marker: %j', (text) => {
    const article = ingestText(text, 'mem');
    expect(article.date).toBeNull();
    expect(article.body).toBe(text);
  });

  it('a date the caller states wins over the marker, which still leaves the body', () => {
    const article = ingestText('date 2025-09-01 Body.', 'mem', { date: '2025-09-02' });
    expect(article).toMatchObject({ date: '2025-09-02', body: 'Body.' });
  });
});

describe('datelines', () => {
  const examples = DATELINE_PATTERNS.flatMap((p) => p.examples.map((example) => [p.name, example] as const));

  it.each(examples)('%s: %s', (_name, dateline) => {
    const article = ingestText(`${dateline} ${REST}\n\nSecond paragraph.`, 'mem');
    expect(article.body).toBe(`${REST}\n\nSecond paragraph.`);
    expect(article.dateline?.raw).toBe(dateline);
    expect(article.dateline?.place).toMatch(/^\S/);
    // No year anywhere: the day and month must not become a date.
    expect(article.date).toBeNull();
  });

  it.each([
    ['TIANJIN, September 1. /TASS/.', 'TIANJIN'],
    ['ASTANA, Sept 1 (Reuters) -', 'ASTANA'],
    ['АСТАНА. 1 сентября. КАЗИНФОРМ -', 'АСТАНА'],
    ['ТЯНЬЦЗИНЬ, 1 сентября. /ТАСС/.', 'ТЯНЬЦЗИНЬ'],
    ['新华社天津9月1日电', '天津'],
    ['新華社天津9月1日電', '天津'],
    ['ST. PETERSBURG, Sept. 1 (Xinhua) --', 'ST. PETERSBURG'],
  ])('%s has place %s', (dateline, place) => {
    expect(ingestText(`${dateline} ${REST}`, 'mem').dateline?.place).toBe(place);
  });

  it('fills the date from day and month when the year is known from the url', () => {
    const article = ingestText(`TIANJIN, September 1. /TASS/. ${REST}`, 'mem', { url: 'https://news.example/2025/09/01/summit' });
    expect(article.date).toBe('2025-09-01');
  });

  it('fills the date when a stated date gives only the year', () => {
    expect(ingestText(`新华社天津9月1日电 ${REST}`, 'mem', { date: '2025' }).date).toBe('2025-09-01');
  });

  it('keeps a full stated date over the dateline', () => {
    expect(ingestText(`ASTANA, Sept 1 (Reuters) - ${REST}`, 'mem', { date: '2025-08-31' }).date).toBe('2025-08-31');
  });

  it('finds the dateline after a lifted byline and the date marker', () => {
    const article = ingestText(`date 2025-09-01\nBy Mira Kestrel\n\nTIANJIN, September 1. /TASS/. ${REST}`, 'mem');
    expect(article).toMatchObject({ date: '2025-09-01', body: REST, dateline: { place: 'TIANJIN' } });
  });

  it.each([
    'Tianjin, September 1 is a date the fictional minister mentioned.',
    'ASTANA is the capital of Kazakhstan.',
    '国家元首感谢中华人民共和国主席习近平。',
    'Officials met. 新华社天津9月1日电',
    'МОСКВА. Россия - большая страна.',
  ])('no dateline in %j', (text) => {
    const article = ingestText(text, 'mem');
    expect(article.dateline).toBeUndefined();
    expect(article.body).toBe(text);
  });
});

describe('stated dates', () => {
  it.each([
    ['2025-09-01', '2025-09-01'],
    ['2025-09-01T23:30:00-05:00', '2025-09-01'],
    ['2025/9/1', '2025-09-01'],
    ['01.09.2025', '2025-09-01'],
    ['2025年9月1日', '2025-09-01'],
    ['２０２５年９月１日', '2025-09-01'],
    ['20250901', '2025-09-01'],
    ['September 1, 2025', '2025-09-01'],
    ['Mon, 01 Sep 2025 10:00:00 GMT', '2025-09-01'],
    ['1 сентября 2025 года', '2025-09-01'],
    ['2025-02-30', null],
    ['yesterday', null],
    ['', null],
  ])('%j → %s', (raw, date) => {
    expect(normalizeDate(raw)).toBe(date);
  });

  it.each([
    ['https://news.example/2025/09/01/summit', 2025],
    ['https://news.example/world/2025-09-01-summit.html', 2025],
    ['https://news.example/a/20250901/b', 2025],
    ['https://news.example/article?id=2025', undefined],
    ['https://2025.example/story', undefined],
    ['not a url', undefined],
  ])('year of %s is %s', (url, year) => {
    expect(yearFromUrl(url)).toBe(year);
  });
});

describe('declared language', () => {
  it.each([
    ['zh_cn', 'zh-CN'],
    ['zh-Hant', 'zh-Hant'],
    ['RU', 'ru'],
    [' kk ', 'kk'],
    ['not a tag!', null],
    ['', null],
  ])('%j → %s', (lang, tag) => {
    expect(ingestText('Body.', 'mem', { lang }).lang).toBe(tag);
  });
});
