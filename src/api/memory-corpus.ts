/**
 * A corpus held in memory: each record prepared once for search (folded text, stemmed words, its
 * hits). It answers the API in tests and for `rostrum serve --memory`; the Store adapter answers
 * it over a database. Newest articles first; no relevance ranking.
 */
import type { ArticleRecord } from '../record/article-record.js';
import type {
  Corpus, EntityView, ExportOptions, FiguresQuery, FiguresResult, Highlight, InitiativeView,
  SearchFilters, SearchQuery, SearchResult,
} from './corpus-reader.js';
import { FACETS } from './corpus-reader.js';
import { entityView, figureItems, initiativeView } from './corpus-views.js';
import { summariesFor } from './entity-names.js';
import { EntityLookup } from './entity-lookup.js';
import { exportLines } from './export-lines.js';
import { FacetCounter } from './facet-counter.js';
import { facetValues, failedFacets, failsDates, langMatches, type HitContext, type ResolvedFilters } from './hit-filter.js';
import { prepareRecord, toSearchHit, type PreparedRecord } from './prepared-record.js';
import { isEmptyQuery, parseQuery } from './query-terms.js';
import type { RecordHit } from './record-hits.js';
import { toStoreHit } from './store-hit.js';

interface Match {
  readonly entry: PreparedRecord;
  readonly hit: RecordHit;
  readonly highlights: readonly Highlight[];
}

const dateKey = (r: ArticleRecord) => r.date ?? '';
const newestFirst = (a: PreparedRecord, b: PreparedRecord) =>
  dateKey(b.record).localeCompare(dateKey(a.record)) || (a.record.id < b.record.id ? -1 : 1);

export class MemoryCorpus implements Corpus {
  private entries: PreparedRecord[] = [];
  private readonly byId = new Map<string, PreparedRecord>();
  private readonly lookup = new EntityLookup();

  constructor(records: Iterable<ArticleRecord> = []) {
    for (const r of records) this.add(r);
  }

  /** Entity ids a name or id stands for, as the filters resolve them (for link filters). */
  resolveEntities(value: string): string[] {
    return [...this.lookup.resolve(value)];
  }

  get size(): number {
    return this.entries.length;
  }

  private add(record: ArticleRecord): boolean {
    if (this.byId.has(record.id)) return false;
    const entry = prepareRecord(record);
    this.byId.set(record.id, entry);
    this.entries.push(entry);
    this.entries.sort(newestFirst);
    this.lookup.add(record);
    return true;
  }

  async addArticle(record: ArticleRecord) {
    return { id: record.id, created: this.add(record) };
  }

  private resolve(filters: SearchFilters): ResolvedFilters {
    return {
      ...(filters.types && filters.types.length > 0 ? { types: new Set(filters.types) } : {}),
      ...(filters.speaker ? { speaker: this.lookup.resolve(filters.speaker) } : {}),
      ...(filters.country ? { country: this.lookup.resolve(filters.country) } : {}),
      ...(filters.initiative ? { initiative: this.lookup.resolve(filters.initiative) } : {}),
      ...(filters.lang ? { lang: filters.lang } : {}),
      ...(filters.since ? { since: filters.since } : {}),
      ...(filters.until ? { until: filters.until } : {}),
    };
  }

  /** Every hit passing the filters and the query, counting facets on the way when asked. */
  private *matches(filters: SearchFilters, facets?: FacetCounter): Generator<Match> {
    const resolved = this.resolve(filters);
    const terms = parseQuery(filters.q);
    const anyQuery = !isEmptyQuery(terms);
    for (const entry of this.entries) {
      const { record } = entry;
      if (failsDates(resolved, record.date)) continue;
      for (const hit of entry.hits) {
        const ctx: HitContext = { hit, lang: record.lang, date: record.date };
        const failed = failedFacets(resolved, ctx);
        if (failed.length > 1) continue;
        const highlights = anyQuery ? entry.indexed.match(terms, hit.matchStart, hit.matchEnd) : [];
        if (highlights === null) continue;
        if (facets) for (const facet of failed.length === 1 ? failed : FACETS) facets.add(facet, facetValues(facet, ctx));
        if (failed.length === 0) yield { entry, hit, highlights };
      }
    }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const facets = new FacetCounter();
    const all = [...this.matches(query, facets)];
    const hits = all.slice(query.offset, query.offset + query.limit).map((m) => toSearchHit(m.entry, m.hit, m.highlights));
    const ids = [...hits.flatMap((h) => [h.speaker, h.initiative]), ...facets.entityIds()];
    return { total: all.length, hits, facets: facets.result(), entities: summariesFor(ids, this.lookup.get) };
  }

  async getArticle(id: string) {
    return this.byId.get(id)?.record ?? null;
  }

  private recordsNaming(id: string): ArticleRecord[] {
    return this.entries.map((e) => e.record)
      .filter((r) => r.entities.some((e) => e.id === id) || r.stances.some((s) => s.target.initiative === id));
  }

  async getEntity(id: string): Promise<EntityView | null> {
    return entityView(this.recordsNaming(id), id, this.lookup.get);
  }

  async getInitiative(id: string): Promise<InitiativeView | null> {
    return initiativeView(this.recordsNaming(id), id, this.lookup.get);
  }

  async figures(query: FiguresQuery): Promise<FiguresResult> {
    const terms = parseQuery(query.q);
    const anyQuery = !isEmptyQuery(terms);
    const speakers = query.speaker ? this.lookup.resolve(query.speaker) : null;
    const found = this.entries.flatMap((entry) => {
      const { record } = entry;
      if (query.lang && !langMatches(query.lang, record.lang)) return [];
      if (failsDates(query, record.date)) return [];
      return figureItems(record).filter((f) => (!query.unit || f.unit === query.unit)
        && (!speakers || (f.speaker !== null && speakers.has(f.speaker)))
        && (!anyQuery || entry.indexed.match(terms, Math.min(f.start, f.subject?.start ?? f.start), Math.max(f.end, f.subject?.end ?? f.end)) !== null));
    });
    const figures = found.slice(query.offset, query.offset + query.limit);
    return { total: found.length, figures, entities: summariesFor(figures.map((f) => f.speaker), this.lookup.get) };
  }

  export(filters: SearchFilters, options: ExportOptions): AsyncIterable<string> {
    const matches = this.matches({ ...filters, types: [options.type] });
    const hits = (function* () {
      let unitId = 0;
      for (const m of matches) yield toStoreHit(m.entry, m.hit, ++unitId);
    })();
    return exportLines(hits, options, (id) => this.getArticle(id));
  }

  async close(): Promise<void> {}
}
