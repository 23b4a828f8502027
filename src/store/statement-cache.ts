/**
 * Parsed link statements, by key and by article, shared by every repository a store hands out.
 * Statement rows are written once, all of an article's at once, and never updated (a statement
 * keeps the cluster it joined), so a cached row cannot go stale while what was written stays
 * written. The linker reads the same early members of busy clusters, and the statements of the
 * articles they come from, for article after article; each read would otherwise query and parse
 * their fingerprint JSON again. Rows are cached as they are written, too: the newest statements
 * are the likeliest candidates. Whoever undoes writes (a rolled-back savepoint or session, a
 * relink) must `clear` it. Entries not used lately are dropped past `capacity` each.
 */
import type { LinkingStatement, StatementRow } from '../link/link-rows.js';

/**
 * Recently used entries in two generations: a lookup is one or two Map reads, with no reordering
 * (an exact LRU moved every entry it found: a delete and a set for each of the ~60 statements an
 * article samples). An entry found in the old generation moves to the new one; when the new one
 * holds half of `capacity` it becomes the old one, and what was old and not used since is dropped.
 */
export class RecentlyUsed<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: string, value: V): void {
    this.young.set(key, value);
    // Each generation holds half: together never more than `capacity`, as the exact LRU did.
    if (this.young.size * 2 >= this.capacity) {
      this.old = this.young;
      this.young = new Map();
    }
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
  }
}

export class StatementCache {
  private readonly byKey: RecentlyUsed<LinkingStatement>;
  private readonly byArticle: RecentlyUsed<readonly StatementRow[]>;

  constructor(capacity: number) {
    this.byKey = new RecentlyUsed(capacity);
    this.byArticle = new RecentlyUsed(Math.ceil(capacity / 8));
  }

  get(key: string): LinkingStatement | undefined {
    return this.byKey.get(key);
  }

  add(row: LinkingStatement): void {
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
