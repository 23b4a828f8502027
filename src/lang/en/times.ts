/**
 * English times: dates (September 1, 2025; 1 September 2025), months (in November, August this
 * year), years after a preposition or bound (in 2027, by 2033), relative expressions (last year,
 * next month, today), weekdays (on Monday), durations (10 years, the next 10 years) and sets
 * (annually, a year). A bare year or month name needs a preposition before it: `May` and `2000`
 * alone are too often something else. Format: src/extract/times/times-pack.ts; corpus:
 * test/times/corpus/en.ts.
 */
import type { TimesPack } from '../../extract/times/times-pack.js';
import { enClaimless, enNumerals } from './figures.js';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ABBREVIATIONS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', '', 'Jun.', 'Jul.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

// A year: four digits from 1000 to 2999, not part of a longer number or a percentage.
const YEAR = '(?<![0-9])(?<year>[12][0-9]{3})(?![0-9%])';
const DAY = '(?<day>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9])';

export default {
  spaced: true,
  numerals: enNumerals,
  tables: {
    months: Object.fromEntries([
      ...MONTH_NAMES.map((m, i) => [m, i + 1]),
      ...ABBREVIATIONS.flatMap((a, i) => (a ? [[a, i + 1], [a.replace('.', ''), i + 1]] : [])),
      ['Sep.', 9],
    ]) as Record<string, number>,
    relYears: { 'this year': 0, 'last year': -1, 'next year': 1, 'a year ago': -1, 'the current year': 0, 'the past year': -1 },
    relMonths: { 'this month': 0, 'last month': -1, 'next month': 1 },
    relDays: { today: 0, yesterday: -1, tomorrow: 1 },
    relWeeks: { 'this week': 0, 'last week': -1, 'next week': 1 },
    weekdays: { Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6, Sunday: 7 },
    bounds: { by: true, until: true, till: true, since: true, through: true },
    contexts: { in: true, during: true, of: true, from: true, early: true, late: true, 'end of': true, 'start of': true, to: true, after: true, before: true },
    durationLeads: { 'the next': true, 'the past': true, 'the last': true, 'the coming': true, 'the following': true, 'over the next': true, 'over the past': true, 'over the last': true },
    durationUnits: { year: 'Y', years: 'Y', month: 'M', months: 'M', week: 'W', weeks: 'W', day: 'D', days: 'D' },
    sets: { annually: 'P1Y', 'every year': 'P1Y', 'each year': 'P1Y', 'per year': 'P1Y', 'per annum': 'P1Y', 'a year': 'P1Y', yearly: 'P1Y', 'every month': 'P1M', 'per month': 'P1M', 'a month': 'P1M', 'every week': 'P1W', 'every day': 'P1D', 'per day': 'P1D' },
  },
  rules: [
    { name: 'iso-date', pattern: '(?<![0-9])(?<year>[12][0-9]{3})-(?<month>[01][0-9])-(?<day>[0-3][0-9])(?![0-9])' },
    { name: 'month-day-year', pattern: `(?:{bound:bounds} )?{month:months} ${DAY}(?:,? ${YEAR})?` },
    { name: 'day-month-year', pattern: `(?:{bound:bounds} )?(?<![0-9])${DAY} (?:of )?{month:months}(?:,? ${YEAR})?` },
    { name: 'month-year', pattern: `(?:{bound:bounds} )?{month:months}(?: (?:of )?${YEAR}|,? {relYear:relYears})` },
    { name: 'month', pattern: '(?:{bound:bounds} |(?<=(?:{contexts}) )){month:months}' },
    { name: 'year', pattern: `(?:{bound:bounds} |(?<=(?:{contexts}) ))${YEAR}` },
    { name: 'relative-year', pattern: '(?:{bound:bounds} )?{relYear:relYears}' },
    { name: 'relative-month', pattern: '{relMonth:relMonths}' },
    { name: 'relative-day', pattern: '{relDay:relDays}' },
    { name: 'relative-week', pattern: '{relWeek:relWeeks}' },
    { name: 'weekday', pattern: '{weekday:weekdays}' },
    { name: 'duration', pattern: '(?:{lead:durationLeads} )?{number:number}(?:-| ){unit:durationUnits}(?! ago| later| earlier)' },
    // `a year` as a rate ($1.5 trillion a year), not `within a year` or `a year ago`.
    { name: 'set', pattern: '(?<!(?:within|for|in|over|than|about|nearly|almost|half) ){set:sets}(?! ago| later| earlier| before| after| and)' },
  ],
  claimless: enClaimless,
} satisfies TimesPack;
