/**
 * `rostrum serve`: the HTTP API, its OpenAPI document and docs page, and the web UI, over a
 * corpus database. Binds 127.0.0.1 unless told otherwise; writes need the token.
 */
import { buildApp, DEFAULT_BODY_LIMIT } from '../../api/build-app.js';
import { openLinkedCorpus, type CorpusLinks } from '../../api/corpus-links.js';
import type { Corpus } from '../../api/corpus-reader.js';
import { DEFAULT_HOST, DEFAULT_PORT, listen, parsePort, untilStopped } from '../../api/serve-app.js';
import { DEFAULT_WEB_ROOT, webIsBuilt } from '../../api/web-assets.js';
import { DEFAULT_DB } from '../../store/open-store.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError, type CliCommand } from '../cli-command.js';
import { parseCommandArgs } from '../parse-options.js';

export const command: CliCommand = {
  name: 'serve',
  summary: 'serve the HTTP API and the web UI over a corpus database',
  usage: [
    'usage: rostrum serve [--db FILE|URL] [--host ADDR] [--port N] [--token T] [--body-limit MB] [--memory]',
    '',
    `  --db FILE|URL   SQLite file (default ${DEFAULT_DB}) or postgres://user@host/db`,
    `  --host ADDR     address to bind (default ${DEFAULT_HOST}; 0.0.0.0 exposes it to the network)`,
    `  --port N        port (default ${DEFAULT_PORT}; 0 = any free port)`,
    '  --token T       bearer token for POST /api/articles (or ROSTRUM_TOKEN); without one, writes are refused',
    `  --body-limit MB largest request body (default ${DEFAULT_BODY_LIMIT / 1024 / 1024})`,
    '  --memory        an empty in-memory corpus instead of a database (for trying the API)',
    '',
    'API docs at /docs, OpenAPI 3.1 at /openapi.json. Ctrl+C stops.',
  ].join('\n'),

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string' }, host: { type: 'string' }, port: { type: 'string' }, token: { type: 'string' },
      'body-limit': { type: 'string' }, memory: { type: 'boolean' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const port = parsePort(values.port, DEFAULT_PORT);
    if (port === null) throw new UsageError(`--port wants 0–65535, got "${values.port}"`);
    const limitMb = values['body-limit'] === undefined ? DEFAULT_BODY_LIMIT / 1024 / 1024 : Number(values['body-limit']);
    if (!(limitMb > 0 && limitMb <= 1024)) throw new UsageError(`--body-limit wants megabytes (0–1024], got "${values['body-limit']}"`);
    if (values.memory && values.db !== undefined) throw new UsageError('--memory and --db exclude each other');
    const token = values.token ?? process.env['ROSTRUM_TOKEN'] ?? null;
    const host = values.host ?? DEFAULT_HOST;

    let corpus: Corpus;
    let links: CorpusLinks;
    const target = values.db ?? DEFAULT_DB;
    try {
      ({ corpus, links } = await openLinkedCorpus(target, values.memory === true));
    } catch (error) {
      io.stderr.write(`rostrum: ${target}: cannot open database: ${(error as Error).message}\n`);
      return EXIT_INPUT_FAILED;
    }
    const both = { close: async () => { await links.close().catch(() => undefined); await corpus.close(); } };
    // POST /api/articles stores without linking (the API's writer is the Store); `rostrum relink` catches up.
    const app = await buildApp({ corpus, links: links.source, link: links.link, token, bodyLimit: Math.round(limitMb * 1024 * 1024), logger: true });
    let url: string;
    try {
      url = await listen(app, host, port);
    } catch (error) {
      await both.close();
      io.stderr.write(`rostrum: cannot listen on ${host}:${port}: ${(error as Error).message}\n`);
      return EXIT_INPUT_FAILED;
    }
    io.stdout.write(`rostrum: serving ${values.memory ? 'an in-memory corpus' : target} at ${url}\n`);
    io.stdout.write(`rostrum: API docs ${url}docs · writes ${token ? 'need the token' : 'disabled (no --token)'}\n`);
    if (!webIsBuilt(DEFAULT_WEB_ROOT)) io.stderr.write('rostrum: the web UI is not built; run `npm run build`\n');
    await untilStopped(app, both);
    return EXIT_OK;
  },
};
