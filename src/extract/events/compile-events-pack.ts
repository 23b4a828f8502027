/** An events pack compiled once per process: one phrase matcher per list. */
import { PhraseMatcher } from '../stances/phrase-matcher.js';
import type { EventNoun, EventsPack } from './events-pack.js';

/** What one scan finds: an event noun, or an attendance verb. */
export type EventCue = { readonly kind: 'noun'; readonly noun: EventNoun } | { readonly kind: 'attendance' };

export interface CompiledEvents {
  readonly lang: string;
  readonly pack: EventsPack;
  /** Event nouns and attendance verbs together, so a paragraph is scanned once. */
  readonly cues: PhraseMatcher<EventCue>;
  readonly deictics: PhraseMatcher<true>;
  readonly ordinals: PhraseMatcher<true>;
  readonly predicative: PhraseMatcher<true>;
  readonly predicativeAfter: PhraseMatcher<true>;
  readonly stops: PhraseMatcher<true>;
  readonly forwardStops: PhraseMatcher<true>;
}

export function compileEventsPack(pack: EventsPack, lang: string): CompiledEvents {
  const set = (list: readonly string[]) => new PhraseMatcher(list.map((p) => [p, true] as const), pack.segmentation, lang);
  return {
    lang,
    pack,
    cues: new PhraseMatcher<EventCue>([
      ...pack.nouns.map((noun) => [noun.noun, { kind: 'noun', noun }] as const),
      ...pack.participation.map((p) => [p, { kind: 'attendance' }] as const),
    ], pack.segmentation, lang),
    deictics: set(pack.deictics),
    ordinals: set(pack.ordinals),
    predicative: set(pack.predicative),
    predicativeAfter: set(pack.predicativeAfter ?? []),
    stops: set(pack.phrase.stops),
    forwardStops: set(pack.phrase.forward?.stops ?? []),
  };
}
