/**
 * `rostrum relink`: forgets the link tables and links every stored article again (the latest
 * version of each, oldest first), after the linking rules or the extractor changed, or after an
 * ingest run with --no-link. The urls of syndicated copies are kept.
 */
import { loadPacks } from '../../lang/load-packs.js';
import { Linker } from '../../link/linker.js';
import { openLinkTables } from '../../store/open-link-repository.js';
import { DEFAULT_DB } from '../../store/open-store.js';
import { EXIT_OK, UsageError, type CliCommand } from '../cli-command.js';
import { parseCommandArgs } from '../parse-options.js';
import { withDatabase } from '../with-database.js';

export const command: CliCommand = {
  name: 'relink',
  summary: 'rebuild statement clusters, copies, the ledger and timelines from the stored articles',
  usage: 'usage: rostrum relink [--db FILE|URL]',

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { db: { type: 'string' } });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const target = values.db ?? DEFAULT_DB;
    return withDatabase(target, openLinkTables, io, async (links) => {
      const started = performance.now();
      const summary = await new Linker(links.repo, await loadPacks()).relink(links.storedRecords());
      const seconds = (performance.now() - started) / 1000;
      io.stdout.write(`relinked ${summary.articles} articles in ${seconds.toFixed(1)} s: ${summary.statements} statements `
        + `(${summary.joined} joined a report elsewhere), ${summary.claims} figure claims, ${summary.copies} syndicated copies\n`);
      return EXIT_OK;
    });
  },
};
