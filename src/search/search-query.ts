/**
 * What a search or an export asks for. The same filters serve `rostrum search` (ranked, limited)
 * and `rostrum export` (everything, streamed).
 */

export const UNIT_KINDS = ['quote', 'stance', 'figure', 'article'] as const;

/** A searchable unit: a span of an article that a hit points to. */
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface SearchFilters {
  /** Full-text query; empty means "every unit the other filters let through". */
  readonly text?: string;
  readonly type?: UnitKind;
  /** A person's name in any language or script (`Tokayev`, `托卡耶夫`, `Токаева`) or an entity id. */
  readonly speaker?: string;
  /** A country's name or id; a unit matches when its speaker or stance holder acts for the country. */
  readonly country?: string;
  /** An initiative's name or id, mentioned in (or the target of) the unit. */
  readonly initiative?: string;
  /** BCP 47 prefix of the article language (`zh` also finds `zh-Hant`). */
  readonly lang?: string;
  /** Inclusive `YYYY-MM-DD` bounds on the article date. */
  readonly since?: string;
  readonly until?: string;
}

export interface SearchQuery extends SearchFilters {
  /** At most this many hits; null for all of them. */
  readonly limit: number | null;
}
