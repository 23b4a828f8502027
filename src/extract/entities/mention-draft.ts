/** A mention while the stage is still deciding: offsets, the entity, and how it was found. */
import type { MentionVia } from '../../record/article-record.js';

export interface Draft {
  readonly start: number;
  readonly end: number;
  readonly entity: string;
  readonly via: MentionVia;
  /** Also a common word (Turkey): kept only if the article is otherwise about such entities. */
  readonly ambiguous?: boolean;
}

export const isPerson = (entity: string) => entity.startsWith('person:');
