/**
 * What a language pack tells the quotes stage: its quote-mark systems, the words that cue speech,
 * and the constructions that attribute it, as data. The engine (find-*.ts) is language-neutral.
 *
 * Rules are regular-expression templates. `{name}` refers to a table (a list of literal words,
 * compiled to one alternation, longest first) or to a pattern (a fragment, expanded in place).
 * Named groups carry meaning: `cue` (required: the attribution verb or frame), `speaker` (where the
 * speaker's mention sits), `owner` (whose agent reports: `X's press service quoted him` → X, used
 * when `speaker` holds only a pronoun), and in a closing attribution `addCue` and `added` for
 * reported words that follow it (`,” said Ostrova, adding that the text was ready.` → `the text
 * was ready`, cue `adding`, same speaker). Quantifiers must be bounded (`{1,60}`), never `*` or `+`
 * over a class that can overlap its neighbour: windows are short, but rules must stay linear.
 */

export interface QuoteMarkPair {
  readonly open: string;
  readonly close: string;
  /** The closer doubles as an apostrophe (’ in Kazakhstan’s): between two letters it closes nothing. */
  readonly apostrophe?: boolean;
}

/** A table word that is a cue only in some contexts (表示感谢 expresses thanks; 据说 is hearsay). */
export interface GuardedWord {
  readonly word: string;
  /** Not this word when directly followed by one of these. */
  readonly unlessBefore?: readonly string[];
  /** Not this word when directly preceded by one of these. */
  readonly unlessAfter?: readonly string[];
}

export type TableEntry = string | GuardedWord;

/**
 * Where a rule is tried and what it yields:
 * - `closing`: right after a closing quote mark, or at a dash inside a dash-led speech paragraph;
 *   the match must run to the end of its sentence (`, — сказал Токаев.`, `-托卡耶夫说。`).
 * - `intro`: just before an opening quote mark or a dash-led paragraph, to the end of the text
 *   before it (`托卡耶夫表示：`, `Kallen said:`).
 * - `lead`: at the start of a sentence (or of an opening clause); reported speech, content after
 *   the match to the end of the sentence (`He noted that …`, `По его словам, …`).
 * - `trail`: at the end of a sentence; reported speech, content from the sentence start to the
 *   match (`…, said the Valdorian leader.`).
 * - `frame`: `pattern` at the sentence start holds the speaker, `tail` at the sentence end holds
 *   the cue, content between (Kazakh: `Тоқаев … екенін атап өтті.`).
 */
export type QuoteRuleKind = 'closing' | 'intro' | 'lead' | 'trail' | 'frame';

export interface QuoteRule {
  readonly name: string;
  readonly kind: QuoteRuleKind;
  readonly pattern: string;
  /** Only for `frame` rules: the template matched at the end of the sentence, holding `cue`. */
  readonly tail?: string;
  /** How sure a match of this rule is, before the speaker is bound (0–1). */
  readonly confidence: number;
}

export interface QuotesPack {
  /** Quote-mark pairs this language prints, outer and nested. */
  readonly marks: readonly QuoteMarkPair[];
  /** Pairs that enclose titles of documents and works (《…》): never speech, and quotes inside them are titles too. */
  readonly titleMarks: readonly QuoteMarkPair[];
  /** Characters that open a dash-led speech paragraph (`— Казахстан …`). */
  readonly speechDashes: string;
  /** Characters inside a dash-led paragraph where its closing attribution may begin (`-托卡耶夫说`). */
  readonly attributionDashes: string;
  /**
   * When given, a closing attribution counts only if the quoted words end with one of these or the
   * attribution begins with one (`,” he said`, `?” he asked`): English never writes `“term” and
   * said`, so a term in quotes followed by a verb is not taken for a quote.
   */
  readonly closingJoiners?: string;
  /** Punctuation that ends an introduction right before a quote (`：`, `:`); intro rules are tried only after it. */
  readonly introPunctuation: string;
  /** Alphabetic scripts: table words must not touch letters on either side. */
  readonly wordBoundaries: boolean;
  /**
   * Words one of which the cue of every rule contains (`{cue}` stands for a table's words): rules
   * are tried only where one occurs, which keeps text without speech cheap to read.
   */
  readonly triggers: readonly string[];
  /** Named word lists. `pronoun` is read by the engine: a speaker slot holding only one is resolved by coreference. */
  readonly tables: Readonly<Record<string, readonly TableEntry[]>>;
  /** Named regex fragments, which may refer to tables and to other patterns. */
  readonly patterns: Readonly<Record<string, string>>;
  readonly rules: readonly QuoteRule[];
}

declare module '../../lang/pack-parts.js' {
  interface PackParts {
    quotes: QuotesPack;
  }
}
