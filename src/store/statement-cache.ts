/**
 * Parsed link statements, by key and by article, shared by every repository a store hands out.
 * Statement rows are written once, all of an article's at once, and never updated (a statement
 * keeps the cluster it joined), so a cached row cannot go stale while what was written stays
 * written. The linker reads the same early members of busy clusters, and the statements of the
 * articles they come from, for article after article; each read would otherwise query and parse
 * their fingerprint JSON again. Rows are cached as they are written, too: the newest statements
 * are the likeliest candidates. Whoever undoes writes (a rolled-back savepoint or session, a
 * relink) must `clear` it. Least recently used entries are dropped past `capacity` each.
 */
import type { StatementRow } from '../link/link-rows.js';

class Lru<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
  }

  clear(): void {
    this.map.clear();
  }
}

export class StatementCache {
  private readonly byKey: Lru<StatementRow>;
  private readonly byArticle: Lru<readonly StatementRow[]>;

  constructor(capacity = 20_000) {
    this.byKey = new Lru(capacity);
    this.byArticle = new Lru(Math.ceil(capacity / 8));
  }

  get(key: string): StatementRow | undefined {
    return this.byKey.get(key);
  }

  add(row: StatementRow): void {
    this.byKey.set(row.key, row);
  }

  /** Every statement of an article, in insertion order, when known. */
  ofArticle(articleId: string): readonly StatementRow[] | undefined {
    return this.byArticle.get(articleId);
  }

  /** An article's complete list of statements (as written, or as read back whole). */
  setArticle(articleId: string, rows: readonly StatementRow[]): void {
    this.byArticle.set(articleId, rows);
    for (const row of rows) this.byKey.set(row.key, row);
  }

  clear(): void {
    this.byKey.clear();
    this.byArticle.clear();
  }
}
