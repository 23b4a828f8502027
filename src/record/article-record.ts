/**
 * The `rostrum.article/1` record as TypeScript types. `schema/rostrum.article-1.schema.json` is the
 * published contract; test/record/schema-agrees-with-types.test.ts keeps the two in step.
 * Every offset is a UTF-16 index into `text`, and `text.slice(start, end) === span.text`.
 */

export const ARTICLE_SCHEMA = 'rostrum.article/1';

export interface SpanText {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Offsets {
  readonly start: number;
  readonly end: number;
}

export type CreditRole = 'photo' | 'compiler' | 'translator' | 'author' | 'editor' | 'source';

export interface CreditRecord {
  readonly role: CreditRole;
  readonly name: string;
  readonly raw: string;
}

export interface ParagraphRecord {
  readonly start: number;
  readonly end: number;
  /** BCP 47 tag of this paragraph's language; a report can quote another language. */
  readonly lang: string;
}

export type EntityType = 'person' | 'country' | 'organization' | 'place' | 'initiative' | 'event';

export interface RoleRecord {
  readonly role: string;
  readonly of: string;
  readonly from: string | null;
  readonly to: string | null;
}

export interface EntityRecord {
  readonly id: string;
  readonly type: EntityType;
  /** Canonical name per language tag (`en`, `zh`, `zh-Hant`, `ru`, `kk`); entities found only in the text carry what the text gives. */
  readonly names: Readonly<Record<string, string>>;
  readonly roles?: readonly RoleRecord[];
  readonly country?: string;
  readonly proposer?: string;
}

export type MentionVia = 'alias' | 'title' | 'pattern' | 'coref';

export interface MentionRecord extends SpanText {
  readonly entity: string;
  readonly via: MentionVia;
}

export interface QuoteRecord extends SpanText {
  readonly kind: 'direct' | 'reported';
  /** An entity id, or null when the text gives no evidence: never a guess. */
  readonly speaker: string | null;
  readonly cue?: SpanText;
  readonly confidence: number;
}

export type Approx = 'exact' | 'about' | 'more_than' | 'less_than' | 'up_to' | 'at_least';

export interface FigureRecord extends SpanText {
  readonly value: number;
  /** Upper bound of a range (`10-15%`); absent for a single value. */
  readonly max?: number;
  readonly unit: string;
  readonly kind: string;
  readonly approx: Approx;
  readonly subject?: SpanText;
  /** TIMEX3 value of the time the figure refers to (`2024`). */
  readonly time?: string;
}

export interface TimeRecord extends SpanText {
  readonly value: string;
  readonly type: 'DATE' | 'DURATION' | 'SET';
}

export type StanceType =
  | 'support' | 'propose' | 'call' | 'praise' | 'welcome' | 'oppose' | 'thank' | 'congratulate';

export interface StanceTarget extends SpanText {
  readonly initiative?: string;
  readonly proposer?: string;
}

export interface StanceRecord extends SpanText {
  readonly type: StanceType;
  readonly holder: string | null;
  readonly speaker?: string;
  readonly target: StanceTarget;
}

export interface EventRecord {
  readonly id: string;
  readonly type: string;
  readonly name?: string;
  readonly place?: string;
  readonly date?: string;
  readonly organization?: string;
  readonly participants: readonly string[];
  readonly span?: SpanText;
}

export interface ArticleRecord {
  readonly schema: typeof ARTICLE_SCHEMA;
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly date: string | null;
  readonly lang: string;
  readonly text: string;
  readonly credits: readonly CreditRecord[];
  readonly paragraphs: readonly ParagraphRecord[];
  readonly sentences: readonly Offsets[];
  readonly entities: readonly EntityRecord[];
  readonly mentions: readonly MentionRecord[];
  readonly quotes: readonly QuoteRecord[];
  readonly figures: readonly FigureRecord[];
  readonly times: readonly TimeRecord[];
  readonly stances: readonly StanceRecord[];
  readonly events: readonly EventRecord[];
}
