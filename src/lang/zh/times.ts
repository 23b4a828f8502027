/**
 * Chinese times: dates (2025年9月1日, 今年8月, 11月), years and bounds (2027年, 到2033年),
 * relative days, weeks, months and years (今天, 上周一, 本月, 去年, 明年), durations (未来10年,
 * 6个月) and sets (每年). Numerals, traditional spellings and claimless spans are shared with
 * figures.ts. Format: src/extract/times/times-pack.ts; corpus: test/times/corpus/zh.ts.
 */
import type { TimesPack } from '../../extract/times/times-pack.js';
import { zhClaimless, zhNumerals, zhSpelling } from './figures.js';

const MONTHS = Object.fromEntries([
  ...Array.from({ length: 12 }, (_, i) => [String(i + 1), i + 1]),
  ...Array.from({ length: 9 }, (_, i) => [`0${i + 1}`, i + 1]),
  ...['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'].map((m, i) => [m, i + 1]),
]) as Record<string, number>;

const DAY = '(?<day>[0-3]?[0-9])[日号號]';

export default {
  spaced: false,
  numerals: zhNumerals,
  spelling: zhSpelling,
  tables: {
    months: MONTHS,
    relYears: { 今年: 0, 本年: 0, 去年: -1, 前年: -2, 明年: 1, 后年: 2, 来年: 1 },
    relMonths: { 本月: 0, 这个月: 0, 上月: -1, 上个月: -1, 下月: 1, 下个月: 1 },
    relDays: { 今天: 0, 今日: 0, 昨天: -1, 昨日: -1, 前天: -2, 明天: 1, 明日: 1, 后天: 2 },
    relWeeks: { 本周: 0, 这周: 0, 上周: -1, 下周: 1, 本星期: 0, 上星期: -1, 下星期: 1 },
    // 上周五: the week before a weekday name (周五), which would otherwise lose its 周 to 上周.
    weekPrefixes: { 本: 0, 这: 0, 上: -1, 下: 1, 上个: -1, 下个: 1 },
    weekdays: Object.fromEntries(['周', '星期', '礼拜'].flatMap((p) => [
      ...['一', '二', '三', '四', '五', '六', '日'].map((d, i) => [p + d, i + 1]), [`${p}天`, 7],
    ])) as Record<string, number>,
    bounds: { 到: true, 至: true, 截至: true, 截止到: true, 直到: true },
    durationLeads: { 未来: true, 今后: true, 过去: true, 近: true, 最近: true, 此后: true },
    durationUnits: { 年: 'Y', 个月: 'M', 周: 'W', 个星期: 'W', 星期: 'W', 天: 'D' },
    sets: { 每年: 'P1Y', 每个月: 'P1M', 每月: 'P1M', 每周: 'P1W', 每个星期: 'P1W', 每天: 'P1D', 每日: 'P1D' },
  },
  rules: [
    { name: 'iso-date', pattern: '(?<![0-9])(?<year>[12][0-9]{3})-(?<month>[01][0-9])-(?<day>[0-3][0-9])(?![0-9])' },
    { name: 'year-month-day', pattern: `{bound:bounds}?(?<![0-9０-９])(?<year>[12０-９][0-9０-９]{3})年(?:{month:months}月(?:${DAY})?)?` },
    { name: 'year-in-characters', pattern: '{bound:bounds}?(?=[〇零一二三四五六七八九]{4}年){year:number}年' },
    { name: 'relative-year', pattern: `{bound:bounds}?{relYear:relYears}(?:{month:months}月(?:${DAY})?)?` },
    { name: 'month-day', pattern: `{bound:bounds}?(?<![0-9０-９.]){month:months}月(?:份|${DAY})?` },
    { name: 'relative-month', pattern: '{relMonth:relMonths}' },
    { name: 'relative-day', pattern: '{relDay:relDays}' },
    { name: 'weekday', pattern: '{relWeek:weekPrefixes}?{weekday:weekdays}' },
    { name: 'relative-week', pattern: '{relWeek:relWeeks}' },
    // 80周年 is an anniversary, not eighty weeks; 90年代 a decade; 10年前 and 3天后 are dates.
    { name: 'duration', pattern: '{lead:durationLeads}?{number:number}多?{unit:durationUnits}(?![年代度级底初末前后])' },
    { name: 'set', pattern: '{set:sets}' },
  ],
  claimless: zhClaimless,
} satisfies TimesPack;
