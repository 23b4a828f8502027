/**
 * English quotes: “…” with ‘…’ nested (’ is also the apostrophe), straight "…", a quote closed by
 * its attribution (`,” Tokayev said.`, `,” said the President.`), introduced by a colon
 * (`Kallen said: “…”`), reported after a cue (`He noted that …`, `According to him, …`), and the
 * unmarked speech of wire copy closed by an attribution (`…, said the Valdorian leader.`).
 * Format: see src/extract/quotes/quotes-pack.ts. Examples: test/quotes/en-quotes.test.ts.
 */
import type { QuotesPack } from '../../extract/quotes/quotes-pack.js';

export default {
  marks: [
    { open: '“', close: '”' },
    { open: '‘', close: '’', apostrophe: true },
    { open: '"', close: '"' },
  ],
  titleMarks: [],
  speechDashes: '—',
  attributionDashes: '—–',
  closingJoiners: ',.!?…',
  introPunctuation: ':,',
  /** Every rule's cue holds one of these. */
  triggers: ['{cue}', '{tellCue}', 'according', 'According', 'quoted', 'continued'],
  wordBoundaries: true,
  tables: {
    // Verbs that also take a plain object (recalled an ambassador, declared an emergency,
    // observed a silence, announced a launch) are left out: they would turn acts into speech.
    // So are present forms that are also plural nouns (eleven states, diplomatic notes, stresses).
    cue: [
      'said', 'says', 'stressed', 'noted', 'added', 'adds', 'emphasized', 'emphasised',
      'emphasizes', 'emphasises', 'underlined', 'underlines', 'underscored', 'pointed out', 'stated',
      'remarked', 'explained', 'believes', 'believed', 'warned', 'insisted', 'argued', 'affirmed', 'reaffirmed',
      'reiterated', 'acknowledged', 'asserted', 'commented', 'concluded', 'highlighted', 'is confident',
      'was confident', 'expressed confidence',
    ],
    /** `told` needs its listener before the content: `told reporters that …`. */
    tellCue: ['told', 'tells', 'assured'],
    that: ['that'],
    addCue: ['adding', 'noting', 'stressing', 'stating', 'explaining'],
    adverb: ['also', 'again', 'further', 'repeatedly', 'earlier', 'separately', 'once again', 'then', 'later', 'firmly'],
    pronoun: ['he', 'she', 'him', 'her'],
  },
  patterns: {
    /** One character of a name or a title: no clause punctuation or quote marks; dots of initials and Mr./Dr. allowed. */
    // The plain character first: alternatives are tried in order, and it is by far the most common.
    nameChar: '(?:[^,.;:!?"“”()]|Mr\\.|Mrs\\.|Ms\\.|Dr\\.|Prof\\.|Gen\\.|(?<=\\p{Lu})\\.(?=\\s?\\p{Lu}))',
    /** `Маркус Тейл, генеральный секретарь союза, заявил`: what stands between a subject and its verb. */
    apposition: '(?:,\\s[^,.;:!?"“”()]{1,80},)?',
    word: '[^\\s,.;:!?"“”()]{1,25}',
    anyCue: '{cue}|{tellCue}',
    stop: '[.!?]?',
    /** What may follow an attribution: `, adding that …` (reported words of the same speaker) or another clause. */
    addition: '(?:,\\s(?<addCue>{addCue})\\s(?:{that}\\s)?(?<added>[^"“”]{2,200}?)|,\\s[^"“”]{1,200}?)?',
  },
  rules: [
    // “…,” Tokayev said. / “…,” he told reporters.
    { name: 'name-cue', kind: 'closing', pattern: ',?\\s(?<speaker>{nameChar}{1,60}?)\\s(?<cue>{anyCue})(?:\\s{word}){0,4}{addition}{stop}', confidence: 0.95 },
    // “…,” said the President, adding that …
    { name: 'cue-name', kind: 'closing', pattern: ',?\\s(?<cue>{anyCue})\\s(?<speaker>{nameChar}{1,80}?){addition}{stop}', confidence: 0.95 },
    // “…,” Kallen's press service quoted him as saying.
    { name: 'quoted-as-saying', kind: 'closing', pattern: ',?\\s(?<owner>{nameChar}{1,60}?)\\s(?<cue>quoted\\s(?<speaker>{nameChar}{1,40}?)\\sas\\ssaying){stop}', confidence: 0.9 },
    // Kallen said: “…” / Kallen told reporters: “…”
    { name: 'name-cue-colon', kind: 'intro', pattern: '(?<speaker>{nameChar}{1,60}?){apposition}\\s(?:{adverb}\\s)?(?<cue>{anyCue}|continued)(?:\\s{word}){0,3}[:,]', confidence: 0.9 },
    // According to him, …
    { name: 'according-to', kind: 'lead', pattern: '(?<cue>[Aa]ccording\\sto)\\s(?<speaker>{nameChar}{1,60}?),\\s', confidence: 0.85 },
    // Kallen's press service quoted him as saying that …
    { name: 'quoted-as-saying', kind: 'lead', pattern: '(?<owner>{nameChar}{1,60}?)\\s(?<cue>quoted\\s(?<speaker>{nameChar}{1,40}?)\\sas\\ssaying)(?:\\sthat)?\\s', confidence: 0.85 },
    // Kallen was quoted as saying that …
    { name: 'was-quoted', kind: 'lead', pattern: '(?<speaker>{nameChar}{1,60}?)\\s(?<cue>(?:was|were)\\squoted\\sas\\ssaying)(?:\\sthat)?\\s', confidence: 0.85 },
    // Kallen told reporters on Monday that …
    { name: 'subject-told-that', kind: 'lead', pattern: '(?<speaker>{nameChar}{1,60}?){apposition}\\s(?:{adverb}\\s)?(?<cue>{tellCue})(?:\\s{word}){1,4}\\s{that}\\s', confidence: 0.85 },
    // He noted that … / He said on Monday that … / The President stressed the importance of …
    {
      name: 'subject-cue', kind: 'lead',
      pattern: '(?<speaker>{nameChar}{1,60}?){apposition}\\s(?:{adverb}\\s)?(?<cue>{cue})(?:(?:\\s{word}){0,3}\\s{that}\\s|:\\s|,\\s{that}\\s|\\s)',
      confidence: 0.85,
    },
    // …, said the Valdorian leader.
    { name: 'comma-cue-name', kind: 'trail', pattern: ',\\s(?<cue>{cue})\\s(?<speaker>{nameChar}{1,80})', confidence: 0.75 },
    // …, he said. / …, Kallen told reporters.
    { name: 'comma-name-cue', kind: 'trail', pattern: ',\\s(?<speaker>{nameChar}{1,60}?)\\s(?<cue>{cue}|{tellCue}(?:\\s{word}){1,3})', confidence: 0.75 },
    // …, according to the minister.
    { name: 'comma-according-to', kind: 'trail', pattern: ',\\s(?<cue>according\\sto)\\s(?<speaker>{nameChar}{1,60})', confidence: 0.8 },
    // …, Kallen's press service quoted him as saying.
    { name: 'comma-quoted-as-saying', kind: 'trail', pattern: ',\\s(?<owner>{nameChar}{1,60}?)\\s(?<cue>quoted\\s(?<speaker>{nameChar}{1,40}?)\\sas\\ssaying)', confidence: 0.85 },
  ],
} satisfies QuotesPack;
