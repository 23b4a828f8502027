/**
 * Notes for the fictional fixtures (examples/outlets): invented people, countries, unions and
 * institutes, for the negative cases and the disagreeing figure.
 */
import type { ArticleNotes } from './annotate-record.js';

const KALLEN = 'person:arvid-kallen';
const OSTROVA = 'person:irena-ostrova';
const INSTITUTE = 'organization:valdorian-trade-institute';

export const FICTION_FILES = {
  kallenMarch10: 'valdoria-post/2025-03-10-kallen-water-compact.en.md',
  kallenMarch20: 'valdoria-post/2025-03-20-kallen-water-compact-again.en.md',
  ostrova: 'marenia-today/2025-09-01-ostrova-sco-trade.en.md',
  institute: 'valdorian-ledger/2025-09-05-intra-sco-trade-estimate.en.md',
  copy: 'eurasia-digest/2025-09-02-tianjin-speech-syndicated.en.md',
} as const;

const kallen: ArticleNotes = {
  aliases: {
    [KALLEN]: ['Arvid Kallen', 'Kallen'], 'country:valdoria': ['Valdoria'], 'organization:ostrenian-union': ['Ostrenian Union'],
    'initiative:ostrenian-water-compact': ['Ostrenian Water Compact'], 'place:port-vesna': ['Port Vesna'],
  },
  speech: { lead: '“', tail: ',” Kallen said.', speaker: KALLEN },
  figures: [{ text: '$12 billion', value: 1.2e10, unit: 'USD', time: '2024' }],
  times: [{ text: 'last year', value: '2024' }],
  stances: [{
    text: 'Valdoria supports the Ostrenian Water Compact', target: 'the Ostrenian Water Compact', type: 'support',
    holder: 'country:valdoria', speaker: KALLEN, initiative: 'initiative:ostrenian-water-compact',
  }],
};

export const FICTION_NOTES: Record<keyof typeof FICTION_FILES, ArticleNotes | undefined> = {
  kallenMarch10: {
    ...kallen,
    figures: [...kallen.figures!, { text: '8%', value: 8, unit: 'percent' }],
  },
  kallenMarch20: kallen,
  ostrova: {
    aliases: {
      [OSTROVA]: ['Irena Ostrova', 'Ostrova'], 'country:marenia': ['Marenia'], 'organization:sco': ['SCO'],
      'place:tianjin': ['Tianjin'], 'place:almaty': ['Almaty'],
    },
    speech: { lead: '“', tail: ',” Ostrova said.', speaker: OSTROVA },
    figures: [{ text: '$650 billion', value: 6.5e11, unit: 'USD', approx: 'more_than', time: '2024' }],
    times: [{ text: 'last year', value: '2024' }, { text: 'next year', value: '2026' }],
  },
  institute: {
    aliases: {
      [INSTITUTE]: ['Valdorian Trade Institute'], 'organization:sco': ['Shanghai Cooperation Organisation', 'SCO'], 'place:port-vesna': ['Port Vesna'],
      'person:maren-solvik': ['Maren Solvik'],
    },
    quotes: [{ text: 'intra-regional trade of the Shanghai Cooperation Organisation (SCO) in 2024 at $590 billion', speaker: INSTITUTE, kind: 'reported' }],
    figures: [{ text: '$590 billion', value: 5.9e11, unit: 'USD', time: '2024' }],
    times: [{ text: '2024', value: '2024' }],
  },
  /** The syndicated copy needs no notes: it must never get as far as its statements. */
  copy: undefined,
};
