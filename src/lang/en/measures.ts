/**
 * English measure words for the figures ledger (format: src/link/measures-pack.ts). Matched as
 * whole words, case-insensitively, with plural -s/-es; hyphenated compounds split into words, so
 * `intra` finds both `intra-regional` and `intra-SCO`. Sources: the seed's English translation
 * (trade, share of global GDP, market, revenue) and common usage.
 */
import type { MeasuresPack } from '../../link/measures-pack.js';

export default {
  matching: 'words',
  plural: ['s', 'es'],
  measures: [
    { concept: 'trade', words: ['trade', 'trade turnover', 'turnover'] },
    { concept: 'exports', words: ['export'] },
    { concept: 'imports', words: ['import'] },
    { concept: 'gdp', words: ['GDP', 'gross domestic product'] },
    { concept: 'market', words: ['market'] },
    { concept: 'revenue', words: ['revenue', 'income', 'earnings'] },
    { concept: 'investment', words: ['investment'] },
    { concept: 'population', words: ['population'] },
    { concept: 'budget', words: ['budget'] },
    { concept: 'debt', words: ['debt'] },
    { concept: 'reserves', words: ['reserve'] },
    { concept: 'output', words: ['output', 'production'] },
    { concept: 'aid', words: ['aid', 'assistance'] },
    { concept: 'share', words: ['share', 'proportion'] },
    { concept: 'growth', words: ['growth rate', 'growth'] },
  ],
  qualifiers: [
    { qualifier: 'intra', words: ['intra', 'intraregional', 'within the region', 'among member states'] },
    { qualifier: 'world', words: ['world', 'global', 'worldwide'] },
    { qualifier: 'ai', words: ['artificial intelligence', 'AI'] },
    { qualifier: 'energy', words: ['energy'] },
    { qualifier: 'digital', words: ['digital'] },
  ],
} satisfies MeasuresPack;
