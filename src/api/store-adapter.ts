/**
 * The API over the real Store (SQLite or PostgreSQL). The Store finds and ranks hits and stores
 * records; what it does not offer — facet counts, pages with an offset, person and initiative
 * views, the figures ledger, highlights — is computed here from its hits and from the records
 * they point to (cached, see record-cache.ts). Searches look at the best SEARCH_WINDOW hits: the
 * total and the facets count those, and `totalIsLowerBound` says when there were more.
 */
import type { ArticleRecord } from '../record/article-record.js';
import { openStore } from '../store/open-store.js';
import type { SearchHit as StoreHit, Store } from '../store/store.js';
import type { SearchFilters as StoreFilters } from '../search/search-query.js';
import type {
  Corpus, EntitySummary, EntityView, ExportOptions, FiguresQuery, FiguresResult, HitType, InitiativeView,
  SearchFilters, SearchQuery, SearchResult,
} from './corpus-reader.js';
import { entityView, initiativeView } from './corpus-views.js';
import { entityLookup, summariesFor } from './entity-names.js';
import { exportLines } from './export-lines.js';
import { FacetCounter } from './facet-counter.js';
import { facetValues, type HitContext } from './hit-filter.js';
import { highlightIn } from './indexed-text.js';
import { MentionIndex } from './mention-index.js';
import { hitKey, toSearchHit, type PreparedRecord } from './prepared-record.js';
import { parseQuery } from './query-terms.js';
import { RecordCache } from './record-cache.js';
import type { RecordHit } from './record-hits.js';

export const SEARCH_WINDOW = 100;
const VIEW_ARTICLES = 300;

function storeFilters(f: SearchFilters): StoreFilters {
  return {
    ...(f.q ? { text: f.q } : {}),
    ...(f.speaker ? { speaker: f.speaker } : {}),
    ...(f.country ? { country: f.country } : {}),
    ...(f.initiative ? { initiative: f.initiative } : {}),
    ...(f.lang ? { lang: f.lang } : {}),
    ...(f.since ? { since: f.since } : {}),
    ...(f.until ? { until: f.until } : {}),
  };
}

export class StoreCorpus implements Corpus {
  private readonly cache: RecordCache;
  private readonly mentions: MentionIndex;

  constructor(readonly store: Store, options: { readonly cacheSize?: number } = {}) {
    const load = async (id: string) => (await store.getArticle(id))?.record ?? null;
    const loadMany = async (ids: readonly string[]) => new Map([...await store.getArticles(ids)].map(([id, stored]) => [id, stored.record]));
    this.cache = new RecordCache(load, options.cacheSize, loadMany);
    this.mentions = new MentionIndex(store, load);
  }

  static async open(target: string): Promise<StoreCorpus> {
    return new StoreCorpus(await openStore(target));
  }

  async addArticle(record: ArticleRecord, source?: string) {
    const outcome = await this.store.putArticle(record, source ? { source } : {});
    if (outcome.status === 'inserted') this.mentions.note(record);
    return { id: record.id, created: outcome.status === 'inserted' };
  }

  async getArticle(id: string) {
    return (await this.cache.get(id))?.record ?? null;
  }

