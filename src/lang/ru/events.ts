/**
 * Russian event words. Format: src/extract/events/events-pack.ts; `stem{class}` takes endings from
 * src/lang/shared/inflection.ts. Examples: `Нынешний саммит` (the reported occasion), `на первом
 * Форуме руководителей портов и логистических центров ШОС` (an event of its own), `как плодотворный
 * форум` (no event: predicative).
 */
import type { EventsPack } from '../../extract/events/events-pack.js';
import { ENDINGS } from '../shared/inflection.js';

export default {
  segmentation: 'words',
  nouns: [
    { noun: 'саммит{noun}', type: 'summit' },
    { noun: 'заседани{noun}', type: 'meeting' },
    { noun: 'встреч{noun}', type: 'meeting' },
    { noun: 'переговор{noun}', type: 'talks' },
    { noun: 'форум{noun}', type: 'forum' },
    { noun: 'конференци{noun}', type: 'conference' },
    { noun: 'церемони{noun}', type: 'ceremony' },
  ],
  deictics: ['нынешн{adjective}', 'сегодняшн{adjective}', 'этот', 'этом', 'этого', 'эта', 'этой', 'эту', 'текущ{adjective}'],
  ordinals: ['перв{adjective}'],
  predicative: ['как'],
  participation: ['приня{verbFormsE} участие', 'участвова{verbFormsE}', 'присутствова{verbFormsE}'],
  phrase: {
    stops: ['в', 'во', 'на', 'с', 'со', 'по', 'к', 'о', 'об', 'для', 'за', 'из', 'от', 'до', 'при', 'и'],
    maxBack: 4,
    // Only adjectives stand before the noun in a name (постоянно действующий экспертный форум).
    modifierEndings: ENDINGS.ru.adjective,
    forward: { stops: ['в', 'во', 'на', 'с', 'со', 'к', 'о', 'для', 'за', 'из', 'от', 'до', 'при', 'который', 'которая', 'которое', 'которые', 'где', 'пройдет', 'состоится'], maxWords: 8 },
  },
} satisfies EventsPack;
