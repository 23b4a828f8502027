/**
 * Kazakh quotes: «…» with „…“ nested, dash-led speech (`— …, — деді Тоқаев.`), the quotative
 * `деп` after a quote (`«…» деп атап өтті`), and reported speech framed by subject and verb, since
 * Kazakh puts the verb last (`Тоқаев … екенін атап өтті.`, `Мемлекет басшысы … деп санайды.`).
 * Verb forms come from the shared inflection helper, which applies vowel harmony.
 * Format: see src/extract/quotes/quotes-pack.ts. Examples: test/quotes/kk-quotes.test.ts.
 */
import type { QuotesPack, TableEntry } from '../../extract/quotes/quotes-pack.js';
import { wordForms } from '../shared/inflection.js';

const past = (...stems: string[]) => stems.flatMap((s) => wordForms('kk', s, ['verbPast']));

/** Verbs of saying, 3rd person past: атап өтті (noted), мәлімдеді (stated), жеткізді (conveyed)… */
const sayVerbs = [
  ...past('атап өт', 'атап көрсет', 'мәлімде', 'баса айт', 'жеткіз', 'хабарла', 'түсіндір', 'ескерт', 'мәлім ет'),
  'сенім білдірді', 'пікір білдірді',
];
/** Verbs of opinion, present: санайды (considers), есептейді (reckons). */
const thinkVerbs = [...wordForms('kk', 'сана', ['verbPresent']), ...wordForms('kk', 'есепте', ['verbPresent'])];

const cue: readonly TableEntry[] = [
  ...sayVerbs,
  ...thinkVerbs,
  ...[...sayVerbs, ...thinkVerbs, ...past('айт')].map((v) => `деп ${v}`),
  ...past('де'),
  // алғыс айтты is `thanked`, құттықтау айтты a greeting: not speech content.
  ...past('айт').map((word) => ({ word, unlessAfter: ['алғыс ', 'алғысын ', 'құттықтау ', 'көңіл '] })),
];

export default {
  marks: [
    { open: '«', close: '»' },
    { open: '„', close: '“' },
    { open: '“', close: '”' },
    { open: '"', close: '"' },
  ],
  titleMarks: [],
  speechDashes: '—–',
  attributionDashes: '—–-',
  introPunctuation: ':',
  /** Every rule's cue holds one of these. */
  triggers: ['{cue}', '{according}'],
  wordBoundaries: true,
  tables: {
    cue,
    /** X-тың айтуынша / пікірінше: according to X. */
    according: ['айтуынша', 'пікірінше', 'сөзінше'],
    /** Nouns that end a title (Мемлекет басшысы, Сыртқы істер министрі). */
    titleHead: ['басшысы', 'төрағасы', 'министрі', 'хатшысы', 'өкілі', 'президенті', 'төрайымы', 'елшісі'],
    pronoun: ['ол', 'оның', 'оған'],
  },
  patterns: {
    nameChar: '(?:[^,.;:!?«»"“”„—–()]|(?<=\\p{Lu})\\.(?=\\s?\\p{Lu}))',
    /** `Маркус Тейл, генеральный секретарь союза, заявил`: what stands between a subject and its verb. */
    apposition: '(?:,\\s[^,.;:!?«»"“”„()]{1,80},)?',
    word: '[^\\s,.;:!?«»"“”„—–()]{1,25}',
    capitalWord: '\\p{Lu}[\\p{L}\\-]{0,30}',
    /** A subject at the start of a sentence when no mention marks it: a pronoun, or capitalised words and title nouns. */
    subject: '{pronoun}|{capitalWord}(?:\\s(?:{capitalWord}|{titleHead})){0,4}',
    dash: '[—–-]',
    stop: '[.!?…]?',
  },
  rules: [
    // — …, — деді Тоқаев.
    { name: 'dash-cue-name', kind: 'closing', pattern: ',?\\s?{dash}\\s(?<cue>{cue})\\s(?<speaker>{nameChar}{1,80}?){stop}', confidence: 0.95 },
    // — …, — Тоқаев атап өтті.
    { name: 'dash-name-cue', kind: 'closing', pattern: ',?\\s?{dash}\\s(?<speaker>{nameChar}{1,60}?)\\s(?<cue>{cue}){stop}', confidence: 0.9 },
    // Тоқаев: «…» деп атап өтті. (the speaker is the subject before the quote)
    { name: 'quotative-dep', kind: 'closing', pattern: ',?\\s?(?:{dash}\\s)?(?<cue>{cue})(?:\\s(?<speaker>{nameChar}{1,60}))?{stop}', confidence: 0.9 },
    // Каллен былай деді: «…»
    { name: 'name-cue-colon', kind: 'intro', pattern: '(?<speaker>{nameChar}{1,60}?){apposition}\\s(?:былай\\s)?(?<cue>{cue}):', confidence: 0.9 },
    // Оның айтуынша, … / Калленнің пікірінше, …
    { name: 'according-to', kind: 'lead', pattern: '(?<speaker>{nameChar}{1,60}?)\\s(?<cue>{according})\\s?,\\s', confidence: 0.85 },
    // Тоқаев … екенін атап өтті. / Мемлекет басшысы … деп санайды.
    { name: 'subject-content-cue', kind: 'frame', pattern: '(?<speaker>{subject})\\s', tail: '\\s(?<cue>{cue})', confidence: 0.85 },
    // …, деді министр.
    { name: 'comma-cue-name', kind: 'trail', pattern: ',\\s(?:{dash}\\s)?(?<cue>{cue})\\s(?<speaker>{nameChar}{1,60})', confidence: 0.75 },
  ],
} satisfies QuotesPack;
