/**
 * Duckling-style corpora for the measures lexicon: `examples(value, [surface forms…])` per pack,
 * and a negative corpus of words that must not be read as a measure. Typed per language, so a
 * pack without a corpus fails to compile.
 */
import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/lang/load-packs.js';
import { createMeasureMatcher, type MeasureHit } from '../../src/link/measure-matcher.js';

type Lang = 'zh' | 'ru' | 'en' | 'kk';
type Example = readonly [name: MeasureHit['name'], forms: readonly string[]];
const examples = (name: MeasureHit['name'], forms: readonly string[]): Example => [name, forms];

const POSITIVE: Record<Lang, readonly Example[]> = {
  zh: [
    examples('trade', ['区域内贸易稳步增长', '哈萨克斯坦与成员国的贸易额', '區域內貿易', '進出口總額']),
    examples('gdp', ['全球国内生产总值中的份额', '國內生產總值', 'GDP增长']),
    examples('share', ['份额翻了一番', '在全球科技产业中的比重', '份額']),
    examples('market', ['人工智能市场规模', '市場']),
    examples('revenue', ['1.5万亿美元的收益', '財政收入']),
    examples('intra', ['区域内贸易', '成员国之间的贸易']),
    examples('world', ['全球国内生产总值', '世界贸易']),
    examples('ai', ['人工智能市场']),
  ],
  ru: [
    examples('trade', ['Торговля внутри региона', 'товарооборот Казахстана', 'объем торговли', 'взаимной торговлей']),
    examples('gdp', ['в мировом ВВП', 'валового внутреннего продукта']),
    examples('share', ['доля государств-членов', 'его доля', 'долю рынка', 'долей']),
    examples('market', ['объем рынка искусственного интеллекта', 'на рынке', 'рынок']),
    examples('revenue', ['доход до 1,5 трлн долларов', 'доходы бюджета']),
    examples('investment', ['объем инвестиций', 'инвестиции выросли']),
    examples('population', ['численность населения', 'население']),
    examples('intra', ['Торговля внутри региона', 'взаимной торговли']),
    examples('world', ['в мировом ВВП', 'в мировой технологической индустрии']),
    examples('ai', ['рынка искусственного интеллекта', 'в сфере ИИ']),
  ],
  en: [
    examples('trade', ['Intra-regional trade has grown', "Kazakhstan's trade with the member states", 'trade turnover']),
    examples('gdp', ['share of global GDP', 'gross domestic product']),
    examples('share', ['its share of the global technology industry', 'shares']),
    examples('market', ['the artificial intelligence market', 'markets']),
    examples('revenue', ['$1.5 trillion in revenue a year', 'revenues']),
    examples('investment', ['foreign investments']),
    examples('intra', ['Intra-regional trade', 'intra-SCO trade']),
    examples('world', ['share of global GDP', 'world trade']),
    examples('ai', ['the artificial intelligence market', 'the AI market']),
  ],
  kk: [
    examples('trade', ['Өңір ішіндегі сауда тұрақты өсіп келеді', 'мүше мемлекеттермен тауар айналымы', 'сауданың көлемі']),
    examples('gdp', ['әлемдік ішкі жалпы өнімдегі үлесі', 'ЖІӨ-нің']),
    examples('share', ['үлесі екі есе артып', 'үлесін']),
    examples('market', ['жасанды интеллект нарығының көлемі', 'нарық']),
    examples('revenue', ['1,5 трлн долларға дейін табыс', 'табысы']),
    examples('intra', ['Өңір ішіндегі сауда']),
    examples('world', ['әлемдік ішкі жалпы өнім', 'жаһандық технологиялық индустриядағы']),
    examples('ai', ['жасанды интеллект нарығының']),
  ],
};

/** Words that look like a measure word and are not (a prefix, another word, the wrong case). */
const NEGATIVE: Record<Lang, readonly string[]> = {
  zh: ['高度评价', '上海精神', '合作'],
  ru: ['долларов', 'неуклонно растет', 'рыбак', 'торговец'],
  en: ['trademark', 'marketing plan', 'shared values', 'she said', 'the ai of it'],
  kk: ['саяси', 'нарәсте', 'үлкен'],
};

describe('measures lexicon corpora', async () => {
  const packs = await loadPacks();
  const matcher = createMeasureMatcher(packs);
  const names = (text: string, lang: Lang) => matcher.find(text, 0, text.length, lang).map((h) => h.name);

  for (const lang of Object.keys(POSITIVE) as Lang[]) {
    describe(lang, () => {
      for (const [name, forms] of POSITIVE[lang]) {
        it.each(forms)(`finds ${name} in %s`, (form) => {
          expect(names(form, lang)).toContain(name);
        });
      }
      it.each(NEGATIVE[lang])('finds no measure in %s', (text) => {
        expect(matcher.find(text, 0, text.length, lang).filter((h) => h.kind === 'measure')).toEqual([]);
      });
    });
  }

  it('every pack has a measures part with words for every concept the others name', () => {
    const byPack = packs.all('measures').map(([code, pack]) => [code, new Set(pack.measures.map((m) => m.concept))] as const);
    expect(byPack.map(([code]) => code)).toEqual(expect.arrayContaining(['en', 'kk', 'ru', 'zh']));
    const all = new Set(byPack.flatMap(([, concepts]) => [...concepts]));
    for (const [code, concepts] of byPack) expect([...all].filter((c) => !concepts.has(c)), code).toEqual([]);
  });

  it('spans point into the text and stay inside the window', () => {
    const text = 'Торговля внутри региона неуклонно растет, в прошлом году ее объем составил более 650 млрд долларов.';
    const hits = matcher.find(text, 9, 60, 'ru');
    expect(hits.map((h) => h.name)).toEqual(['intra']);
    for (const h of hits) expect(h.start >= 9 && h.end <= 60).toBe(true);
    expect(matcher.find(text, 0, text.length, 'und')).toEqual([]);
  });
});
