/**
 * Chinese measure words for the figures ledger (format: src/link/measures-pack.ts). Matched as
 * substrings, so each word is listed in simplified and, where it differs, traditional form.
 * Sources: the seed's own wording (贸易额, 国内生产总值中的份额, 市场规模, 收益) and the usual
 * terms of Chinese economic reporting.
 */
import type { MeasuresPack } from '../../link/measures-pack.js';

export default {
  matching: 'substring',
  measures: [
    { concept: 'trade', words: ['贸易', '貿易', '贸易额', '貿易額', '贸易总额', '貿易總額', '商品流通额', '进出口', '進出口'] },
    { concept: 'exports', words: ['出口'] },
    { concept: 'imports', words: ['进口', '進口'] },
    { concept: 'gdp', words: ['国内生产总值', '國內生產總值', 'GDP', '经济总量', '經濟總量'] },
    { concept: 'market', words: ['市场', '市場'] },
    { concept: 'revenue', words: ['收益', '收入', '营收', '營收'] },
    { concept: 'investment', words: ['投资', '投資'] },
    { concept: 'population', words: ['人口'] },
    { concept: 'budget', words: ['预算', '預算'] },
    { concept: 'debt', words: ['债务', '債務'] },
    { concept: 'reserves', words: ['储备', '儲備'] },
    { concept: 'output', words: ['产量', '產量', '产值', '產值'] },
    { concept: 'aid', words: ['援助'] },
    { concept: 'share', words: ['份额', '份額', '比重', '占比', '佔比'] },
    { concept: 'growth', words: ['增长率', '增長率', '增速'] },
  ],
  qualifiers: [
    { qualifier: 'intra', words: ['区域内', '區域內', '组织内', '組織內', '成员国间', '成員國間', '成员国之间', '成員國之間'] },
    { qualifier: 'world', words: ['全球', '世界'] },
    { qualifier: 'ai', words: ['人工智能'] },
    { qualifier: 'energy', words: ['能源'] },
    { qualifier: 'digital', words: ['数字', '數字', '数字化', '數字化'] },
  ],
} satisfies MeasuresPack;
