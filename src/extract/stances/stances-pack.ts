/**
 * What a language pack tells the stance engine (src/lang/<code>/stances.ts). Pure data: phrase
 * lists in the format of phrase-matcher.ts (`stem{class}` for Russian and Kazakh endings, one
 * literal per Chinese entry), and initiative patterns as regular expressions with named groups.
 */
import type { StanceType } from '../../record/article-record.js';
import type { Segmentation } from './phrase-matcher.js';

export interface StanceCue {
  readonly type: StanceType;
  /** The cue phrase. In `first…second`, the second part must follow in the same clause (`提出…倡议`). */
  readonly cue: string;
  /** The form is also a noun (`support`, `call`): a stance only right after its subject. */
  readonly needsSubject?: boolean;
  /** A participle (`proposing`): a stance only right after a comma. */
  readonly afterComma?: boolean;
  /** The form itself is negative (Kazakh `қолдамайды`): treated as a negated cue. */
  readonly negated?: boolean;
  /** Words that, right after this cue, make it no stance (`thanks to`). */
  readonly notAfter?: readonly string[];
}

export interface InitiativePattern {
  /** A name for tests and error messages. */
  readonly name: string;
  /**
   * Matched (case-sensitive, flags `gud`) against a stance target (Chinese folded to simplified). Group `thing` is what the
   * initiative would create; `{class}` is replaced by that class's endings from the inflection helper.
   */
  readonly pattern: string;
  /** A new initiative entity is made from `thing` when the gazetteer has none (`设立X的倡议`); otherwise the pattern only links. */
  readonly create?: boolean;
  /** A literal (lower case) every match contains: targets without it skip the pattern. */
  readonly requires: string;
}

export interface ProposerMarker {
  /** The phrase that names a proposer next to it (`提出的`, `put forward by`, `выдвинут{adjective}`, `ұсынған`). */
  readonly marker: string;
  /** Where the proposer's mention stands: just before the marker or just after it. */
  readonly side: 'before' | 'after';
  /** How many characters (a title, an article) may separate the mention from the marker. */
  readonly maxGap: number;
  /** When given, the text between mention and marker must be one of these (`'s `). */
  readonly gaps?: readonly string[];
}

export interface StancesPack {
  readonly segmentation: Segmentation;
  /** Where the target stands: after the cue (Chinese, Russian, English) or before it (Kazakh). */
  readonly order: 'cue-target' | 'target-cue';
  readonly cues: readonly StanceCue[];
  /** Pronouns for the speaker's side (`我们`, `мы`, `we`, `our country`) and for the speaker (`我`, `я`, `I`). */
  readonly firstPersonPlural: readonly string[];
  readonly firstPersonSingular: readonly string[];
  /** Verb endings that name the subject when no pronoun does (`поддерживаем`, `қолдаймыз`). */
  readonly personEndings?: { readonly plural: readonly string[]; readonly singular: readonly string[] };
  /** Adverbs and auxiliaries that may stand between a subject or a negator and the cue. */
  readonly skippable: readonly string[];
  readonly negators: readonly string[];
  /** Phrases right before a cue that make it a noun or a passive (`相互`, `提供`, `the`, `is`). */
  readonly notBefore: readonly string[];
  /** Phrases right after a cue that make it no stance (`率`, `者`, `的`, `by`, `staff`). */
  readonly notAfter: readonly string[];
  /** Phrases (literal, case-insensitive) that end a target (`，`, `, which`, ` и готов`). */
  readonly targetStops: readonly string[];
  /** After a comma, these words (or any capitalised word) continue a list instead of ending the target. */
  readonly listContinuers?: { readonly words: readonly string[]; readonly capitalized: boolean };
  /** Words a target does not start with (`that`, `что`). */
  readonly targetTrimStart: readonly string[];
  /** For target-before-cue languages: a comma ends the clause only after a word with these endings (converbs). */
  readonly clauseBreakAfter?: readonly string[];
  readonly initiativePatterns: readonly InitiativePattern[];
  readonly proposerMarkers: readonly ProposerMarker[];
}

declare module '../../lang/pack-parts.js' {
  interface PackParts {
    stances: StancesPack;
  }
}
