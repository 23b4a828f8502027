/** English quote corpus: each construction, positive and negative. */
import { direct, examples, KALLEN, MARENIA, none, OSTROVA, reported, runCorpus, UNION, VALDORIA } from './quote-corpus.js';

const cast = {
  'President of Valdoria Arvid Kallen': KALLEN, 'Arvid Kallen': KALLEN, 'Kallen': KALLEN, 'the Valdorian leader': KALLEN,
  'Foreign Minister Irena Ostrova': OSTROVA, 'Irena Ostrova': OSTROVA, 'Ostrova': OSTROVA,
  'Valdoria': VALDORIA, 'Marenia': MARENIA, 'the Ostrenian Union': UNION,
};

runCorpus('en', cast, [
  // A quote closed by its attribution, the speaker before or after the verb.
  examples([direct('We support the initiative to establish a development centre. We are ready to take part', KALLEN, 'said')], [
    '“We support the initiative to establish a development centre. We are ready to take part,” Kallen said.',
    '“We support the initiative to establish a development centre. We are ready to take part,” said Kallen.',
    '"We support the initiative to establish a development centre. We are ready to take part," Kallen said.',
  ]),
  // Reported words added after the attribution belong to the same speaker.
  examples([
    direct('We support the initiative to establish a development centre. We are ready to take part', KALLEN, 'said'),
    reported('talks would continue', KALLEN, 'adding'),
  ], [
    '“We support the initiative to establish a development centre. We are ready to take part,” said the Valdorian leader, adding that talks would continue.',
  ]),
  examples([direct('Are we ready? We are', OSTROVA, 'told')], ['“Are we ready? We are,” Ostrova told reporters.']),
  examples([direct('We are ready', KALLEN, 'said')], ['Kallen arrived in Marenia on Monday. “We are ready,” he said.']),
  examples([direct('We are ready', OSTROVA, 'said')], ['Kallen met Ostrova. “We are ready,” she said.'], { she: [OSTROVA, 'coref'] }),
  // Nested quotes and apostrophes: ’ inside a word closes nothing.
  examples([direct('Valdoria’s position is clear: we oppose the ‘three evils’ and support the “Shanghai Spirit”', KALLEN, 'said')], [
    '“Valdoria’s position is clear: we oppose the ‘three evils’ and support the “Shanghai Spirit”,” Kallen said.',
  ]),
  // Introduced by a colon.
  examples([direct('Trade between our countries exceeded $30 billion last year.', OSTROVA, 'said')], [
    'Ostrova said: “Trade between our countries exceeded $30 billion last year.”',
    'Foreign Minister Irena Ostrova said: “Trade between our countries exceeded $30 billion last year.”',
  ]),
  // An apposition between the subject and its verb.
  examples([direct('We are ready for talks.', OSTROVA, 'said')], ['Irena Ostrova, the Marenian foreign minister, said: “We are ready for talks.”']),
  examples([reported('the talks would continue', OSTROVA, 'said')], ['Ostrova, who chaired the session, said that the talks would continue.']),
  // An attributed quote and the quote right after it: the same speaker.
  examples([direct('We are ready', KALLEN, 'said'), direct('The talks will continue in November.', KALLEN, 'said')], [
    '“We are ready,” Kallen said. “The talks will continue in November.”',
  ]),
  // Over two paragraphs, and unclosed at a paragraph's end.
  examples([direct('First, we will strengthen security.\n\n“Second, we will expand trade', KALLEN, 'said')], [
    '“First, we will strengthen security.\n\n“Second, we will expand trade,” Kallen said.',
  ]),
  examples([direct('We are ready.', KALLEN, 'said'), reported('the talks had been productive', OSTROVA, 'noted')], [
    'Kallen said: “We are ready.\n\nOstrova noted that the talks had been productive.',
  ]),
  // Reported speech after a cue.
  examples([reported('the Ostrenian Union is an efficient international institution', KALLEN, 'noted')], [
    'Kallen noted that the Ostrenian Union is an efficient international institution.',
    'Kallen also noted that the Ostrenian Union is an efficient international institution.',
    'On Monday, Kallen noted that the Ostrenian Union is an efficient international institution.',
    'Kallen noted on Monday that the Ostrenian Union is an efficient international institution.',
  ]),
  examples([reported('the importance of cooperation in the field of security', KALLEN, 'stressed')], ['Kallen stressed the importance of cooperation in the field of security.']),
  examples([reported('the top priority is to strengthen strategic partnership', KALLEN, 'stressed')], [
    'Kallen outlined his view. He stressed that the top priority is to strengthen strategic partnership.',
  ]),
  examples([reported('the talks would continue', OSTROVA, 'told')], ['Ostrova told reporters that the talks would continue.']),
  examples([reported('the sides will sign the agreement in November', KALLEN, 'According to')], [
    'According to Kallen, the sides will sign the agreement in November.',
    'Kallen arrived in the capital. According to him, the sides will sign the agreement in November.',
  ]),
  examples([reported('The sides will sign the agreement in November', OSTROVA, 'according to')], ['The sides will sign the agreement in November, according to Ostrova.']),
  // Unmarked speech in wire copy, closed by its attribution.
  examples([reported('This global project could bring up to $1.5 trillion a year', KALLEN, 'said')], [
    'This global project could bring up to $1.5 trillion a year, said the Valdorian leader.',
    'This global project could bring up to $1.5 trillion a year, Kallen said.',
  ]),
  examples([reported('Marenia is ready for talks', OSTROVA, 'said')], ['Marenia is ready for talks, she said.'], { she: [OSTROVA, 'coref'] }),
  // X's press service quoted him as saying → X.
  examples([reported('Valdoria is ready to host the next summit', KALLEN, 'quoted him as saying')], [
    'Valdoria is ready to host the next summit, Kallen\'s press service quoted him as saying.',
    'Kallen\'s press service quoted him as saying that Valdoria is ready to host the next summit.',
  ]),
  examples([reported('Valdoria is ready to host the next summit', KALLEN, 'was quoted as saying')], ['Kallen was quoted as saying that Valdoria is ready to host the next summit.']),

  // Negative corpus: scare quotes, titles in quotes, acts that are not speech, a pronoun with no one before it.
  none([
    'Valdoria opposes the “three evils” of terrorism, separatism and extremism.',
    'He called for fighting the “three evils” and said little else.',
    'The sides adopted the “Ostrenian Union Development Strategy for the Next 10 Years”.',
    'Valdoria recalled its ambassador.',
    'Kallen arrived for the summit of the Ostrenian Union, the regional bloc of eleven states.',
    'The ministry sent two notes, the spokesman’s office confirmed.',
    'Kallen thanked the hosts for their warm hospitality.',
    'Kallen attended the meeting and delivered a speech.',
    'The “Digital Bridge” forum opened in Marenia’s capital.',
  ]),
  examples([direct('We are ready', null, 'said')], ['“We are ready,” he said.']),
]);
