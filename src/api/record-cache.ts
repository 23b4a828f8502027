/**
 * Prepared records by article id, least recently used dropped first. A record never changes under
 * its id (the id hashes the text), so nothing here can go stale; concurrent requests for the same
 * article share one load.
 */
import type { ArticleRecord } from '../record/article-record.js';
import { prepareRecord, type PreparedRecord } from './prepared-record.js';

export class RecordCache {
  private readonly entries = new Map<string, PreparedRecord>();
  private readonly loading = new Map<string, Promise<PreparedRecord | null>>();

  constructor(
    private readonly load: (id: string) => Promise<ArticleRecord | null>,
    private readonly capacity = 2000,
    /** Loads several at once (a page of hits from many articles): one query per table, not per article. */
    private readonly loadMany?: (ids: readonly string[]) => Promise<ReadonlyMap<string, ArticleRecord>>,
  ) {}

  async get(id: string): Promise<PreparedRecord | null> {
    const hit = this.entries.get(id);
    if (hit) {
      // Re-inserting moves the entry to the young end of the Map's insertion order.
      this.entries.delete(id);
      this.entries.set(id, hit);
      return hit;
    }
    return this.loading.get(id) ?? this.track(id, this.load(id));
  }

  async getMany(ids: Iterable<string>): Promise<Map<string, PreparedRecord>> {
    const unique = [...new Set(ids)];
    const missing = unique.filter((id) => !this.entries.has(id) && !this.loading.has(id));
    if (this.loadMany && missing.length > 1) {
      const batch = this.loadMany(missing);
      for (const id of missing) void this.track(id, batch.then((records) => records.get(id) ?? null));
    }
    const found = await Promise.all(unique.map((id) => this.get(id)));
    const out = new Map<string, PreparedRecord>();
    unique.forEach((id, k) => { if (found[k]) out.set(id, found[k]!); });
    return out;
  }

  /** Prepares and keeps a record being loaded; requests for it meanwhile share the one load. */
  private track(id: string, loading: Promise<ArticleRecord | null>): Promise<PreparedRecord | null> {
    const pending = loading.then((record) => {
      const prepared = record ? prepareRecord(record) : null;
      if (prepared) this.put(id, prepared);
      return prepared;
    }).finally(() => this.loading.delete(id));
    this.loading.set(id, pending);
    return pending;
  }

  private put(id: string, prepared: PreparedRecord): void {
    this.entries.set(id, prepared);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
