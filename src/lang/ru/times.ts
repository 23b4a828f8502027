/**
 * Russian times: dates (1 сентября 2025 года), months (в ноябре, в августе этого года), years with
 * their bound (в 2027 году, к 2033 году, до 2030 года), relative expressions (в прошлом году, на
 * следующей неделе, сегодня), weekdays (в понедельник), durations (три года, следующие 10 лет) and
 * sets (ежегодно). Plain prepositions (в, на) stay outside the span; bounds (к, до, с) are inside.
 * Format: src/extract/times/times-pack.ts; corpus: test/times/corpus/ru.ts.
 */
import type { TimesPack } from '../../extract/times/times-pack.js';
import { ruClaimless, ruNumerals, ruSpelling } from './figures.js';


export default {
  spaced: true,
  numerals: ruNumerals,
  spelling: ruSpelling,
  tables: {
    months: {
      'январ~noun': 1, 'феврал~noun': 2, 'март~noun': 3, 'апрел~noun': 4, май: 5, мая: 5, маю: 5, мае: 5,
      'июн~noun': 6, 'июл~noun': 7, 'август~noun': 8, 'сентябр~noun': 9, 'октябр~noun': 10, 'ноябр~noun': 11, 'декабр~noun': 12,
    },
    // прошлом году, следующей неделе: the adjective gives the offset, the noun which unit it counts.
    relatives: {
      этот: 0, 'эт~adjective': 0, 'текущ~adjective': 0, 'нынешн~adjective': 0, 'прошл~adjective': -1,
      'минувш~adjective': -1, 'позапрошл~adjective': -2, 'следующ~adjective': 1, 'будущ~adjective': 1,
    },
    yearNouns: { год: true, года: true, году: true, годом: true },
    monthNouns: { месяц: true, месяца: true, месяце: true, месяцем: true },
    weekNouns: { неделе: true, неделю: true, недели: true, неделя: true },
    relDays: { сегодня: 0, вчера: -1, завтра: 1, позавчера: -2, послезавтра: 2, 'сегодняшн~adjective': 0, 'вчерашн~adjective': -1, 'завтрашн~adjective': 1 },
    // After в/во: the accusative, so `в среде экспертов` is not a Wednesday.
    weekdays: { понедельник: 1, вторник: 2, среду: 3, четверг: 4, пятницу: 5, субботу: 6, воскресенье: 7 },
    bounds: { к: true, до: true, с: true, со: true, 'не позднее': true },
    yearWords: { год: true, года: true, году: true, годом: true, 'г.': true },
    durationLeads: { 'следующ~adjective': true, 'ближайш~adjective': true, 'последн~adjective': true, 'предстоящ~adjective': true, 'прошедш~adjective': true, 'минувш~adjective': true },
    durationUnits: { год: 'Y', года: 'Y', лет: 'Y', 'месяц~noun': 'M', 'недел~noun': 'W', день: 'D', дня: 'D', дней: 'D' },
    sets: { ежегодно: 'P1Y', 'каждый год': 'P1Y', ежемесячно: 'P1M', 'каждый месяц': 'P1M', еженедельно: 'P1W', ежедневно: 'P1D', 'каждый день': 'P1D' },
  },
  rules: [
    { name: 'iso-date', pattern: '(?<![0-9])(?<year>[12][0-9]{3})-(?<month>[01][0-9])-(?<day>[0-3][0-9])(?![0-9])' },
    { name: 'day-month-year', pattern: '(?:{bound:bounds} )?(?<![0-9])(?<day>[0-3]?[0-9]) {month:months}(?: (?<year>[12][0-9]{3})(?: {yearWords})?)?' },
    { name: 'year', pattern: '(?:{bound:bounds} )?(?<![0-9])(?<year>[12][0-9]{3})(?:-(?:м|го|й))? {yearWords}' },
    { name: 'month-year', pattern: '(?:{bound:bounds} )?{month:months}(?: (?<year>[12][0-9]{3})(?: {yearWords})?| {relYear:relatives} {yearNouns})?' },
    { name: 'relative-year', pattern: '(?:{bound:bounds} )?{relYear:relatives} {yearNouns}' },
    { name: 'relative-month', pattern: '{relMonth:relatives} {monthNouns}' },
    { name: 'relative-week', pattern: '{relWeek:relatives} {weekNouns}' },
    { name: 'relative-day', pattern: '{relDay:relDays}' },
    { name: 'weekday', pattern: '(?<=(?<![\\p{L}])[Вв]о? ){weekday:weekdays}' },
    { name: 'duration', pattern: '(?:{lead:durationLeads} )?{number:number} {unit:durationUnits}(?! назад| спустя)' },
    { name: 'set', pattern: '{set:sets}' },
  ],
  claimless: ruClaimless,
} satisfies TimesPack;
