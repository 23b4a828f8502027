/** Chinese figures corpus (simplified and traditional). */
import { examples, type FigureCorpus } from './examples.js';

export const zh: FigureCorpus = {
  examples: [
    examples({ value: 6.5e11, unit: 'USD', approx: 'more_than', kind: 'money' }, ['超过6500亿美元', '超過6500億美元', '逾6500亿美元', '6500多亿美元', '6500余亿美元', '6500亿美元以上']),
    examples({ value: 7e10, unit: 'USD', approx: 'about' }, ['接近700亿美元', '约700亿美元', '近700亿美元', '700亿美元左右', '將近700億美元']),
    examples({ value: 1.5e12, unit: 'USD', approx: 'up_to' }, ['高达1.5万亿美元', '高達1.5萬億美元', '多达1.5万亿美元']),
    examples({ value: 5e12, unit: 'USD', approx: 'exact' }, ['5万亿美元', '五万亿美元', '5萬億美元']),
    examples({ value: 1500, unit: 'USD' }, ['1,500美元', '1500美金']),
    examples({ value: 2.5e9, unit: 'CNY' }, ['25亿元', '25亿元人民币', '人民币25亿元', '二十五亿元']),
    examples({ value: 3e7, unit: 'EUR' }, ['3千万欧元', '三千万欧元']),
    examples({ value: 1.2e8, unit: 'KZT' }, ['一亿二千万坚戈', '1.2亿坚戈']),
    examples({ value: 4e9, unit: 'RUB' }, ['40亿卢布']),
    examples({ value: 8e6, unit: 'USD', approx: 'less_than' }, ['不到800万美元', '不足800万美元']),
    examples({ value: 2e8, unit: 'USD', approx: 'at_least' }, ['至少2亿美元', '不少于2亿美元']),
    examples({ value: 30, unit: 'percent', kind: 'percent' }, ['30%', '30％', '百分之三十']),
    examples({ value: 10, max: 15, unit: 'percent' }, ['10-15%', '10%-15%', '10至15%', '百分之十到百分之十五']),
    examples({ value: 20, unit: 'percent', approx: 'more_than' }, ['超过20%', '20%以上']),
    examples({ value: 150, unit: 'count', approx: 'more_than', kind: 'count', subject: '国家', text: '150多个' }, ['150多个国家']),
    examples({ value: 150, unit: 'count', approx: 'more_than', kind: 'count', subject: '國家', text: '150多個' }, ['150多個國家']),
    examples({ value: 4, unit: 'count', subject: '安全中心', text: '四个' }, ['四个安全中心']),
    examples({ value: 4, unit: 'count', subject: '安全中心', text: '四個' }, ['四個安全中心']),
    examples({ value: 30000, unit: 'count', subject: undefined }, ['3万人']),
    examples({ value: 2, unit: 'count' }, ['两个项目', '兩個項目']),
    examples({ value: 10, unit: 'years', kind: 'duration' }, ['合作了10年', '十年']),
    examples({ value: 80, unit: 'anniversary', kind: 'anniversary' }, ['80周年', '八十周年', '80週年']),
    examples({ value: 25, unit: 'ordinal', kind: 'ordinal' }, ['第25次', '第二十五届', '第25屆']),
  ],
  negative: [
    '三股势力', '打击“三股势力”', '“一带一路”倡议', '一国两制', '中俄两国', '二十国集团峰会',
    '《上合组织未来10年发展战略》', '一个高效的国际机构', '进一步加强合作', '翻了一番', '一体化',
    '2027年', '到2033年', '2025年9月1日', '今年8月', '电话：+7 (7172) 74-56-02', '90年代', 'G20峰会',
  ],
};
