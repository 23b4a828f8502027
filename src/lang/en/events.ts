/**
 * English event words. Format: src/extract/events/events-pack.ts. Examples: `the summit`, `This
 * summit` (the reported occasion), `the first SCO Forum of Heads of Ports and Logistics Centres`
 * (an event of its own), `as a productive forum` (no event: predicative).
 */
import type { EventsPack } from '../../extract/events/events-pack.js';

export default {
  segmentation: 'words',
  nouns: [
    { noun: 'summit', type: 'summit' },
    { noun: 'summits', type: 'summit' },
    { noun: 'meeting', type: 'meeting' },
    { noun: 'session', type: 'meeting' },
    { noun: 'talks', type: 'talks' },
    { noun: 'forum', type: 'forum' },
    { noun: 'conference', type: 'conference' },
    { noun: 'ceremony', type: 'ceremony' },
  ],
  deictics: ['this', "today's", 'today’s', 'the present', 'the current', 'the ongoing'],
  ordinals: ['first', 'inaugural'],
  predicative: ['as'],
  participation: ['attended', 'attend', 'attends', 'took part in', 'take part in', 'takes part in', 'participated in', 'participate in'],
  phrase: {
    stops: ['the', 'a', 'an', 'these', 'that', 'its', 'their', 'his', 'her', 'our', 'at', 'in', 'on', 'of', 'to', 'for', 'with',
      'by', 'within', 'from', 'and', 'as', 'hold', 'host', 'held', 'attended'],
    maxBack: 6,
    forward: { stops: ['to', 'in', 'at', 'on', 'which', 'that', 'will', 'is', 'was', 'be', 'held', 'where', 'with'], maxWords: 9 },
  },
} satisfies EventsPack;
