/**
 * `rostrum demo`: the bundled examples (the seed, its translations, the fictional corpus) into a
 * fresh embedded database, then the web UI on it. The README's first command.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../api/build-app.js';
import { openLinkedCorpus, type CorpusLinks } from '../../api/corpus-links.js';
import type { Corpus } from '../../api/corpus-reader.js';
import { EXAMPLES_DIR, exampleFiles, loadFiles } from '../../api/demo-corpus.js';
import { DEFAULT_HOST, DEFAULT_PORT, listen, parsePort, untilStopped } from '../../api/serve-app.js';
import { DEFAULT_WEB_ROOT, webIsBuilt } from '../../api/web-assets.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError, type CliCommand } from '../cli-command.js';
import { parseCommandArgs } from '../parse-options.js';

export const command: CliCommand = {
  name: 'demo',
  summary: 'load the bundled examples into a fresh database and open the web UI',
  usage: [
    'usage: rostrum demo [--db FILE] [--host ADDR] [--port N] [--token T] [--no-serve] [--memory]',
    '',
    '  --db FILE       SQLite file to load into (default: a fresh one in the temp folder, removed on exit);',
    '                  loading twice stores each article once',
    `  --host ADDR     address to bind (default ${DEFAULT_HOST})`,
    `  --port N        port (default ${DEFAULT_PORT}, or any free one when that is taken; 0 = any)`,
    '  --token T       allow POST /api/articles with this bearer token',
    '  --no-serve      load, print what was loaded, and exit',
    '  --memory        keep the corpus in memory instead of SQLite',
  ].join('\n'),

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string' }, host: { type: 'string' }, port: { type: 'string' }, token: { type: 'string' },
      'no-serve': { type: 'boolean' }, memory: { type: 'boolean' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const port = parsePort(values.port, DEFAULT_PORT);
    if (port === null) throw new UsageError(`--port wants 0–65535, got "${values.port}"`);
    if (values.memory && values.db !== undefined) throw new UsageError('--memory and --db exclude each other');

    const tempDir = values.db === undefined && !values.memory ? mkdtempSync(join(tmpdir(), 'rostrum-demo-')) : null;
    const target = values.db ?? (tempDir ? join(tempDir, 'demo.db') : ':memory:');
    const cleanup = () => { if (tempDir) rmSync(tempDir, { recursive: true, force: true }); };
    let corpus: Corpus;
    let links: CorpusLinks;
    try {
      ({ corpus, links } = await openLinkedCorpus(target, values.memory === true));
    } catch (error) {
      cleanup();
      io.stderr.write(`rostrum: ${target}: cannot open database: ${(error as Error).message}\n`);
      return EXIT_INPUT_FAILED;
    }

    const files = exampleFiles();
    // Linked as `rostrum ingest` links: statements, copies and figures, so the Statements page has clusters.
    const summary = await loadFiles(corpus, files, undefined, links.link);
    for (const failure of summary.failures) io.stderr.write(`rostrum: ${failure}\n`);
    io.stdout.write(`rostrum demo: ${summary.stored} articles loaded (${summary.unchanged} already there) from ${summary.files} files in ${EXAMPLES_DIR}\n`);
    io.stdout.write(`rostrum demo: linked; ${summary.copies} syndicated ${summary.copies === 1 ? 'copy' : 'copies'} kept as urls of the articles they copy\n`);
    io.stdout.write(`rostrum demo: database ${values.memory ? '(in memory)' : target}${tempDir ? ' (removed on exit)' : ''}\n`);
    // One close for both, so a signal leaves the database clean.
    const both = { close: async () => { await links.close().catch(() => undefined); await corpus.close(); } };
    if (values['no-serve']) {
      await both.close();
      cleanup();
      return summary.failures.length > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
    }

    const app = await buildApp({ corpus, links: links.source, link: links.link, token: values.token ?? null, logger: true });
    let url: string;
    try {
      url = await listen(app, values.host ?? DEFAULT_HOST, port).catch(async (error: NodeJS.ErrnoException) => {
        // The default port taken (another demo running?): any free port will do.
        if (error.code === 'EADDRINUSE' && values.port === undefined) return listen(app, values.host ?? DEFAULT_HOST, 0);
        throw error;
      });
    } catch (error) {
      await both.close();
      cleanup();
      io.stderr.write(`rostrum: cannot listen: ${(error as Error).message}\n`);
      return EXIT_INPUT_FAILED;
    }
    if (!webIsBuilt(DEFAULT_WEB_ROOT)) io.stderr.write('rostrum: the web UI is not built; run `npm run build` (the API still works)\n');
    io.stdout.write(`\n  Rostrum is running at ${url}\n  API docs: ${url}docs\n  Press Ctrl+C to stop.\n\n`);
    await untilStopped(app, both);
    cleanup();
    return EXIT_OK;
  },
};
