/**
 * Opens the corpus and its link tables for a read command, and closes both whatever happens. A
 * database that cannot be opened is reported as `rostrum: DB: reason` with exit code 1.
 */
import { openLinkTables, type LinkTables } from '../store/open-link-repository.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { EXIT_INPUT_FAILED, type CliIo } from './cli-command.js';

export async function withLinkedCorpus(
  target: string, io: CliIo, run: (store: Store, links: LinkTables) => Promise<number>,
): Promise<number> {
  const store = await openStore(target).catch((error: Error) => error);
  if (store instanceof Error) {
    io.stderr.write(`rostrum: ${target}: cannot open database: ${store.message}\n`);
    return EXIT_INPUT_FAILED;
  }
  try {
    const links = await openLinkTables(target);
    try {
      return await run(store, links);
    } finally {
      await links.close();
    }
  } finally {
    await store.close();
  }
}
