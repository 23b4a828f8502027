/**
 * Russian measure words for the figures ledger (format: src/link/measures-pack.ts). Citation
 * forms, matched in every case through the shared inflection helper; a fleeting-vowel noun also
 * lists its genitive (рынок, рынка), whose stem the other cases share. Sources: the seed's
 * Russian translation (торговля, товарооборот, доля, ВВП, рынок, доход) and common usage.
 */
import type { MeasuresPack } from '../../link/measures-pack.js';

export default {
  matching: 'words',
  inflection: 'ru',
  measures: [
    { concept: 'trade', words: ['торговля', 'товарооборот', 'внешнеторговый оборот'] },
    { concept: 'exports', words: ['экспорт'] },
    { concept: 'imports', words: ['импорт'] },
    { concept: 'gdp', words: ['ВВП', 'валовой внутренний продукт'] },
    { concept: 'market', words: ['рынок', 'рынка'] },
    { concept: 'revenue', words: ['доход', 'выручка'] },
    { concept: 'investment', words: ['инвестиция', 'инвестиций', 'капиталовложение', 'капиталовложения'] },
    { concept: 'population', words: ['население', 'населения'] },
    { concept: 'budget', words: ['бюджет'] },
    { concept: 'debt', words: ['долг', 'задолженность'] },
    { concept: 'reserves', words: ['резерв', 'резервы'] },
    { concept: 'output', words: ['производство', 'производства', 'выпуск'] },
    { concept: 'aid', words: ['помощь'] },
    { concept: 'share', words: ['доля'] },
    { concept: 'growth', words: ['темп роста', 'темпы роста', 'рост'] },
  ],
  qualifiers: [
    { qualifier: 'intra', words: ['внутри', 'внутрирегиональная', 'взаимная'] },
    { qualifier: 'world', words: ['мировой', 'глобальный', 'глобальная', 'мира'] },
    { qualifier: 'ai', words: ['искусственный интеллект', 'ИИ'] },
    { qualifier: 'energy', words: ['энергетический', 'энергетика'] },
    { qualifier: 'digital', words: ['цифровой', 'цифровая'] },
  ],
} satisfies MeasuresPack;
