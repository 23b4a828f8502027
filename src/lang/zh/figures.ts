/**
 * Chinese figures: money in Chinese scales (6500亿美元, 1.5万亿美元), percentages (30%, 百分之三十),
 * counts with a classifier (150多个国家, 四个), durations (10年), anniversaries (80周年), ordinals
 * (第25次). Traditional characters are covered by the `variants` map: every key is also matched
 * with its traditional spelling (万亿 → 萬億, 周年 → 週年).
 *
 * Format: see src/extract/figures/figures-pack.ts (roles) and src/extract/rules/rule-compiler.ts
 * (templates). Examples are the corpus in test/figures/corpus/zh.ts.
 */
import type { FiguresPack } from '../../extract/figures/figures-pack.js';

const SIMPLIFIED = '万亿两个约达过余币欧坚卢周届项国来后这礼于贸规额长将经为计实际亚员场务产业团队区门岁辆笔类条处轮会论专开发续间内总战势带边双众与仅还预测数该稳断应对击减';
const TRADITIONAL = '萬億兩個約達過餘幣歐堅盧週屆項國來後這禮於貿規額長將經為計實際亞員場務產業團隊區門歲輛筆類條處輪會論專開發續間內總戰勢帶邊雙眾與僅還預測數該穩斷應對擊減';

export const zhSpelling = {
  variants: Object.fromEntries([...SIMPLIFIED].map((ch, i) => [ch, [...TRADITIONAL][i]!])),
};

export const zhNumerals = {
  group: ',，',
  decimal: '.',
  characters: {
    digits: { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 },
    multipliers: { 十: 10, 百: 100, 千: 1000, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 },
  },
} as const;

export const zhClaimless = {
  quotes: [
    { open: '《', close: '》', title: true }, { open: '〈', close: '〉', title: true },
    { open: '“', close: '”' }, { open: '「', close: '」' }, { open: '『', close: '』' },
    { open: '‘', close: '’' }, { open: '"', close: '"' },
  ],
  maxNameLength: 20,
  speechMarks: '，。！？；：,.!?;',
  speechAfter: [],
  fixed: [
    '三股势力', '一带一路', '一国两制', '两国', '两岸', '两会', '二十国集团', '七国集团', '八国集团',
    '四个全面', '两个一百年', '两个确立', '两个维护', '三个代表', '五位一体', '十四五', '十五五', '一年一度',
  ],
};

// Range between two numerals: 10-15%, 10至15个.
const RANGE = '(?:[-–—~～]|至|到)';

export default {
  numerals: zhNumerals,
  spelling: zhSpelling,
  tables: {
    scales: { 千: 1e3, 万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8, 十亿: 1e9, 百亿: 1e10, 千亿: 1e11, 万亿: 1e12 },
    currencies: {
      美元: 'USD', 美金: 'USD', 元人民币: 'CNY', 人民币: 'CNY', 元: 'CNY',
      欧元: 'EUR', 卢布: 'RUB', 俄罗斯卢布: 'RUB', 坚戈: 'KZT', 哈萨克斯坦坚戈: 'KZT',
    },
    currencyPrefixes: { 人民币: 'CNY', 美元: 'USD' },
    approxBefore: {
      超过: 'more_than', 逾: 'more_than', 超: 'more_than', 多于: 'more_than', 高于: 'more_than', 大于: 'more_than',
      近: 'about', 接近: 'about', 将近: 'about', 约: 'about', 大约: 'about', 约为: 'about',
      高达: 'up_to', 多达: 'up_to', 最多: 'up_to', 不超过: 'up_to',
      不到: 'less_than', 不足: 'less_than', 少于: 'less_than', 低于: 'less_than',
      至少: 'at_least', 不少于: 'at_least', 不低于: 'at_least', 最少: 'at_least',
    },
    approxInfix: { 多: 'more_than', 余: 'more_than' },
    anniversaryWords: { 周年: true },
    percentPrefix: { 百分之: true },
    ordinalPrefix: { 第: true },
    approxAfter: { 以上: 'more_than', 多: 'more_than', 余: 'more_than', 左右: 'about', 上下: 'about', 以内: 'up_to', 以下: 'up_to' },
    classifiers: {
      个: 1, 名: 1, 家: 1, 项: 1, 座: 1, 所: 1, 位: 1, 条: 1, 处: 1, 批: 1, 架: 1, 艘: 1, 辆: 1,
      只: 1, 份: 1, 次: 1, 人: 1, 国: 1, 件: 1, 台: 1, 部: 1, 种: 1, 类: 1, 轮: 1, 届: 1, 场: 1, 笔: 1,
    },
  },
  rules: [
    { name: 'percent-in-words', kind: 'percent',
      pattern: `{approx:approxBefore}?{percentPrefix}{number:number}(?:${RANGE}{percentPrefix}?{max:rangeEnd})?{approxAfter:approxAfter}?` },
    { name: 'percent', kind: 'percent',
      pattern: `{approx:approxBefore}?{number:number}(?:[%％]?${RANGE}{max:rangeEnd})?[%％]{approxAfter:approxAfter}?` },
    { name: 'money', kind: 'money',
      pattern: `{approx:approxBefore}?{prefix:currencyPrefixes}?{number:number}(?:${RANGE}{max:rangeEnd})?`
        + `{approxInfix:approxInfix}?{scale:scales}?{approxInfix2:approxInfix}?{currency:currencies}{approxAfter:approxAfter}?` },
    { name: 'anniversary', kind: 'anniversary', pattern: '{number:number}{anniversaryWords}' },
    { name: 'ordinal', kind: 'ordinal', pattern: '{ordinalPrefix}{number:number}{classifiers}' },
    { name: 'count', kind: 'count',
      pattern: `{approx:approxBefore}?{number:number}(?:${RANGE}{max:rangeEnd})?{approxInfix:approxInfix}?{scale:scales}?`
        + `{approxInfix2:approxInfix}?{classifiers}{approxAfter:approxAfter}?` },
    // 90年代 is a decade, 三年级 a school year, 10年前 a date.
    { name: 'duration-years', kind: 'duration', pattern: '{number:number}{approxInfix:approxInfix}?年(?![代度级前后底初末])' },
  ],
  claimless: zhClaimless,
  subject: {
    spaced: false,
    clauseBreaks: '，,；;：:',
    leading: ['而', '并', '且', '但', '但是', '同时', '此外', '另外', '其中', '而且', '因此', '所以'],
    timePrepositions: ['在', '于'],
    openers: { 自: null, 从: null, 随着: null, 截至: null, 据: null, 根据: null, 由于: null, 为了: null, 如果: null, 虽然: null, 对此: null },
    closers: ['以来'],
    predicates: [
      '稳步', '也', '将', '已', '已经', '正在', '仍', '还', '都', '翻了', '翻番', '达到', '达', '为', '是', '增长', '增加',
      '下降', '减少', '超过', '接近', '高达', '约', '占', '升至', '降至', '突破', '可为', '可以', '可能', '能够', '有望',
      '预计', '不断', '持续', '得到', '具有', '同比', '认为', '表示', '指出',
    ],
    predicateEndings: [],
    anaphors: ['规模', '总额', '总量', '数额', '金额', '其', '它', '该', '这一数字', '这', '此'],
    maxLength: 30,
  },
  counts: {
    stopWords: [],
    maxWords: 1,
    nounFinals: '国家人心区市省项业目员构织所校城场港站团队部会院品物者厂线路园岛族军企行社台机器车船局馆室组体库点',
    nounStops: '的、和与及或在将是为等并也都',
  },
} satisfies FiguresPack;
