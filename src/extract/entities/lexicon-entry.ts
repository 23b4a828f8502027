/**
 * What the one multi-pattern pass looks for, and what it reports. Every gazetteer name, title,
 * pronoun and stop phrase of every language goes into one lexicon; a hit says which of them a
 * stretch of text is (one surface can be several: a name shared by two entities).
 */
import type { EntityType } from '../../record/article-record.js';
import type { InflectingLanguage } from '../../lang/shared/inflection.js';
import type { PronounData } from './entities-pack.js';

export type NameForm = 'full' | 'short' | 'adjective';

export type Payload =
  | {
    readonly kind: 'name';
    readonly entity: string;
    readonly type: EntityType;
    readonly form: NameForm;
    /** Also a common word (Turkey): needs the article to be about such entities. */
    readonly ambiguous: boolean;
  }
  | { readonly kind: 'title'; readonly role: string; readonly bare: boolean; readonly pack: string }
  | { readonly kind: 'pronoun'; readonly pack: string; readonly pronoun: PronounData }
  /** A phrase that contains something else (其他 contains 他): it wins as the longer match, then means nothing. */
  | { readonly kind: 'stop' };

export interface LexiconEntry {
  readonly surface: string;
  /** Set for Russian and Kazakh surfaces: the case forms are matched through the shared helper. */
  readonly inflection?: InflectingLanguage;
  readonly payload: Payload;
}

export interface Hit {
  readonly start: number;
  readonly end: number;
  readonly payloads: readonly Payload[];
}

/**
 * Leftmost-longest, non-overlapping: of hits starting together the longest wins, then the next
 * free start. Hits with the same span are merged.
 */
export function selectHits(candidates: Hit[]): Hit[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  let free = 0;
  for (const hit of candidates) {
    const last = out.at(-1);
    // One span found as several surfaces (a title in two packs, a name in two languages): one hit.
    if (last && last.start === hit.start && last.end === hit.end) {
      out[out.length - 1] = { ...last, payloads: [...last.payloads, ...hit.payloads] };
      continue;
    }
    if (hit.start < free) continue;
    out.push(hit);
    free = hit.end;
  }
  return out;
}
