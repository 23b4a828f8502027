/**
 * Kazakh figures: money (650 млрд доллардан асты, 70 млрд долларға жуық, 1,5 трлн долларға дейін),
 * percentages (30%-ға, 30 пайыз), counts (150-ден астам ел, төрт қауіпсіздік орталығын), durations
 * (10 жыл), anniversaries (80 жылдығы) and ordinals (25-ші). Kazakh puts the approximation after
 * the amount, and case suffixes on the currency or, after a hyphen, on the number (150-ден).
 * Inflected words are written `stem~class` (shared inflection helper, with vowel harmony).
 *
 * `дейін` is an upper bound (1,5 трлн долларға дейін табыс) except before a verb of change, where
 * it is the target (30%-ға дейін өседі): the `changeVerbs` stems guard it.
 * Format: src/extract/figures/figures-pack.ts; corpus: test/figures/corpus/kk.ts.
 */
import type { FiguresPack } from '../../extract/figures/figures-pack.js';

export const kkSpelling = { inflect: 'kk' } as const;

export const kkNumerals = {
  group: ' ',
  decimal: ',.',
  words: {
    бір: 1, екі: 2, үш: 3, төрт: 4, бес: 5, алты: 6, жеті: 7, сегіз: 8, тоғыз: 9, он: 10, жиырма: 20, отыз: 30,
    қырық: 40, елу: 50, алпыс: 60, жетпіс: 70, сексен: 80, тоқсан: 90, жүз: 100, 'бір жарым': 1.5,
  },
} as const;

export const kkClaimless = {
  quotes: [{ open: '«', close: '»' }, { open: '“', close: '”' }, { open: '„', close: '“' }, { open: '"', close: '"' }],
  maxNameLength: 60,
  speechMarks: ',.!?;:',
  speechAfter: [', —', ', –', ',—', ',–'],
  fixed: [],
};

// A case suffix joined to a numeral or a percent sign by a hyphen: 150-ден, 30%-ға.
const SUFFIX = '(?:-\\p{sc=Cyrillic}{1,6})?';
const RANGE = '[-–—]';
// After the amount: an approximation; `дейін` only when no verb of change follows it.
const AFTER = '(?: {approxAfter:approxAfter}| {approxUpTo:upTo}(?! {changeVerbs*}))?';

export default {
  numerals: kkNumerals,
  spelling: kkSpelling,
  tables: {
    scales: { мың: 1e3, 'млн.': 1e6, млн: 1e6, миллион: 1e6, 'млрд.': 1e9, млрд: 1e9, миллиард: 1e9, 'трлн.': 1e12, трлн: 1e12, триллион: 1e12 },
    currencies: {
      'АҚШ доллар~case': 'USD', 'доллар~case': 'USD', $: 'USD', USD: 'USD', 'теңге~case': 'KZT', '₸': 'KZT', KZT: 'KZT',
      'рубль~case': 'RUB', '₽': 'RUB', RUB: 'RUB', 'юань~case': 'CNY', CNY: 'CNY', 'еуро~case': 'EUR', 'евро~case': 'EUR', '€': 'EUR', EUR: 'EUR',
    },
    approxBefore: { шамамен: 'about', 'шамасы': 'about', 'кем дегенде': 'at_least', 'ең кемі': 'at_least', 'ең көбі': 'up_to' },
    approxAfter: {
      астам: 'more_than', асты: 'more_than', асып: 'more_than', асады: 'more_than', артық: 'more_than',
      жуық: 'about', шамасында: 'about', шақты: 'about', 'кем емес': 'at_least', кем: 'less_than', аз: 'less_than',
    },
    upTo: { дейін: 'up_to' },
    changeVerbs: { өс: true, арт: true, көбей: true, ұлғай: true, төменде: true, азай: true, қысқар: true, жет: true, кеңей: true, түс: true },
    percentWords: { 'пайыз~case': true },
    anniversaryWords: { 'жылдық мерейтой~possessive~case': true, жылдық: true, 'жылдығ~possessive~case': true },
    yearUnits: { 'жыл~case': true },
  },
  rules: [
    { name: 'anniversary', kind: 'anniversary', pattern: `{number:number}${SUFFIX} {anniversaryWords}` },
    { name: 'percent', kind: 'percent',
      pattern: `(?:{approx:approxBefore} )?{number:number}(?:%?${RANGE}{max:rangeEnd})?(?:%${SUFFIX}| {percentWords})${AFTER}` },
    { name: 'money', kind: 'money',
      pattern: `(?:{approx:approxBefore} )?{number:number}(?:${RANGE}{max:rangeEnd})?(?: {scale:scales})? {currency:currencies}${AFTER}` },
    { name: 'ordinal', kind: 'ordinal', pattern: '{number:number}-?(?:ші|шы|інші|ыншы)(?!\\p{L})' },
    { name: 'duration-years', kind: 'duration', pattern: `{number:number}${SUFFIX} {yearUnits}(?! бұрын| кейін)` },
    { name: 'count', kind: 'count',
      pattern: `(?:{approx:approxBefore} )?{number:number}(?:${RANGE}{max:rangeEnd})?(?: {scale:scales})?${SUFFIX}${AFTER}(?= \\p{L})` },
  ],
  claimless: kkClaimless,
  subject: {
    spaced: true,
    clauseBreaks: ',;:()',
    leading: ['ал', 'және', 'бірақ', 'әрі', 'сонымен қатар', 'сондай-ақ'],
    timePrepositions: [],
    openers: { 'осы орайда': null, егер: null },
    closers: ['бері', 'кейін'],
    predicates: [
      'жетті', 'жетеді', 'жетіп', 'жетпек', 'асты', 'асып', 'асады', 'болды', 'болады', 'болып', 'құрады', 'құрайды',
      'құрап', 'өсті', 'өсіп', 'өседі', 'артты', 'артып', 'артады', 'азайды', 'төмендеді', 'мүмкін', 'тиіс',
      'да', 'де', 'та', 'те', 'тұрақты', 'оның', 'ол', 'олар',
    ],
    predicateEndings: ['ып', 'іп', 'ап', 'еп'],
    anaphors: ['ол', 'оның', 'олар', 'олардың', 'бұл', 'көлемі', 'мөлшері'],
    maxLength: 80,
  },
  counts: {
    stopWords: ['есе', 'рет', 'мәрте', 'жыл~case', 'пайыз~case', 'және', 'мен', 'бен', 'пен', 'бойы', 'ішінде', 'бойынша', 'дейін', 'астам', 'жуық', 'мың', 'млн', 'млрд'],
    maxWords: 2,
  },
} satisfies FiguresPack;
