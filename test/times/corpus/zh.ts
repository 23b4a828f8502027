/** Chinese times corpus; reference date 2025-09-01 (Monday). */
import { examples, set, type TimeCorpus } from './examples.js';

export const zh: TimeCorpus = {
  examples: [
    examples('2025-09-01', ['2025年9月1日', '2025年09月01日', '今天', '今日', '本周一', '9月1日', '2025-09-01']),
    examples('2025-08', ['今年8月', '8月', '八月']),
    examples('2025-11', ['11月', '十一月', '11月份']),
    examples('2024', ['去年']),
    examples('2026', ['明年', '來年']),
    examples('2025', ['今年']),
    examples('2027', ['2027年', '二〇二七年']),
    examples('2033', ['到2033年', '至2033年']),
    examples('2024-03', ['去年3月']),
    examples('2025-09', ['本月', '这个月', '這個月']),
    examples('2025-08', ['上个月', '上個月'], 'DATE'),
    examples('2025-08-31', ['昨天']),
    examples('2025-09-02', ['明天', '周二', '星期二']),
    // A weekday alone is the nearest one (Friday before this Monday); 下周五 names next week's.
    examples('2025-08-29', ['周五', '星期五', '週五']),
    examples('2025-09-12', ['下周五', '下星期五']),
    examples('2025-08-29', ['上周五', '上週五']),
    examples('2025-W37', ['下周']),
    examples('P10Y', ['未来10年', '十年', '10年']),
    examples('P6M', ['6个月', '六个月']),
    examples('P2W', ['两周']),
    set('P1Y', ['每年']),
    set('P1M', ['每月']),
  ],
  negative: ['《上合组织未来10年发展战略》', '80周年', '25周年', '6500亿美元', '30%', '三股势力', '90年代'],
};
