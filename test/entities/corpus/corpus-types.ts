/**
 * Duckling-style corpora for the entities stage: each language has examples (expected entities,
 * surface forms), mention-level examples for coreference and unknown people, and a negative
 * corpus. All run at the seed's reference date unless an example gives its own.
 * People invented for the tests are fictional (Valdoria, Marenia, Arvid Kallen, Irena Ostrova);
 * real people appear only in title-and-name phrases or in sentences from the seed.
 */
import type { MentionVia } from '../../../src/record/article-record.js';

/** An entity id, or `new:<label>`: a person the gazetteer does not know, the same one wherever the label repeats. */
export type Expected = string;

export interface EntityExamples {
  readonly kind: 'entities';
  /** Distinct entities mentioned, in order of first mention. */
  readonly entities: readonly Expected[];
  readonly texts: readonly string[];
  readonly date?: string;
}

export interface MentionExamples {
  readonly kind: 'mentions';
  /** Every mention, in text order: its text, its entity, and how it was found when it matters. */
  readonly mentions: ReadonlyArray<readonly [text: string, entity: Expected, via?: MentionVia]>;
  readonly texts: readonly string[];
  readonly date?: string;
}

export interface NegativeExamples {
  readonly kind: 'negative';
  /** Entity ids, or prefixes ending in `:` (`person:`), that no mention may have. */
  readonly never: readonly string[];
  readonly texts: readonly string[];
}

export type CorpusEntry = EntityExamples | MentionExamples | NegativeExamples;
export type Corpus = readonly CorpusEntry[];

export const examples = (entities: readonly Expected[], texts: readonly string[], date?: string): EntityExamples =>
  ({ kind: 'entities', entities, texts, ...(date ? { date } : {}) });

export const mentions = (
  expected: MentionExamples['mentions'], texts: readonly string[], date?: string,
): MentionExamples => ({ kind: 'mentions', mentions: expected, texts, ...(date ? { date } : {}) });

export const never = (ids: readonly string[], texts: readonly string[]): NegativeExamples =>
  ({ kind: 'negative', never: ids, texts });
