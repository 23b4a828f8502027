/**
 * What a language pack tells the event engine (src/lang/<code>/events.ts). Pure data: phrase
 * lists in the format of src/extract/stances/phrase-matcher.ts (`stem{class}` for Russian and
 * Kazakh endings, one literal per Chinese entry).
 */
import type { Segmentation } from '../stances/phrase-matcher.js';

export interface EventNoun {
  /** The head noun (`峰会`, `summit`, `саммит{noun}`, `форум{possessive}{case}`). */
  readonly noun: string;
  /** The record's event type: summit, meeting, forum, conference, talks, ceremony. */
  readonly type: string;
}

export interface EventPhraseRules {
  /** Going back from the noun, these end the name phrase (`的`, `在`, `the`, `a`, `аясында`). */
  readonly stops: readonly string[];
  /** How far back a name phrase reaches: characters (Chinese) or words. */
  readonly maxBack: number;
  /** Russian: a word before the noun belongs to the phrase only with one of these endings (adjectives). */
  readonly modifierEndings?: readonly string[];
  /** Kazakh: a word with one of these endings (case, participle) ends the phrase. */
  readonly breakEndings?: readonly string[];
  /** Words after the noun that join the phrase when the noun or the next word is capitalised (`Forum of Heads…`). */
  readonly forward?: { readonly stops: readonly string[]; readonly maxWords: number };
}

export interface EventsPack {
  readonly segmentation: Segmentation;
  readonly nouns: readonly EventNoun[];
  /** Words that point at the occasion being reported (`本次`, `this`, `today's`, `нынешний`, `бүгінгі`). */
  readonly deictics: readonly string[];
  /** Ordinals that make an occurrence a distinct event (`首届`, `first`, `первый`, `алғашқы`). */
  readonly ordinals: readonly string[];
  /** Predicative markers: `as a productive forum` names no event (`作为`, `as`, `как`). */
  readonly predicative: readonly string[];
  /** The same after the noun (Kazakh `форум ретінде`). */
  readonly predicativeAfter?: readonly string[];
  /** Attendance verbs: the persons in their sentence take part in the event named there. */
  readonly participation: readonly string[];
  readonly phrase: EventPhraseRules;
}

declare module '../../lang/pack-parts.js' {
  interface PackParts {
    events: EventsPack;
  }
}
