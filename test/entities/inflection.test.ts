/**
 * The shared Russian/Kazakh suffix helper as the entities stage uses it: a citation form and the
 * case forms that belong to it, and forms that do not.
 */
import { describe, expect, it } from 'vitest';
import { isFormOf, nameStem, paradigmOf, type InflectingLanguage } from '../../src/lang/shared/inflection.js';

const FORMS: ReadonlyArray<readonly [InflectingLanguage, string, readonly string[], readonly string[]]> = [
  ['ru', 'Токаев', ['Токаев', 'Токаева', 'Токаеву', 'Токаевым', 'Токаеве'], ['Токаевка', 'Токаевич', 'Тока']],
  ['ru', 'Казахстан', ['Казахстан', 'Казахстана', 'Казахстану', 'Казахстаном', 'Казахстане'], ['Казахстанский', 'Казахстанец']],
  ['ru', 'Россия', ['Россия', 'России', 'Россию', 'Россией'], ['Российский', 'Росс']],
  ['ru', 'Беларусь', ['Беларусь', 'Беларуси', 'Беларусью'], ['Беларусский']],
  ['ru', 'Китай', ['Китай', 'Китая', 'Китаю', 'Китаем', 'Китае'], ['Китайский', 'Кита']],
  ['ru', 'Астана', ['Астана', 'Астаны', 'Астане', 'Астану', 'Астаной'], ['Астанин']],
  ['ru', 'Шанхайская', ['Шанхайская', 'Шанхайской', 'Шанхайскую'], ['Шанхай']],
  ['ru', 'Председатель', ['Председатель', 'Председателя', 'Председателем', 'Председателю'], ['Председательство']],
  ['ru', 'ШОС', ['ШОС'], ['ШОСа']],
  ['ru', 'Алматы', ['Алматы'], ['Алматыа']],
  ['kk', 'Қазақстан', ['Қазақстан', 'Қазақстанның', 'Қазақстанға', 'Қазақстанда', 'Қазақстандағы'], ['Қазақстанxyz', 'Қазақ']],
  ['kk', 'ШЫҰ', ['ШЫҰ', 'ШЫҰ-ның', 'ШЫҰ-ға'], ['ШЫҰ-xyz']],
  ['kk', 'Президент', ['Президенті', 'Президентінің'], ['Президентшілдік']],
  ['kk', 'Қытай Халық Республикасы', ['Қытай Халық Республикасының'], []],
  ['kk', 'Тоқаев', ['Тоқаев', 'Тоқаевқа', 'Тоқаевты', 'Тоқаевтың'], []],
];

describe('paradigmOf / isFormOf', () => {
  for (const [lang, lemma, forms, others] of FORMS) {
    it(`${lang} ${lemma}`, () => {
      for (const form of forms) expect(isFormOf(lang, lemma, form), form).toBe(true);
      for (const other of others) expect(isFormOf(lang, lemma, other), other).toBe(false);
    });
  }

  it('keeps the citation form as the stem where nothing is dropped', () => {
    expect(paradigmOf('ru', 'Токаев').stem).toBe('Токаев');
    expect(paradigmOf('ru', 'Астана').stem).toBe('Астан');
    expect(paradigmOf('ru', 'Шанхайская').stem).toBe('Шанхайск');
    expect(paradigmOf('kk', 'Қазақстан').stem).toBe('Қазақстан');
  });
});

describe('nameStem', () => {
  it('puts the case forms of one name on one stem', () => {
    expect(new Set(['Каллен', 'Каллена', 'Каллену', 'Калленом'].map((w) => nameStem('ru', w)))).toEqual(new Set(['Каллен']));
    expect(new Set(['Острова', 'Островой'].map((w) => nameStem('ru', w)))).toEqual(new Set(['Остров']));
    expect(new Set(['Каллен', 'Калленнің', 'Калленге', 'Калленді'].map((w) => nameStem('kk', w)))).toEqual(new Set(['Каллен']));
  });

  it('does not cut a Kazakh name at a one-letter suffix it may end with', () => {
    expect(nameStem('kk', 'Каллен')).toBe('Каллен');
  });
});
