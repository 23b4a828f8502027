/**
 * Kazakh times: dates (2025 жылғы 1 қыркүйек), months (қарашада, биылғы тамызда), years with their
 * bound after them (2027 жылы, 2033 жылға қарай), relative expressions (өткен жылы, келесі жылы,
 * бүгін), weekdays (дүйсенбіде), durations (10 жыл) and sets (жыл сайын). Case forms come from the
 * shared inflection helper. Format: src/extract/times/times-pack.ts; corpus: test/times/corpus/kk.ts.
 */
import type { TimesPack } from '../../extract/times/times-pack.js';
import { kkClaimless, kkNumerals, kkSpelling } from './figures.js';

const MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];

export default {
  spaced: true,
  numerals: kkNumerals,
  spelling: kkSpelling,
  tables: {
    months: {
      ...Object.fromEntries(MONTHS.flatMap((m, i) => [[`${m}~case`, i + 1], [`${m}~attributive`, i + 1], [`${m}~possessive~case`, i + 1]])),
      // қ/к/п before a vowel-initial suffix become voiced: қыркүйек → қыркүйегі.
      'қыркүйег~possessive~case': 9,
    },
    relYears: {
      биыл: 0, биылғы: 0, 'осы жыл~possessive': 0, 'осы жылғы': 0, 'ағымдағы жыл~possessive': 0,
      былтыр: -1, былтырғы: -1, 'өткен жыл~possessive': -1, 'өткен жылғы': -1, 'өткен жылдың': -1,
      'келесі жыл~possessive': 1, 'келесі жылғы': 1, 'алдағы жыл~possessive': 1,
    },
    relMonths: { 'осы ай~case': 0, 'өткен ай~case': -1, 'келесі ай~case': 1 },
    relWeeks: { 'осы апта~case': 0, 'өткен апта~case': -1, 'келесі апта~case': 1 },
    relDays: { бүгін: 0, бүгінгі: 0, кеше: -1, кешегі: -1, ертең: 1, ертеңгі: 1 },
    weekdays: { 'дүйсенбі~case': 1, 'сейсенбі~case': 2, 'сәрсенбі~case': 3, 'бейсенбі~case': 4, 'жұма~case': 5, 'сенбі~case': 6, 'жексенбі~case': 7 },
    yearWords: { 'жыл~possessive': true, 'жыл~case': true, жылғы: true, 'ж.': true },
    boundsAfter: { қарай: true, дейін: true, бері: true },
    durationLeads: { алдағы: true, келесі: true, соңғы: true, өткен: true },
    durationUnits: { 'жыл~case': 'Y', 'ай~case': 'M', 'апта~case': 'W', 'күн~case': 'D' },
    sets: { 'жыл сайын': 'P1Y', 'жыл сайынғы': 'P1Y', 'ай сайын': 'P1M', 'апта сайын': 'P1W', 'күн сайын': 'P1D' },
  },
  rules: [
    { name: 'iso-date', pattern: '(?<![0-9])(?<year>[12][0-9]{3})-(?<month>[01][0-9])-(?<day>[0-3][0-9])(?![0-9])' },
    { name: 'year-day-month', pattern: '(?<![0-9])(?<year>[12][0-9]{3}) (?:{yearWords} )?(?<day>[0-3]?[0-9]) {month:months}' },
    { name: 'day-month-year', pattern: '(?<![0-9])(?<day>[0-3]?[0-9]) {month:months}(?: (?<year>[12][0-9]{3})(?: {yearWords})?)?' },
    { name: 'year-month', pattern: '(?<![0-9])(?<year>[12][0-9]{3})(?:-\\p{sc=Cyrillic}{1,4})? {yearWords} {month:months}' },
    { name: 'year', pattern: '(?<![0-9])(?<year>[12][0-9]{3})(?:-\\p{sc=Cyrillic}{1,4})? {yearWords}(?: {bound:boundsAfter})?' },
    { name: 'relative-year', pattern: '{relYear:relYears}(?: {month:months})?' },
    { name: 'month', pattern: '{month:months}' },
    { name: 'relative-month', pattern: '{relMonth:relMonths}' },
    { name: 'relative-week', pattern: '{relWeek:relWeeks}' },
    { name: 'relative-day', pattern: '{relDay:relDays}' },
    { name: 'weekday', pattern: '{weekday:weekdays}' },
    { name: 'duration', pattern: '(?:{lead:durationLeads} )?{number:number}(?:-\\p{sc=Cyrillic}{1,4})? {unit:durationUnits}(?! бұрын| кейін)' },
    { name: 'set', pattern: '{set:sets}' },
  ],
  claimless: kkClaimless,
} satisfies TimesPack;
