/**
 * Filter tags in the text index: each unit's text is indexed with two extra tokens, its kind and
 * its base language (`ǂkquote`, `ǂlzh`), so a text query filtered by type or language intersects
 * posting lists inside the index instead of looking up every match's unit row. A common word
 * whose matches the filter rejects (a Chinese word with `lang=en`) cost one unit lookup per match
 * — 90–260 ms over 100,000 articles; the intersection costs well under a millisecond.
 *
 * Tags only narrow what the SQL filters check again, so they must hold for every unit a filter
 * keeps: a language filter with a region (`zh-Hant`) gets no tag, its base tag would be too wide
 * to be wrong but no narrower than the SQL's own test. The marker `ǂ` is a letter no analyzer
 * emits, and SQLite's `ascii` tokenizer keeps it inside a token.
 */
import type { SearchFilters } from '../search/search-query.js';

/** What a kind tag and a language tag start with; PostgreSQL's migration 5 builds tags from them too. */
export const KIND_TAG = 'ǂk';
export const LANG_TAG = 'ǂl';

export function kindTag(kind: string): string {
  return `${KIND_TAG}${kind.toLowerCase()}`;
}

export function langTag(lang: string): string {
  return `${LANG_TAG}${(lang.split('-')[0] ?? lang).toLowerCase()}`;
}

/** The tags of one unit. */
export function unitTags(kind: string, lang: string): string[] {
  return [kindTag(kind), langTag(lang)];
}

/** The tags every unit passing these filters carries. */
export function filterTags(filters: Pick<SearchFilters, 'type' | 'lang'>): string[] {
  const tags: string[] = [];
  if (filters.type) tags.push(kindTag(filters.type));
  if (filters.lang && /^[a-z]{2,3}$/i.test(filters.lang)) tags.push(langTag(filters.lang));
  return tags;
}
