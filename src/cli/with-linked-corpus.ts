/**
 * Opens the corpus and its link tables for a read command, and closes both whatever happens. A
 * database that cannot be opened is reported as `rostrum: DB: reason` with exit code 1.
 */
import { openLinkTables, type LinkTables } from '../store/open-link-repository.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import type { CliIo } from './cli-command.js';
import { withDatabase } from './with-database.js';

export function withLinkedCorpus(
  target: string, io: CliIo, run: (store: Store, links: LinkTables) => Promise<number>,
): Promise<number> {
  return withDatabase(target, openStore, io, async (store) => {
    const links = await openLinkTables(target);
    try {
      return await run(store, links);
    } finally {
      await links.close();
    }
  });
}
