/**
 * Kazakh measure words for the figures ledger (format: src/link/measures-pack.ts). The form is
 * the stem; plural, possessive and case suffixes stack after it through the shared inflection
 * helper (сауда → сауданың, үлес → үлесі). A stem whose final қ/к voices before a vowel lists
 * the voiced form too (нарық, нарығ). Sources: the seed's Kazakh translation (сауда, тауар
 * айналымы, ішкі жалпы өнім, үлес, нарық, табыс) and common usage.
 */
import type { MeasuresPack } from '../../link/measures-pack.js';

export default {
  matching: 'words',
  inflection: 'kk',
  measures: [
    { concept: 'trade', words: ['сауда', 'тауар айналым', 'тауар айналымы'] },
    { concept: 'exports', words: ['экспорт'] },
    { concept: 'imports', words: ['импорт'] },
    { concept: 'gdp', words: ['ЖІӨ', 'ішкі жалпы өнім'] },
    { concept: 'market', words: ['нарық', 'нарығ'] },
    { concept: 'revenue', words: ['табыс', 'кіріс'] },
    { concept: 'investment', words: ['инвестиция'] },
    { concept: 'population', words: ['халық саны', 'тұрғын'] },
    { concept: 'budget', words: ['бюджет'] },
    { concept: 'debt', words: ['қарыз'] },
    { concept: 'reserves', words: ['резерв'] },
    { concept: 'output', words: ['өндіріс'] },
    { concept: 'aid', words: ['көмек'] },
    { concept: 'share', words: ['үлес'] },
    { concept: 'growth', words: ['өсім', 'өсу қарқын', 'өсу қарқыны'] },
  ],
  qualifiers: [
    { qualifier: 'intra', words: ['өңір ішіндегі', 'ұйым ішіндегі', 'өңірішілік', 'өзара'] },
    { qualifier: 'world', words: ['әлемдік', 'жаһандық', 'әлем'] },
    { qualifier: 'ai', words: ['жасанды интеллект', 'ЖИ'] },
    { qualifier: 'energy', words: ['энергетика', 'энергетикалық'] },
    { qualifier: 'digital', words: ['цифрлық'] },
  ],
} satisfies MeasuresPack;
