/**
 * `rostrum reindex`: rebuilds the search index from the stored articles. A SQLite database created
 * before type and language filters were index tokens needs it once for those filters to be fast
 * (its searches are right either way); it also repairs an index after an analyzer change.
 */
import { DEFAULT_DB, openStore } from '../../store/open-store.js';
import { EXIT_OK, UsageError, type CliCommand } from '../cli-command.js';
import { parseCommandArgs } from '../parse-options.js';
import { withDatabase } from '../with-database.js';

const PROGRESS_EVERY = 10_000;

export const command: CliCommand = {
  name: 'reindex',
  summary: 'rebuild the search index from the stored articles',
  usage: 'usage: rostrum reindex [--db FILE|URL]',

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { db: { type: 'string' } });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const target = values.db ?? DEFAULT_DB;
    return withDatabase(target, openStore, io, async (store) => {
      const started = performance.now();
      // A large corpus takes minutes (100,000 articles: about 2.5 on two cores): say how far it is.
      const summary = await store.reindex((articles) => {
        if (articles % PROGRESS_EVERY === 0) io.stderr.write(`rostrum: reindexed ${articles} articles so far\n`);
      });
      const seconds = (performance.now() - started) / 1000;
      io.stdout.write(`reindexed ${summary.units} search units of ${summary.articles} articles in ${seconds.toFixed(1)} s\n`);
      return EXIT_OK;
    });
  },
};
