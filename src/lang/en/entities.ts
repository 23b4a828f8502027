/**
 * English titles, pronouns and name shapes for the entities stage. Titles are listed once; the
 * lexicon adds their lower-case, capitalised and title-case forms. Sources: AP and Reuters style
 * for titles before names; common capitalised words that start sentences but are not names.
 */
import type { EntitiesPack } from '../../extract/entities/entities-pack.js';

export default {
  tag: 'en',
  titles: [
    { words: ['President'], role: 'president', bare: true },
    { words: ['Head of State'], role: 'head-of-state', bare: true },
    { words: ['Chairman'], role: 'chairman' },
    { words: ['Prime Minister', 'Premier'], role: 'head-of-government' },
    { words: ['Foreign Minister', 'Minister of Foreign Affairs'], role: 'foreign-minister' },
    { words: ['Secretary-General', 'Secretary General'], role: 'secretary-general' },
    { words: ['leader'], role: 'leader' },
  ],
  pronouns: [
    { words: ['he', 'him', 'his', 'himself'], gender: 'm', personOnly: true },
    { words: ['she', 'her', 'hers', 'herself'], gender: 'f', personOnly: true },
    { words: ['they', 'them', 'their', 'theirs'], plural: true, personOnly: true },
  ],
  pronounCues: [],
  stopPhrases: [
    'Vice President', 'Vice-President', 'Deputy Prime Minister', 'Deputy Foreign Minister',
    'Deputy Secretary-General', 'Deputy Secretary General', 'Acting President',
  ],
  frames: {
    qualifierBefore: [' ', "'s ", '’s '],
    qualifierAfter: [' of ', ' of the '],
    nameAfter: [' '],
    nameBefore: [],
    bareLeadIn: ['', 'The ', 'the '],
  },
  names: {
    kind: 'words',
    stopWords: [
      'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'In',
      'On', 'At', 'And', 'But', 'Or', 'As', 'For', 'With', 'By', 'From', 'To', 'Of', 'Mr', 'Mrs', 'Ms',
      'Dr', 'Said', 'Says', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
      'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
      'November', 'December',
    ],
    patronymicEndings: [],
    feminineEndings: [],
    masculineEndings: [],
  },
  ambiguousNames: ['Turkey', 'Chad', 'Jordan', 'Georgia', 'Guinea', 'Niger', 'China', 'Japan'],
} satisfies EntitiesPack;
