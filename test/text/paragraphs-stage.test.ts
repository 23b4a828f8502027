/**
 * The paragraphs stage settles the document's language from its paragraphs unless the caller fixed
 * it, and a paragraph too short to judge takes the document's language. Fictional sentences.
 */
import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/extract/doc.js';
import { loadPacks } from '../../src/lang/load-packs.js';
import { paragraphsStage } from '../../src/text/paragraphs-stage.js';

const run = paragraphsStage.create(await loadPacks());

const KAZAKH = 'Валдория Президенті екі елдің цифрлық экономика саласындағы ынтымақтастығын дамытатынын мәлімдеді.';
const RUSSIAN = 'Президент Валдории заявил, что две страны будут развивать сотрудничество в области цифровой экономики.';

function paragraphs(text: string, init: { lang?: string; declaredLang?: string } = {}) {
  const doc = new Doc({ text, ...init, date: null, source: 'test' });
  run(doc);
  return { lang: doc.lang, tags: doc.get('paragraphs').map((p) => p.lang) };
}

describe('paragraphs stage', () => {
  it('derives the document language from its paragraphs and gives it to the short ones', () => {
    expect(paragraphs([KAZAKH, RUSSIAN, 'Да.'].join('\n\n'))).toEqual({ lang: 'kk', tags: ['kk', 'ru', 'kk'] });
    expect(paragraphs([RUSSIAN, RUSSIAN, 'Да.'].join('\n\n'))).toEqual({ lang: 'ru', tags: ['ru', 'ru', 'ru'] });
  });

  it('keeps a language the caller fixed', () => {
    expect(paragraphs([RUSSIAN, 'Да.'].join('\n\n'), { lang: 'kk' })).toEqual({ lang: 'kk', tags: ['ru', 'kk'] });
  });

  it('takes the declared language when the text is too short to tell, or has no letters', () => {
    expect(paragraphs('Так точно.', { declaredLang: 'kk' })).toEqual({ lang: 'kk', tags: ['kk'] });
    expect(paragraphs('12 345 — 67%', { declaredLang: 'ru' })).toEqual({ lang: 'ru', tags: ['ru'] });
    expect(paragraphs('12 345 — 67%')).toEqual({ lang: 'und', tags: ['und'] });
  });
});
