/**
 * The link thread's work (link-thread.ts runs it in a worker, or in the calling thread from
 * TypeScript sources): for each write session of an ingest, link its articles in order from their
 * LinkPreps and hand each article's rows to the writer as soon as they are decided, so the writer
 * stores article i while this decides article i + 1.
 *
 * It reads on a connection of its own. A session starts only once the writer holds the database's
 * write lock (the ingest calls `begin` inside its write session), so no other process commits
 * link rows while it runs; what this session decided and the writer has not committed yet, the
 * session's PendingLinkRepository keeps. The candidate index and statement cache live on between
 * sessions and are dropped when a session does not commit.
 */
import type { Kysely } from 'kysely';
import { unpackLinkPrep, type PackedLinkPrep } from '../link/link-prep.js';
import { linkPrepared } from '../link/linker.js';
import { KyselyLinkRepository } from '../store/kysely-link-repository.js';
import { LinkMemory } from '../store/link-memory.js';
import { linkStatements } from '../store/link-sql.js';
import type { LinkSchema } from '../store/link-tables.js';
import { PendingLinkRepository, type LinkOutbox } from '../store/pending-link-repository.js';
import type { StoreDialect } from '../store/store-dialect.js';

/** One article's outcome: a copy of a stored article, or the rows to write (none when it failed). */
export interface LinkDecision {
  readonly index: number;
  readonly copyOf: string | null;
  readonly outbox: LinkOutbox;
  /** Why linking this article failed; it is then stored unlinked (`rostrum relink` repairs it). */
  readonly error?: string;
}

const NOTHING: LinkOutbox = { rows: [], urls: [] };

export class LinkSessions {
  private readonly memory = new LinkMemory();
  private readonly links: Kysely<LinkSchema>;

  /** `d`: this thread's own connection to the database the writer writes. */
  constructor(private readonly d: StoreDialect) {
    // The link tables live beside the store's in the same database; only their types differ.
    this.links = d.db as unknown as Kysely<LinkSchema>;
  }

  private committed(): KyselyLinkRepository {
    // Locked mode: the writer holds the lock, so the index is synced once, at the session's start.
    return new KyselyLinkRepository(this.links, this.d, true, linkStatements(this.d.dialect), this.memory);
  }

  /**
   * Links `preps` in order, calling `decided` after each. An article whose linking throws is reported
   * and skipped. When it threw while filing itself into the shared memory, that memory is rebuilt
   * from the tables plus this session's earlier decisions, so the articles after it link as if it
   * had not been there; a failure before that (a bad prep, a failed read) left the memory as it was.
   */
  async run(preps: readonly PackedLinkPrep[], decided: (d: LinkDecision) => void): Promise<void> {
    const pending = new PendingLinkRepository(this.committed());
    for (const [index, prep] of preps.entries()) {
      try {
        const outcome = await linkPrepared(pending, unpackLinkPrep(prep));
        decided({ index, copyOf: outcome.status === 'copy' ? outcome.of : null, outbox: pending.take() });
      } catch (error) {
        const halfFiled = pending.discardCurrent();
        decided({ index, copyOf: null, outbox: NOTHING, error: (error as Error).message });
        if (!halfFiled) continue;
        try {
          this.memory.clear();
          await pending.replay(this.committed());
        } catch (lost) {
          // Nothing consistent to link against: the rest of the session is stored unlinked.
          this.memory.clear();
          for (let rest = index + 1; rest < preps.length; rest++) {
            decided({ index: rest, copyOf: null, outbox: NOTHING, error: `an earlier article's failure stopped linking: ${(lost as Error).message}` });
          }
          return;
        }
      }
    }
  }

  /** The writer's session ended: when it did not commit, nothing this thread staged was stored. */
  end(committed: boolean): void {
    if (!committed) this.memory.clear();
  }

  close(): Promise<void> {
    return this.d.close();
  }
}
