/**
 * Russian figures: money with scale words and inflected currencies (650 млрд долларов, 1,5 трлн
 * долларов, 100 тыс. рублей), percentages (30%, 30 процентов, от 10 до 15%), counts with their noun
 * (более 150 стран, четырех центров), durations (три года, 10 лет), anniversaries (80-летие,
 * 25-летием) and ordinals (25-й). Numbers use the decimal comma and a space between thousands
 * (1 500,5). Inflected words are written `stem~class` (shared inflection helper).
 *
 * `до` is an upper bound (доход до 1,5 трлн) except after a verb of change, where it is the target
 * (вырастет до 30%): the `changeVerbs` stems guard it. Format: src/extract/figures/figures-pack.ts;
 * corpus: test/figures/corpus/ru.ts.
 */
import type { FiguresPack } from '../../extract/figures/figures-pack.js';

export const ruSpelling = { inflect: 'ru', variants: { ё: 'е' } } as const;

export const ruNumerals = {
  group: ' ',
  decimal: ',.',
  words: {
    один: 1, одна: 1, одно: 1, одного: 1, одной: 1, одному: 1, одним: 1, полтора: 1.5, полторы: 1.5,
    два: 2, две: 2, двух: 2, двум: 2, двумя: 2, три: 3, трёх: 3, трём: 3, тремя: 3,
    четыре: 4, четырёх: 4, четырём: 4, четырьмя: 4, пять: 5, пяти: 5, пятью: 5, шесть: 6, шести: 6,
    семь: 7, семи: 7, восемь: 8, восьми: 8, девять: 9, девяти: 9, десять: 10, десяти: 10,
    двадцать: 20, двадцати: 20, тридцать: 30, тридцати: 30, сорок: 40, сорока: 40,
    пятьдесят: 50, пятидесяти: 50, сто: 100, ста: 100,
  },
} as const;

export const ruClaimless = {
  quotes: [{ open: '«', close: '»' }, { open: '„', close: '“' }, { open: '“', close: '”' }, { open: '"', close: '"' }],
  maxNameLength: 60,
  speechMarks: ',.!?;:',
  // «…», — сказал он: what closes direct speech (a bare dash after » may open a list: «трех зол» — терроризма).
  speechAfter: [', —', ', –', ',—', ',–'],
  fixed: ['Большая двадцатка', 'Большой двадцатки', 'Большая семерка', 'Большой семерки'],
};

const RANGE = '[-–—]';
// A bound `до`, unless a verb of change comes just before it (вырастет до 30% is a target).
// The guard looks back from after `до`, so it runs only where `до` was found.
const UP_TO = '{approxUpTo:upTo}(?<!{changeVerbs*}\\p{L}{0,8} {upTo}) ';
const APPROX = `(?:{approx:approxBefore} |${UP_TO})?`;

