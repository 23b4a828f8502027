/**
 * What a store keeps in memory for linking, shared by every link repository it hands out: parsed
 * statements (statement-cache.ts) and the candidate index (src/link/candidate-index.ts). Both
 * mirror committed rows plus the current transaction's; whoever undoes writes (a rolled-back
 * savepoint or session) must `clear` them, and the index is then rebuilt from the tables.
 */
import type { CandidateIndex } from '../link/candidate-index.js';
import { StatementCache } from './statement-cache.js';

export class LinkMemory {
  readonly statements = new StatementCache();
  candidates: CandidateIndex | undefined;

  clear(): void {
    this.statements.clear();
    this.candidates = undefined;
  }
}
