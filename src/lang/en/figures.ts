/**
 * English figures: money with symbols or words and scales ($650 billion, 70 bn dollars, USD 5 mln),
 * percentages (30%, 30 per cent, 10-15%), counts with their noun (more than 150 countries, four
 * security centres), durations (10 years), anniversaries (80th anniversary), ordinals (25th).
 * Format: src/extract/figures/figures-pack.ts; corpus: test/figures/corpus/en.ts.
 */
import type { FiguresPack } from '../../extract/figures/figures-pack.js';

export const enNumerals = {
  group: ',',
  decimal: '.',
  words: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
    twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
    'a dozen': 12, 'a hundred': 100, 'one and a half': 1.5,
  },
} as const;

export const enClaimless = {
  quotes: [{ open: '“', close: '”' }, { open: '"', close: '"' }, { open: '‘', close: '’' }, { open: '«', close: '»' }],
  maxNameLength: 60,
  speechMarks: ',.!?;:',
  speechAfter: [],
  fixed: [],
};

const RANGE = '(?:[-–—]| to )';

export default {
  numerals: enNumerals,
  tables: {
    scales: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, bln: 1e9, mln: 1e6, mn: 1e6, tn: 1e12, trn: 1e12 },
    currencySymbols: { $: 'USD', US$: 'USD', USD: 'USD', '€': 'EUR', EUR: 'EUR', '₽': 'RUB', RUB: 'RUB', '₸': 'KZT', KZT: 'KZT', CNY: 'CNY', RMB: 'CNY' },
    currencyWords: {
      dollars: 'USD', dollar: 'USD', 'US dollars': 'USD', 'U.S. dollars': 'USD', USD: 'USD',
      euros: 'EUR', euro: 'EUR', EUR: 'EUR', yuan: 'CNY', renminbi: 'CNY', CNY: 'CNY', RMB: 'CNY',
      rubles: 'RUB', roubles: 'RUB', ruble: 'RUB', rouble: 'RUB', RUB: 'RUB', tenge: 'KZT', KZT: 'KZT',
    },
    approxBefore: {
      'more than': 'more_than', over: 'more_than', 'in excess of': 'more_than', 'upwards of': 'more_than',
      exceeded: 'more_than', exceeding: 'more_than', exceeds: 'more_than', above: 'more_than',
      nearly: 'about', about: 'about', almost: 'about', approximately: 'about', around: 'about', roughly: 'about',
      some: 'about', 'close to': 'about', 'an estimated': 'about',
      'up to': 'up_to', 'as much as': 'up_to', 'as many as': 'up_to', 'at most': 'up_to', 'no more than': 'up_to',
      'less than': 'less_than', 'fewer than': 'less_than', under: 'less_than', below: 'less_than',
      'at least': 'at_least', 'no less than': 'at_least', 'not less than': 'at_least',
    },
    approxAfter: { 'or more': 'at_least', 'or less': 'up_to' },
    percentWords: { percent: true, 'per cent': true },
    anniversaryWords: { anniversary: true, anniversaries: true },
    yearUnits: { year: true, years: true },
  },
  rules: [
    { name: 'anniversary', kind: 'anniversary', pattern: '{number:number}(?:st|nd|rd|th)? {anniversaryWords}' },
    { name: 'percent', kind: 'percent',
      pattern: `(?:{approx:approxBefore} )?{number:number}(?: ?%?${RANGE}{max:rangeEnd})?(?:%| {percentWords})(?: {approxAfter:approxAfter})?` },
    { name: 'money-symbol', kind: 'money',
      pattern: `(?:{approx:approxBefore} )?{currency:currencySymbols} ?{number:number}(?:${RANGE}{currencySymbols}? ?{max:rangeEnd})?(?: ?{scale:scales})?(?: {approxAfter:approxAfter})?` },
    { name: 'money-word', kind: 'money',
      pattern: `(?:{approx:approxBefore} )?{number:number}(?:${RANGE}{max:rangeEnd})?(?: ?{scale:scales})? {currency:currencyWords}` },
    { name: 'ordinal', kind: 'ordinal', pattern: '{number:number}(?:st|nd|rd|th)(?!\\p{L})' },
    { name: 'duration-years', kind: 'duration', pattern: '{number:number}(?:-| ){yearUnits}(?! ago| later| earlier| before| after)' },
    { name: 'count', kind: 'count',
      pattern: `(?:{approx:approxBefore} )?{number:number}(?:${RANGE}{max:rangeEnd})?(?: {scale:scales})?(?: {approxAfter:approxAfter})?(?= \\p{L})` },
  ],
  claimless: enClaimless,
  subject: {
    spaced: true,
    clauseBreaks: ',;:()—–',
    leading: ['and', 'but', 'while', 'whereas', 'yet', 'so', 'also', 'then'],
    timePrepositions: ['in', 'on', 'at', 'during', 'for'],
    openers: Object.fromEntries([
      'since', 'as', 'although', 'though', 'when', 'if', 'because', 'after', 'before', 'amid', 'despite', 'with',
      'according to', 'in', 'for', 'under', 'over', 'within', 'given', 'compared with', 'compared to', 'unlike',
      'like', 'thanks to', 'once', 'until', 'by', 'through', 'to',
    ].map((w) => [w, null])),
    // Reported speech: the subject follows the speech verb (… said the fund holds $2 billion).
    closers: ['said', 'says', 'noted', 'stressed', 'announced', 'added', 'reported', 'stated', 'believes', 'that'],
    predicates: [
      'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might',
      'must', 'should', 'shall', 'amounted', 'amounts', 'reached', 'reaches', 'reach', 'grew', 'grows', 'rose', 'rises',
      'exceeded', 'exceeds', 'totaled', 'totalled', 'totals', 'stood', 'stands', 'doubled', 'tripled', 'increased',
      'increases', 'decreased', 'decreases', 'fell', 'falls', 'declined', 'declines', 'accounted', 'accounts', 'hit',
      'topped', 'surpassed', 'reaching', 'amounting', 'exceeding', 'totaling', 'totalling', 'accounting', 'standing',
      'also', 'steadily', 'already', 'still', 'now', 'further', 'continues', 'continued', 'remains', 'remained',
      'became', 'becomes', 'brings', 'brought', 'generates', 'generated', 'holds', 'held', 'received', 'receives',
    ],
    predicateEndings: [],
    anaphors: ['it', 'its', 'this', 'that', 'they', 'their', 'these', 'those', 'which', 'he', 'she', 'the figure', 'the total', 'the volume', 'the amount', 'volume'],
    maxLength: 80,
  },
  counts: {
    stopWords: [
      'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'and', 'or', 'per', 'than', 'as',
      'that', 'this', 'these', 'those', 'which', 'who', 'times', 'fold', 'percent', 'am', 'pm', 'out', 'and', 'years',
      'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'minutes', 'more', 'less', 'other', 'others',
      'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
    ],
    maxWords: 3,
    lowerCase: true,
  },
} satisfies FiguresPack;