  /** A Store hit seen through its record; a hit the record does not list (it should) is dropped. */
  private async resolveHits(hits: readonly StoreHit[]): Promise<Array<{ prepared: PreparedRecord; hit: RecordHit }>> {
    const records = await this.cache.getMany(hits.map((h) => h.article.id));
    return hits.flatMap((h) => {
      const prepared = records.get(h.article.id);
      const hit = prepared?.hitByKey.get(hitKey(h.kind, h.start, h.end));
      return prepared && hit ? [{ prepared, hit }] : [];
    });
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const types = query.types && query.types.length > 0 ? new Set<HitType>(query.types) : null;
    // The Store filters on one type at most; with several, filter here and count every type.
    const only = types?.size === 1 ? [...types][0] : undefined;
    const found = await this.store.search({ ...storeFilters(query), ...(only ? { type: only } : {}), limit: SEARCH_WINDOW });
    const facets = new FacetCounter();
    const matched = (await this.resolveHits(found)).filter(({ prepared, hit }) => {
      const ctx: HitContext = { hit, lang: prepared.record.lang, date: prepared.record.date };
      facets.add('type', [hit.type]);
      if (types && !types.has(hit.type)) return false;
      for (const f of ['speaker', 'country', 'initiative', 'lang'] as const) facets.add(f, facetValues(f, ctx));
      return true;
    });
    const terms = parseQuery(query.q);
    const hits = matched.slice(query.offset, query.offset + query.limit)
      .map(({ prepared, hit }) => toSearchHit(prepared, hit, highlightIn(prepared.indexed, terms, hit.matchStart, hit.matchEnd)));
    const counted = facets.result();
    const ids = [
      ...hits.flatMap((h) => [h.speaker, h.initiative]),
      ...(['speaker', 'country', 'initiative'] as const).flatMap((f) => counted[f].map((c) => c.value)),
    ].filter((id): id is string => typeof id === 'string');
    const lookup = entityLookup(new Set(matched.map((m) => m.prepared.record)), new Set(ids));
    return {
      total: matched.length,
      ...(found.length >= SEARCH_WINDOW ? { totalIsLowerBound: true } : {}),
      hits,
      facets: counted,
      entities: summariesFor(ids, lookup),
    };
  }

  /** Records of the newest articles where the entity acts in the given role (the Store's filters). */
  private async recordsFor(id: string, roles: ReadonlyArray<'speaker' | 'country' | 'initiative'>): Promise<ArticleRecord[]> {
    const hits = (await Promise.all(roles.map((role) => this.store.search({ [role]: id, type: 'article', limit: VIEW_ARTICLES })))).flat();
    // Nobody found in those roles (a person only mentioned): fall back to the mention index.
    const ids = hits.length > 0 ? hits.map((h) => h.article.id) : (await this.mentions.articlesNaming(id)).slice(0, VIEW_ARTICLES);
    const records = await this.cache.getMany(ids);
    return [...records.values()].map((p) => p.record);
  }

  async getEntity(id: string): Promise<EntityView | null> {
    const roles = id.startsWith('country:') ? (['country', 'speaker'] as const)
      : id.startsWith('initiative:') ? (['initiative'] as const) : (['speaker'] as const);
    const records = await this.recordsFor(id, roles);
    return entityView(records, id, entityLookup(records));
  }

  async getInitiative(id: string): Promise<InitiativeView | null> {
    const records = await this.recordsFor(id, ['initiative']);
    return initiativeView(records, id, entityLookup(records));
  }

  async figures(query: FiguresQuery): Promise<FiguresResult> {
    const { q, speaker, lang, since, until } = query;
    const found = await this.store.search({
      ...storeFilters({ ...(q ? { q } : {}), ...(speaker ? { speaker } : {}), ...(lang ? { lang } : {}), ...(since ? { since } : {}), ...(until ? { until } : {}) }),
      type: 'figure', limit: SEARCH_WINDOW,
    });
    const items = found.flatMap((h) => {
      const f = h.item && 'unit' in h.item ? h.item : null;
      if (!f || (query.unit && f.unit !== query.unit)) return [];
      return [{ ...f, article: { ...h.article }, speaker: h.speaker?.id ?? null }];
    });
    const figures = items.slice(query.offset, query.offset + query.limit);
    const entities: Record<string, EntitySummary> = {};
    for (const h of found) {
      if (h.speaker && !entities[h.speaker.id]) {
        entities[h.speaker.id] = { id: h.speaker.id, type: h.speaker.id.split(':')[0] as EntitySummary['type'], names: { [h.article.lang]: h.speaker.name } };
      }
    }
    return { total: items.length, figures, entities };
  }

  export(filters: SearchFilters, options: ExportOptions): AsyncIterable<string> {
    // Straight from the database: an export of the whole corpus must not go through the cache.
    return exportLines(this.store.scan({ ...storeFilters(filters), type: options.type }), options,
      async (id) => (await this.store.getArticle(id))?.record ?? null);
  }

  async close(): Promise<void> {
    await this.store.close();
  }
}

