/**
 * Kazakh titles, pronouns and name shapes for the entities stage. Titles are citation forms; the
 * shared inflection helper matches their possessive and case forms (Президенті, Мемлекет
 * басшысының, Төрағасы). Sources: Akorda and Kazinform usage; Kazakh patronymics (-ұлы, -қызы).
 */
import type { EntitiesPack } from '../../extract/entities/entities-pack.js';

export default {
  tag: 'kk',
  inflection: 'kk',
  titles: [
    { words: ['Президент'], role: 'president', bare: true },
    { words: ['Мемлекет басшысы'], role: 'head-of-state', bare: true },
    { words: ['Төраға'], role: 'president' },
    { words: ['Премьер-министр'], role: 'head-of-government' },
    { words: ['Сыртқы істер министрі'], role: 'foreign-minister' },
    { words: ['Бас хатшы'], role: 'secretary-general' },
    { words: ['көшбасшы'], role: 'leader' },
  ],
  pronouns: [
    { words: ['ол', 'оның', 'оған', 'оны', 'онымен', 'одан'], personOnly: false },
    { words: ['олар', 'олардың', 'оларға', 'оларды'], plural: true, personOnly: false },
  ],
  pronounCues: [],
  stopPhrases: ['Вице-президент', 'Вице-премьер'],
  frames: {
    qualifierBefore: [' '],
    qualifierAfter: [],
    nameAfter: [' '],
    nameBefore: [],
    bareLeadIn: [''],
  },
  names: {
    kind: 'words',
    stopWords: ['Ол', 'Бұл', 'Мен', 'Біз', 'Және', 'Сондай-ақ', 'Осы', 'Сонымен', 'Сондықтан', 'Бірақ', 'Алайда'],
    patronymicEndings: ['ұлы', 'қызы', 'ович', 'евич', 'овн', 'евн'],
    feminineEndings: ['ова', 'ева', 'қызы'],
    masculineEndings: ['ұлы', 'ович', 'евич'],
  },
  ambiguousNames: [],
} satisfies EntitiesPack;
