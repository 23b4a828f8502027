/**
 * What a store keeps in memory for linking, shared by every link repository it hands out: parsed
 * statements (statement-cache.ts), cluster rows, and the candidate index
 * (src/link/candidate-index.ts). All mirror committed rows plus the current transaction's;
 * whoever undoes writes (a rolled-back savepoint or session) must `clear` them, and the index is
 * then rebuilt from the tables.
 *
 * Statement rows never change once written; cluster rows do, as members join. So cluster rows are
 * kept only while this process is the one linking: when syncing the index finds rows another
 * process linked, the clusters they joined may have changed, and `othersLinked` drops them.
 */
import type { CandidateIndex } from '../link/candidate-index.js';
import type { ClusterRow } from '../link/link-rows.js';
import { RecentlyUsed, StatementCache } from './statement-cache.js';

/**
 * Statements kept: the linker samples the earliest members of busy clusters again and again, and
 * at 20,000 a quarter of its lookups still missed on the bench corpus and went to the database
 * (107,808 of 410,498 over 8,000 articles).
 */
const STATEMENTS = 60_000;
const CLUSTERS = 60_000;

export class LinkMemory {
  readonly statements = new StatementCache(STATEMENTS);
  readonly clusters = new RecentlyUsed<ClusterRow>(CLUSTERS);
  candidates: CandidateIndex | undefined;

  /** The tables hold links this process did not make: cluster rows it read may be out of date. */
  othersLinked(): void {
    this.clusters.clear();
  }

  clear(): void {
    this.statements.clear();
    this.clusters.clear();
    this.candidates = undefined;
  }
}
