/**
 * Russian titles, pronouns and name shapes for the entities stage. Forms are citation forms: the
 * shared inflection helper (src/lang/shared/inflection.ts) matches Президента, главой государства,
 * Председателем. Sources: TASS and Kazinform usage; Russian patronymic and surname endings.
 */
import type { EntitiesPack } from '../../extract/entities/entities-pack.js';

export default {
  tag: 'ru',
  inflection: 'ru',
  titles: [
    { words: ['Президент'], role: 'president', bare: true },
    { words: ['глава государства'], role: 'head-of-state', bare: true },
    { words: ['Председатель'], role: 'president' },
    { words: ['премьер-министр', 'председатель правительства'], role: 'head-of-government' },
    { words: ['министр иностранных дел', 'глава МИД'], role: 'foreign-minister' },
    { words: ['Генеральный секретарь', 'генсек'], role: 'secretary-general' },
    { words: ['лидер'], role: 'leader' },
  ],
  pronouns: [
    { words: ['он', 'его', 'ему', 'им', 'нём', 'нем', 'него', 'нему', 'ним'], gender: 'm', personOnly: false },
    { words: ['она', 'её', 'ее', 'ей', 'ней', 'неё', 'нее'], gender: 'f', personOnly: false },
    { words: ['они', 'их', 'ими', 'них', 'ними'], plural: true, personOnly: false },
  ],
  pronounCues: ['по'],
  stopPhrases: ['вице-президент', 'экс-президент', 'вице-премьер'],
  frames: {
    qualifierBefore: [' '],
    qualifierAfter: [' '],
    nameAfter: [' '],
    nameBefore: [],
    bareLeadIn: [''],
  },
  names: {
    kind: 'words',
    stopWords: [
      'В', 'Во', 'На', 'И', 'А', 'Но', 'Он', 'Она', 'Они', 'Мы', 'Я', 'Это', 'Эти', 'По', 'Как', 'Для',
      'При', 'Также', 'Однако', 'С', 'Со', 'К', 'О', 'Об', 'У', 'Из', 'За', 'Что', 'Его', 'Ее', 'Её',
      'Кроме', 'Поэтому', 'Вместе', 'Ранее',
    ],
    patronymicEndings: ['ович', 'евич', 'ьич', 'овн', 'евн', 'ичн'],
    feminineEndings: ['ова', 'ева', 'ина', 'ская', 'цкая', 'овна', 'евна', 'ична', 'овн', 'евн', 'ичн'],
    masculineEndings: ['ович', 'евич', 'ьич'],
  },
  ambiguousNames: ['Мир', 'Того', 'Чад'],
} satisfies EntitiesPack;
