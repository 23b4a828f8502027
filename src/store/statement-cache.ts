/**
 * Parsed link statements by key, shared by every repository a store hands out. Statement rows are
 * written once and never updated (a statement keeps the cluster it joined), so a cached row cannot
 * go stale; the linker reads the same early members of busy clusters for article after article,
 * and each read would otherwise parse their fingerprint JSON again. `clear` (relink) empties it.
 * Least recently used rows are dropped past `capacity`.
 */
import type { StatementRow } from '../link/link-rows.js';

export class StatementCache {
  private readonly rows = new Map<string, StatementRow>();

  constructor(private readonly capacity = 20_000) {}

  get(key: string): StatementRow | undefined {
    const row = this.rows.get(key);
    if (row !== undefined) {
      this.rows.delete(key);
      this.rows.set(key, row);
    }
    return row;
  }

  add(row: StatementRow): void {
    this.rows.delete(row.key);
    this.rows.set(row.key, row);
    if (this.rows.size > this.capacity) this.rows.delete(this.rows.keys().next().value!);
  }

  clear(): void {
    this.rows.clear();
  }
}
