/**
 * Kazakh stance cues. Format: src/extract/stances/stances-pack.ts; `stem{class}` takes the
 * endings of that class from src/lang/shared/inflection.ts (`қолда{verbFinite}` → қолдайды,
 * қолдаймыз, қолдаймын, қолдады…). Kazakh puts the object before the verb, so the target is the
 * span between the subject and the cue, and the verb's person ending names the subject when no
 * pronoun does. Examples: `Қазақстан төрт қауіпсіздік орталығын құру туралы бастаманы қолдайды`
 * (support), `Мен мүше мемлекеттерді … шақырамын` (call, holder the speaker), `қолдамайды` (oppose).
 */
import type { StanceCue, StancesPack } from '../../extract/stances/stances-pack.js';

const cues = (type: StanceCue['type'], list: readonly string[]): StanceCue[] => list.map((cue) => ({ type, cue }));

export default {
  segmentation: 'words',
  order: 'target-cue',
  cues: [
    ...cues('support', ['қолда{verbFinite}', 'қолдау көрсет{verbFinite}']),
    { type: 'support', cue: 'қолда{verbNegative}', negated: true },
    ...cues('propose', ['ұсын{verbFinite}']),
    ...cues('call', ['шақыр{verbFinite}', 'үнде{verbFinite}']),
    ...cues('praise', ['жоғары бағала{verbFinite}', 'жоғары баға бер{verbFinite}', 'мақта{verbFinite}']),
    ...cues('welcome', ['құпта{verbFinite}', 'қош көр{verbFinite}']),
    ...cues('oppose', ['айыпта{verbFinite}', 'қарсы шық{verbFinite}', 'қарсы шығ{verbFinite}', 'қарсылық білдір{verbFinite}']),
    ...cues('thank', ['алғыс айт{verbFinite}', 'алғысын білдір{verbFinite}', 'алғыс білдір{verbFinite}',
      'рахмет айт{verbFinite}', 'ризашылығын білдір{verbFinite}']),
    ...cues('congratulate', ['құттықта{verbFinite}']),
  ],
  firstPersonPlural: ['біз', 'еліміз'],
  firstPersonSingular: ['мен'],
  personEndings: {
    plural: ['мыз', 'міз', 'быз', 'біз', 'пыз', 'піз', 'дық', 'дік', 'тық', 'тік'],
    singular: ['мын', 'мін', 'дым', 'дім', 'тым', 'тім'],
  },
  skippable: ['толық', 'толығымен', 'тағы да', 'тағы', 'де', 'да', 'әрдайым', 'сондай-ақ', 'үнемі', 'белсенді',
    'шын жүректен', 'әрқашан'],
  negators: [],
  notBefore: [],
  notAfter: [],
  targetStops: ['.', ';', ':', '!', '?', ' — ', ' – ', '(', ','],
  // A comma ends the clause before the object only after a converb (көтеріп, ШЫҰ-ның … ұсынды).
  clauseBreakAfter: ['п', 'ғанда', 'генде', 'қанда', 'кенде'],
  targetTrimStart: [],
  initiativePatterns: [
    {
      name: 'establish-initiative',
      // Anchored at a word start so the engine does not retry inside words.
      pattern: '(?<![^\\s«“"(])(?<thing>(?:[^\\s,.;:!?«»“”"]+ ){0,5}[^\\s,.;:!?«»“”"]+) (?:құру|ашу|құрылуы)(?:ды|ға|)? (?:туралы )?бастама',
      create: true,
      requires: 'бастама',
    },
    { name: 'named-initiative', pattern: '(?<![^\\s«“"(])(?<thing>(?:[^\\s,.;:!?«»“”"]+ ){1,3}бастама{possessive}{case})', requires: 'бастама' },
  ],
  proposerMarkers: [
    { marker: 'ұсынған', side: 'before', maxGap: 2 },
    { marker: 'бастамашылығымен', side: 'before', maxGap: 2 },
  ],
} satisfies StancesPack;
