/**
 * Which articles name an entity, for entities the Store's filters cannot find: its filters reach
 * speakers, the countries they act for and initiatives, but not a person or organization that is
 * only mentioned (a summit participant who did not speak). Built on first need by reading every
 * article once, at most LIMIT of them, then kept up to date as articles are added.
 */
import type { ArticleRecord } from '../record/article-record.js';
import type { Store } from '../store/store.js';

const LIMIT = 20_000;

export class MentionIndex {
  private index: Promise<Map<string, Set<string>>> | null = null;

  constructor(private readonly store: Store, private readonly recordOf: (id: string) => Promise<ArticleRecord | null>) {}

  async articlesNaming(entityId: string): Promise<string[]> {
    this.index ??= this.build();
    return [...((await this.index).get(entityId) ?? [])];
  }

  /** Keeps a built index current; an index not built yet will read the article anyway. */
  note(record: ArticleRecord): void {
    if (this.index) void this.index.then((map) => add(map, record));
  }

  private async build(): Promise<Map<string, Set<string>>> {
    const map = new Map<string, Set<string>>();
    let seen = 0;
    for await (const hit of this.store.scan({ type: 'article' })) {
      if (++seen > LIMIT) break;
      const record = await this.recordOf(hit.article.id);
      if (record) add(map, record);
    }
    return map;
  }
}

function add(map: Map<string, Set<string>>, record: ArticleRecord): void {
  for (const e of record.entities) {
    const ids = map.get(e.id) ?? new Set<string>();
    ids.add(record.id);
    map.set(e.id, ids);
  }
}
