/**
 * Russian quotes: «…» with „…“ nested inside, dash-led speech (`— …, — сказал Токаев.`), a quote
 * followed by its attribution (`«…», — отметил он.`), introduced by a colon (`Каллен заявил: «…»`),
 * reported after a cue (`Токаев отметил, что …`, `По его словам, …`) or closed by one in unmarked
 * copy (`…, заявил министр.`). Verb forms come from the shared inflection helper.
 * Format: see src/extract/quotes/quotes-pack.ts. Examples: test/quotes/ru-quotes.test.ts.
 */
import type { QuotesPack } from '../../extract/quotes/quotes-pack.js';
import { wordForms } from '../shared/inflection.js';

const past = (...stems: string[]) => stems.flatMap((s) => wordForms('ru', s, ['verbPast']));

const cue = [
  ...past('заяви', 'отмети', 'подчеркну', 'сказа', 'сообщи', 'добави', 'указа', 'констатирова', 'напомни',
    'поясни', 'уточни', 'призна', 'завери', 'предупреди', 'резюмирова'),
  // выразил уверенность, что …: the cue is the whole phrase, the content follows `что`.
  ...past('вырази').map((v) => `${v} уверенность`),
  ...wordForms('ru', 'счита', ['verbPresentE']),
  ...wordForms('ru', 'полага', ['verbPresentE']),
  ...wordForms('ru', 'говор', ['verbPresentI']),
  'уверен', 'уверена', 'уверены', 'убежден', 'убеждена', 'убеждён',
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
    that: ['что'],
    addCue: ['добавив', 'добавила', 'отметив', 'подчеркнув', 'пояснив', 'заявив'],
    adverb: ['также', 'еще', 'ещё', 'вновь', 'снова', 'особо', 'отдельно', 'уже', 'тогда', 'в свою очередь', 'неоднократно'],
    /** По словам / по мнению X: whose words. */
    according: ['словам', 'мнению', 'оценке'],
    /** Genitive pronouns in `по его словам`. */
    genitivePronoun: ['его', 'её', 'ее'],
    pronoun: ['он', 'она', 'его', 'её', 'ее', 'ему', 'ей'],
  },
  patterns: {
    /** One character of a name or a title: no clause punctuation or quote marks; a dot only after an initial (`В. Путин`). */
    nameChar: '(?:[^,.;:!?«»"“”„—–()]|(?<=\\p{Lu})\\.(?=\\s?\\p{Lu}))',
    /** `Маркус Тейл, генеральный секретарь союза, заявил`: what stands between a subject and its verb. */
    apposition: '(?:,\\s[^,.;:!?«»"“”„()]{1,80},)?',
    word: '[^\\s,.;:!?«»"“”„—–()]{1,25}',
    dash: '[—–-]',
    /** What may follow an attribution: `, добавив, что …` (reported words of the same speaker) or another clause. */
    rest: '(?:,\\s(?<addCue>{addCue}),?\\s(?:{that}\\s)?(?<added>[^«»"“”„]{2,200}?)|,\\s[^«»"“”„]{0,200}?)?[.!?…]?',
  },
  rules: [
    // — …, — сказал Токаев. / «…», — отметил он.
    { name: 'dash-cue-name', kind: 'closing', pattern: ',?\\s?{dash}\\s(?<cue>{cue})\\s(?<speaker>{nameChar}{1,80}?){rest}', confidence: 0.95 },
    // — …, — Токаев отметил.
    { name: 'dash-name-cue', kind: 'closing', pattern: ',?\\s?{dash}\\s(?<speaker>{nameChar}{1,60}?)\\s(?<cue>{cue}){rest}', confidence: 0.9 },
    // Каллен заявил журналистам: «…»
    { name: 'name-cue-colon', kind: 'intro', pattern: '(?<speaker>{nameChar}{1,60}?){apposition}\\s(?:{adverb}\\s)?(?<cue>{cue})(?:\\s{word}){0,3}:', confidence: 0.9 },
    // По его словам, …
    { name: 'by-his-words', kind: 'lead', pattern: '(?<cue>[Пп]о\\s(?<speaker>{genitivePronoun})\\s{according})\\s?,\\s', confidence: 0.85 },
    // По словам Каллена, …
    { name: 'by-words-of', kind: 'lead', pattern: '(?<cue>[Пп]о\\s{according})\\s(?<speaker>{nameChar}{1,60}?),\\s', confidence: 0.85 },
    // Токаев отметил, что … / Президент подчеркнул важность … / Он заявил журналистам, что …
    {
      name: 'subject-cue', kind: 'lead',
      pattern: '(?<speaker>{nameChar}{1,60}?){apposition}\\s(?:{adverb}\\s)?(?<cue>{cue})(?:(?:\\s{word}){0,3},\\s{that}\\s|:\\s|\\s)',
      confidence: 0.85,
    },
    // …, заявил министр.
    { name: 'comma-cue-name', kind: 'trail', pattern: ',\\s(?<cue>{cue})\\s(?<speaker>{nameChar}{1,80})', confidence: 0.75 },
    // …, по его словам.
    { name: 'comma-by-his-words', kind: 'trail', pattern: ',\\s(?<cue>по\\s(?<speaker>{genitivePronoun})\\s{according})', confidence: 0.8 },
    // …, по словам Каллена.
    { name: 'comma-by-words-of', kind: 'trail', pattern: ',\\s(?<cue>по\\s{according})\\s(?<speaker>{nameChar}{1,60})', confidence: 0.8 },
  ],
} satisfies QuotesPack;