export default {
  numerals: ruNumerals,
  spelling: ruSpelling,
  tables: {
    scales: {
      'тыс.': 1e3, тыс: 1e3, 'тысяч~noun': 1e3, 'млн.': 1e6, млн: 1e6, 'миллион~noun': 1e6,
      'млрд.': 1e9, млрд: 1e9, 'миллиард~noun': 1e9, 'трлн.': 1e12, трлн: 1e12, 'триллион~noun': 1e12,
    },
    currencies: {
      'доллар~noun США': 'USD', 'долл. США': 'USD', 'доллар~noun': 'USD', 'долл.': 'USD', долл: 'USD', $: 'USD', USD: 'USD',
      евро: 'EUR', '€': 'EUR', EUR: 'EUR', 'юан~noun': 'CNY', CNY: 'CNY',
      'рубл~noun': 'RUB', 'руб.': 'RUB', руб: 'RUB', '₽': 'RUB', RUB: 'RUB', тенге: 'KZT', '₸': 'KZT', KZT: 'KZT',
    },
    currencySymbols: { $: 'USD', USD: 'USD', '€': 'EUR', '₽': 'RUB', '₸': 'KZT' },
    approxBefore: {
      более: 'more_than', 'более чем': 'more_than', больше: 'more_than', свыше: 'more_than',
      'превыси~verbPast': 'more_than', превысит: 'more_than', превышает: 'more_than', превышают: 'more_than',
      около: 'about', почти: 'about', примерно: 'about', приблизительно: 'about', порядка: 'about', 'почти что': 'about',
      'не менее': 'at_least', 'не меньше': 'at_least', 'как минимум': 'at_least', минимум: 'at_least',
      менее: 'less_than', меньше: 'less_than', 'не более': 'up_to', 'не больше': 'up_to', максимум: 'up_to', 'вплоть до': 'up_to',
    },
    upTo: { до: 'up_to' },
    rangeFrom: { от: true },
    changeVerbs: {
      вырас: true, вырос: true, возрас: true, возрос: true, увелич: true, сократ: true, сокращ: true, сниз: true,
      сниж: true, упа: true, подня: true, подним: true, повыс: true, повыш: true, довес: true, довед: true,
      дорас: true, расшир: true, уменьш: true, опуст: true, раст: true, рост: true, дойд: true,
    },
    percentWords: { 'процент~noun': true, 'проц.': true },
    anniversaryWords: { 'лети~noun': true },
    anniversaryNouns: { 'годовщин~noun': true },
    yearUnits: { год: true, года: true, лет: true },
  },
  rules: [
    { name: 'anniversary', kind: 'anniversary', pattern: '{number:number}-?{anniversaryWords}' },
    { name: 'anniversary-noun', kind: 'anniversary', pattern: '{number:number}-(?:я|й|ю|ой) {anniversaryNouns}' },
    { name: 'percent-range', kind: 'percent', pattern: `{rangeFrom} {number:number}(?: ?%)? до {max:rangeEnd} ?(?:%|{percentWords})` },
    { name: 'percent', kind: 'percent', pattern: `${APPROX}{number:number}(?: ?%?${RANGE}{max:rangeEnd})? ?(?:%|{percentWords})` },
    { name: 'money-range', kind: 'money',
      pattern: '{rangeFrom} {number:number}(?: {minScale:scales})? до {max:rangeEnd}(?: {scale:scales})? {currency:currencies}' },
    { name: 'money-symbol', kind: 'money', pattern: '(?:{approx:approxBefore} )?{currency:currencySymbols} ?{number:number}(?: {scale:scales})?' },
    { name: 'money', kind: 'money', pattern: `${APPROX}{number:number}(?:${RANGE}{max:rangeEnd})?(?: {scale:scales})? {currency:currencies}` },
    { name: 'ordinal', kind: 'ordinal', pattern: '{number:number}-(?:й|я|е|го|му|м|х|ой|ом|ая|ое|ые|ых|ым|ую|ми)(?!\\p{L})' },
    { name: 'duration-years', kind: 'duration', pattern: '{number:number} {yearUnits}(?! назад| спустя)' },
    { name: 'count-range', kind: 'count', pattern: '{rangeFrom} {number:number} до {max:rangeEnd}(?: {scale:scales})?(?= \\p{L})' },
    { name: 'count', kind: 'count', pattern: `${APPROX}{number:number}(?:${RANGE}{max:rangeEnd})?(?: {scale:scales})?(?= \\p{L})` },
  ],
  claimless: ruClaimless,
  subject: {
    spaced: true,
    clauseBreaks: ',;:()',
    leading: ['и', 'а', 'но', 'однако', 'при этом', 'также', 'тогда'],
    timePrepositions: ['в', 'во', 'на', 'за'],
    openers: {
      'с момента': 2, 'по данным': 1, 'по итогам': 2, 'по оценкам': 1, согласно: 1, благодаря: 1, 'несмотря на': 1,
      'в результате': 1, 'кроме того': 0, 'в частности': 0, 'в этой связи': null, 'в условиях': null, если: null, когда: null,
    },
    // Reported speech: the subject follows the speech verb (… said the fund holds $2 billion).
    closers: ['заявил', 'заявила', 'отметил', 'отметила', 'сообщил', 'сообщила', 'подчеркнул', 'подчеркнула', 'считает', 'что'],
    predicates: [
      'состави~verbPast', 'составит', 'составляет', 'составляют', 'достиг', 'достигла', 'достигло', 'достигли',
      'достигнет', 'достигнут', 'достигает', 'достигают', 'превыси~verbPast', 'превысит', 'превышает', 'превышают',
      'вырос', 'выросла', 'выросло', 'выросли', 'вырастет', 'вырастут', 'раст~verbPresentE', 'увеличи~verbPast',
      'сократи~verbPast', 'снизи~verbPast', 'упал', 'упала', 'упало', 'упали', 'стал', 'стала', 'стало', 'стали',
      'станет', 'станут', 'был', 'была', 'было', 'были', 'будет', 'будут', 'является', 'являются', 'может', 'могут',
      'должен', 'должна', 'должно', 'должны', 'насчитывает', 'приносит', 'принесет', 'неуклонно', 'стабильно',
      'постоянно', 'уверенно', 'также', 'уже', 'существенно', 'значительно', 'заметно', 'вновь', 'ежегодно', 'еще',
    ],
    predicateEndings: ['ся', 'сь'],
    anaphors: ['он', 'она', 'оно', 'они', 'его', 'её', 'их', 'объём', 'показатель', 'этот показатель', 'эта цифра', 'сумма', 'величина', 'размер'],
    maxLength: 80,
  },
  counts: {
    stopWords: [
      'год', 'года', 'году', 'лет', 'раз', 'раза', 'из', 'и', 'в', 'во', 'на', 'по', 'с', 'со', 'до', 'от', 'к', 'а', 'или',
      'процент~noun', 'тысяч~noun', 'миллион~noun', 'миллиард~noun', 'января', 'февраля', 'марта', 'апреля', 'мая',
      'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
    ],
    maxWords: 1,
  },
} satisfies FiguresPack;
