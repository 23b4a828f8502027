/**
 * English stance cues. Format: src/extract/stances/stances-pack.ts. Base forms (`support`,
 * `call on`) double as nouns, so they count only right after a subject (`We fully support…`,
 * `Valdoria and Marenia support…`); participles only after a comma (`…, proposing to hold…`).
 * Examples: `Kazakhstan supports China's initiative to establish an SCO Development Bank`
 * (support, proposer China), `the Belt and Road Initiative, supported by more than 150 countries`
 * (no stance: passive), `support staff` (no stance), `does not support` (oppose).
 */
import type { StanceCue, StancesPack } from '../../extract/stances/stances-pack.js';

type Type = StanceCue['type'];
const finite = (type: Type, list: readonly string[]): StanceCue[] => list.map((cue) => ({ type, cue }));
const base = (type: Type, list: readonly string[]): StanceCue[] => list.map((cue) => ({ type, cue, needsSubject: true }));
const participle = (type: Type, list: readonly string[]): StanceCue[] => list.map((cue) => ({ type, cue, afterComma: true }));

export default {
  segmentation: 'words',
  order: 'cue-target',
  cues: [
    ...finite('support', ['supports', 'supported', 'backs', 'backed', 'endorses', 'endorsed']),
    ...base('support', ['support', 'back', 'endorse']),
    ...finite('propose', ['proposes', 'proposed', 'suggests', 'suggested', 'put forward…initiative', 'put forward…proposal']),
    ...base('propose', ['propose', 'suggest']),
    ...participle('propose', ['proposing', 'suggesting']),
    ...finite('call', ['calls on', 'called on', 'calls upon', 'called upon', 'calls for', 'called for', 'urges', 'urged',
      'appeals to', 'appealed to']),
    ...base('call', ['call on', 'call upon', 'call for', 'urge', 'appeal to']),
    ...participle('call', ['calling on', 'calling for', 'urging']),
    ...finite('praise', ['praises', 'praised', 'hails', 'hailed', 'commends', 'commended', 'highly appreciates',
      'highly appreciated', 'highly values', 'highly valued', 'speaks highly of', 'spoke highly of']),
    ...base('praise', ['praise', 'hail', 'commend', 'highly appreciate', 'highly value']),
    ...participle('praise', ['praising', 'hailing', 'commending']),
    ...finite('welcome', ['welcomes', 'welcomed']),
    ...base('welcome', ['welcome']),
    ...participle('welcome', ['welcoming']),
    ...finite('oppose', ['opposes', 'opposed', 'condemns', 'condemned', 'rejects', 'rejected', 'denounces', 'denounced']),
    ...base('oppose', ['oppose', 'condemn', 'reject', 'denounce']),
    ...participle('oppose', ['condemning', 'rejecting']),
    { type: 'thank', cue: 'thanks', notAfter: ['to'] },
    ...finite('thank', ['thanked', 'expressed gratitude to', 'expresses gratitude to', 'expressed his gratitude to',
      'expressed her gratitude to']),
    ...base('thank', ['thank']),
    ...participle('thank', ['thanking']),
    ...finite('congratulate', ['congratulates', 'congratulated']),
    ...base('congratulate', ['congratulate']),
    ...participle('congratulate', ['congratulating']),
  ],
  firstPersonPlural: ['we', 'our country', 'my country'],
  firstPersonSingular: ['i'],
  skippable: ['also', 'fully', 'strongly', 'further', 'firmly', 'once again', 'again', 'warmly', 'therefore', 'hereby',
    'sincerely', 'will', 'would', 'shall', 'can', 'do', 'does', 'did', 'always', 'consistently', 'actively',
    'wholeheartedly', 'all', 'both', 'too', 'still', 'continue to', 'continues to', 'firmly', 'resolutely',
    'unequivocally', 'in turn', 'today', 'publicly'],
  negators: ['not', 'never', 'no longer', "doesn't", "don't", "didn't", "won't", 'cannot', "can't"],
  // A cue after these is a noun, an adjective or a passive (our support, the proposed bank, is supported by).
  notBefore: ['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'of', 'for', 'with',
    'mutual', 'strong', 'full', 'broad', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'warm', 'widely'],
  notAfter: ['by', 'staff', 'services', 'service', 'rate', 'rates', 'group', 'groups', 'base', 'package', 'vehicle',
    'vehicles', 'ceremony', 'speech', 'address'],
  targetStops: ['.', ';', ':', '!', '?', ',', ' — ', ' – ', '(', ' and is ', ' and are ', ' and will ', ' and has ',
    ' and have ', ' and was ', ' and would ', ' and said ', ' and stressed '],
  listContinuers: { words: ['the', 'a', 'an'], capitalized: true },
  targetTrimStart: ['that'],
  initiativePatterns: [
    {
      name: 'initiative-to-establish',
      pattern: '[Ii]nitiative (?:to|on) (?:establish|create|set up|launch|build|form|open)(?:ing)? (?:(?:a|an|the) )?(?<thing>.+)$',
      create: true,
      requires: 'nitiative',
    },
    { name: 'initiative-of-establishing', pattern: '[Ii]nitiative of (?:establishing|creating|setting up|launching) (?:(?:a|an|the) )?(?<thing>.+)$', create: true, requires: 'nitiative of' },
    { name: 'named-initiative', pattern: '(?<![\\p{L}])(?<thing>(?:[A-Z][\\w-]* ){1,4}Initiative)', requires: 'initiative' },
  ],
  proposerMarkers: [
    { marker: 'initiative', side: 'before', maxGap: 3, gaps: ["'s ", '’s ', ' '] },
    { marker: 'proposal', side: 'before', maxGap: 3, gaps: ["'s ", '’s '] },
    { marker: 'put forward by', side: 'after', maxGap: 14 },
    { marker: 'proposed by', side: 'after', maxGap: 14 },
    { marker: 'initiated by', side: 'after', maxGap: 14 },
    { marker: 'launched by', side: 'after', maxGap: 14 },
    { marker: 'initiative of', side: 'after', maxGap: 4 },
  ],
} satisfies StancesPack;
