/**
 * Recent search, figures and view answers, kept for a short while. Analysts repeat queries (a
 * facet click re-runs the search, a back button re-opens a page), and one synchronous SQLite
 * query costs several milliseconds, which 64 concurrent clients would queue behind. Identical
 * requests in flight share one computation. A write through this corpus clears everything; writes
 * by other processes (`rostrum ingest` on the same database) show once the entries expire.
 */
import type { ArticleRecord } from '../record/article-record.js';
import type {
  CorpusReader, CorpusWriter, EntityView, ExportOptions, FiguresQuery, FiguresResult, InitiativeView,
  SearchFilters, SearchQuery, SearchResult,
} from './corpus-reader.js';

export interface CacheOptions {
  /** How long an answer is reused (default 30 s). */
  readonly ttlMs?: number;
  /** How many answers are kept (default 1000); the oldest go first. */
  readonly entries?: number;
}

interface Entry {
  readonly at: number;
  readonly value: Promise<unknown>;
}

export class CachedCorpus implements CorpusReader, Partial<CorpusWriter> {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly capacity: number;
  /** Present only when the inner corpus takes writes, so a read-only corpus stays read-only. */
  readonly addArticle?: CorpusWriter['addArticle'];

  constructor(private readonly inner: CorpusReader & Partial<CorpusWriter>, options: CacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 30_000;
    this.capacity = options.entries ?? 1000;
    const write = inner.addArticle?.bind(inner);
    if (write) {
      this.addArticle = async (record: ArticleRecord, source?: string) => {
        const result = await write(record, source);
        if (result.created) this.entries.clear();
        return result;
      };
    }
  }

  private remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value as Promise<T>;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { at: now, value });
    // A failure is not an answer worth keeping.
    value.catch(() => { if (this.entries.get(key)?.value === value) this.entries.delete(key); });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  search(query: SearchQuery): Promise<SearchResult> {
    return this.remember(`search:${JSON.stringify(query)}`, () => this.inner.search(query));
  }

  figures(query: FiguresQuery): Promise<FiguresResult> {
    return this.remember(`figures:${JSON.stringify(query)}`, () => this.inner.figures(query));
  }

  getEntity(id: string): Promise<EntityView | null> {
    return this.remember(`entity:${id}`, () => this.inner.getEntity(id));
  }

  getInitiative(id: string): Promise<InitiativeView | null> {
    return this.remember(`initiative:${id}`, () => this.inner.getInitiative(id));
  }

  /** Records never change under their id; the inner corpus caches them already where it helps. */
  getArticle(id: string): Promise<ArticleRecord | null> {
    return this.inner.getArticle(id);
  }

  /** Exports stream everything, fresh: never cached. */
  export(filters: SearchFilters, options: ExportOptions): AsyncIterable<string> {
    return this.inner.export(filters, options);
  }

}
