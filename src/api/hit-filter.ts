/**
 * Which search filters a hit fails. Facets are counted the way analysts expect of faceted search:
 * a facet's counts ignore that facet's own filter (choosing `quote` still shows how many stances
 * there are) but respect all the others. Entity filters arrive resolved to sets of ids, because
 * the CLI's filters take a name in any script as well as an id.
 */
import type { FacetName, HitType } from './corpus-reader.js';
import type { RecordHit } from './record-hits.js';

export interface ResolvedFilters {
  readonly types?: ReadonlySet<HitType>;
  readonly speaker?: ReadonlySet<string>;
  readonly country?: ReadonlySet<string>;
  readonly initiative?: ReadonlySet<string>;
  readonly lang?: string;
  readonly since?: string;
  readonly until?: string;
}

export interface HitContext {
  readonly hit: RecordHit;
  readonly lang: string;
  readonly date: string | null;
}

/** Language tags compare case-insensitively (BCP 47): `zh` finds `zh-Hant`, as `ZH` does. */
export function langMatches(wanted: string, lang: string): boolean {
  const w = wanted.toLowerCase();
  const l = lang.toLowerCase();
  return l === w || l.startsWith(`${w}-`);
}

/** Dates are not a facet: failing them excludes a hit from every count. */
export function failsDates(filters: { readonly since?: string; readonly until?: string }, date: string | null): boolean {
  if (filters.since && (date === null || date < filters.since)) return true;
  return !!filters.until && (date === null || date > filters.until);
}

const someIn = (values: readonly string[], wanted: ReadonlySet<string>) => values.some((v) => wanted.has(v));

/** The facet filters a hit fails; two or more means it counts nowhere, so stop there. */
export function failedFacets(filters: ResolvedFilters, ctx: HitContext): FacetName[] {
  const failed: FacetName[] = [];
  const { hit } = ctx;
  if (filters.types && !filters.types.has(hit.type)) failed.push('type');
  if (filters.speaker && !(hit.speaker !== null && filters.speaker.has(hit.speaker))) failed.push('speaker');
  if (failed.length < 2 && filters.country && !someIn(hit.countries, filters.country)) failed.push('country');
  if (failed.length < 2 && filters.initiative && !someIn(hit.initiatives, filters.initiative)) failed.push('initiative');
  if (failed.length < 2 && filters.lang && !langMatches(filters.lang, ctx.lang)) failed.push('lang');
  return failed;
}

export function facetValues(facet: FacetName, ctx: HitContext): readonly string[] {
  switch (facet) {
    case 'type': return [ctx.hit.type];
    case 'speaker': return ctx.hit.speaker ? [ctx.hit.speaker] : [];
    case 'country': return ctx.hit.countries;
    case 'initiative': return ctx.hit.initiatives;
    case 'lang': return [ctx.lang];
  }
}
