/**
 * `rostrum ingest PATH…`: files, directories, globs, JSON Lines, RSS/Atom feeds and URL lists into
 * the corpus, extraction in a worker pool, one transaction per article. Safe to interrupt and run
 * again: stored articles are skipped, the rest is done.
 */
import { createExtractPool, defaultThreads } from '../../corpus/extract-pool.js';
import { ingestCorpus } from '../../corpus/ingest-corpus.js';
import { createLinkThread } from '../../corpus/link-thread.js';
import { createProgressReporter, progressModeFor } from '../../corpus/progress-reporter.js';
import { DEFAULT_DB, openStore } from '../../store/open-store.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError, type CliCommand } from '../cli-command.js';
import { parseChoice, parseCommandArgs, parseIsoDateOption } from '../parse-options.js';

const LANGS = ['zh', 'zh-Hans', 'zh-Hant', 'ru', 'kk', 'en'] as const;

export const command: CliCommand = {
  name: 'ingest',
  summary: 'add articles to the corpus database (parallel, resumable)',
  usage: [
    'usage: rostrum ingest PATH… [--db FILE|URL] [--jobs N] [--date YYYY-MM-DD] [--lang CODE] [--no-link]',
    '',
    '  PATH            a file (.txt .md .html .json .jsonl), a directory (recursive), a glob',
    '                  (\'news/**/*.html\'), an RSS/Atom feed, a file listing URLs, or - for stdin',
    `  --db FILE|URL   SQLite file (default ${DEFAULT_DB}) or postgres://user@host/db`,
    '  --jobs N        extraction threads (default: one per core; 0 = in this thread)',
    '  --date DATE     the date of articles that state none',
    `  --lang CODE     force the language: ${LANGS.join(', ')}`,
    '  --no-link       do not link statements, copies and figures now (rostrum relink does it later)',
    '',
    'Progress: a bar on a terminal; JSON lines on stdout when piped. Errors: rostrum: FILE: reason.',
    'The same article twice is stored once; a changed article at the same url is a new version.',
  ].join('\n'),

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string' }, jobs: { type: 'string' }, date: { type: 'string' }, lang: { type: 'string' },
      'no-link': { type: 'boolean' },
    });
    if (positionals.length === 0) throw new UsageError('no input paths');
    const jobs = values.jobs === undefined ? defaultThreads() : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 0 || jobs > 256) throw new UsageError(`--jobs wants a whole number 0–256, got "${values.jobs}"`);
    const date = values.date === undefined ? undefined : parseIsoDateOption(values.date, '--date');
    const lang = values.lang === undefined ? undefined : parseChoice(values.lang, LANGS, '--lang').replace('zh-Hans', 'zh');

    let store;
    let links;
    try {
      store = await openStore(values.db ?? DEFAULT_DB);
      // After the store: opening it migrated the database the link thread reads.
      links = values['no-link'] ? undefined : await createLinkThread(values.db ?? DEFAULT_DB);
    } catch (error) {
      await store?.close();
      io.stderr.write(`rostrum: ${values.db ?? DEFAULT_DB}: cannot open database: ${(error as Error).message}\n`);
      return EXIT_INPUT_FAILED;
    }
    const pool = await createExtractPool({ threads: jobs });
    const reporter = createProgressReporter(io, progressModeFor(io));
    try {
      // Articles that state no date take --date; an explicit --lang overrides detection.
      const summary = await ingestCorpus(positionals, {
        store, pool, onEvent: (e) => reporter.event(e),
        extract: { ...(lang ? { lang } : {}) },
        ...(date ? { defaultDate: date } : {}),
        ...(links ? { link: links } : {}),
      });
      reporter.finish(summary);
      return summary.failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
    } finally {
      await pool.close();
      await links?.close();
      await store.close();
    }
  },
};
