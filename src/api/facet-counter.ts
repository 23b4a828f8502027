/** Facet counts: how many hits carry each value, the most frequent first. */
import type { FacetCount, FacetName } from './corpus-reader.js';
import { FACETS } from './corpus-reader.js';

const FACET_LIMIT = 30;

export class FacetCounter {
  private readonly counts = new Map<FacetName, Map<string, number>>(FACETS.map((f) => [f, new Map()]));

  add(facet: FacetName, values: readonly string[]): void {
    const map = this.counts.get(facet)!;
    for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
  }

  result(): Record<FacetName, FacetCount[]> {
    return Object.fromEntries(FACETS.map((f) => [f, [...this.counts.get(f)!]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
      .slice(0, FACET_LIMIT)])) as Record<FacetName, FacetCount[]>;
  }

  /** Every value counted in the entity facets, for labels. */
  entityIds(): string[] {
    return (['speaker', 'country', 'initiative'] as const).flatMap((f) => [...this.counts.get(f)!.keys()]);
  }
}
