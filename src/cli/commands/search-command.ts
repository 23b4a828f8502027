/**
 * `rostrum search QUERY [filters]`: quotes, stances, figures and articles across languages, ranked
 * by relevance then date, each hit with its span, article, date, speaker and url.
 */
import { filtersFromOptions, FILTER_OPTIONS, FILTER_USAGE } from '../../search/filter-options.js';
import { formatHitTable, hitToJson } from '../../search/format-hits.js';
import { outputWriter } from '../../corpus/output-writer.js';
import { DEFAULT_DB, openStore } from '../../store/open-store.js';
import { RANK_WINDOW } from '../../store/unit-query.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError, type CliCommand } from '../cli-command.js';
import { parseChoice, parseCommandArgs } from '../parse-options.js';

const FORMATS = ['table', 'json', 'jsonl'] as const;
const DEFAULT_LIMIT = 20;
const CONTEXT_CHARS = 40;

const fail = (message: string): never => {
  throw new UsageError(message);
};

export const command: CliCommand = {
  name: 'search',
  summary: 'search the corpus: quotes, stances, figures, articles',
  usage: [
    'usage: rostrum search QUERY [--type quote|stance|figure|article] [filters] [--limit N] [--exact] [--format table|json|jsonl]',
    '',
    '  QUERY             words in any language; 1–2 Chinese characters work (天津, 上合); traditional',
    '                    and simplified find each other; Russian and English are stemmed. May be',
    '                    empty ("") when a filter is given.',
    '  --type T          quote, stance, figure or article (default: all)',
    ...FILTER_USAGE,
    `  --limit N         at most N hits (default ${DEFAULT_LIMIT}; 0 = all)`,
    `  --exact           rank every match; by default a word matching more than ${RANK_WINDOW.toLocaleString('en')} units is`,
    '                    ranked among its newest matches (after the filters), which keeps common words fast',
    '  --format F        table (for people, default), json, jsonl',
  ].join('\n'),

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...FILTER_OPTIONS, limit: { type: 'string' }, format: { type: 'string' }, exact: { type: 'boolean' },
    });
    if (positionals.length > 1) throw new UsageError('give the query as one argument (quote it)');
    const text = positionals[0] ?? '';
    const filters = filtersFromOptions(values, text, fail);
    const narrowing = ['text', 'speaker', 'country', 'initiative', 'lang', 'since', 'until'] as const;
    if (!narrowing.some((key) => filters[key] !== undefined)) {
      throw new UsageError('no query: give QUERY or at least one of --speaker --country --initiative --lang --since --until');
    }
    const limitValue = values.limit === undefined ? DEFAULT_LIMIT : Number(values.limit);
    if (!Number.isInteger(limitValue) || limitValue < 0) throw new UsageError(`--limit wants a whole number ≥ 0, got "${values.limit}"`);
    const format = values.format === undefined ? 'table' : parseChoice(values.format, FORMATS, '--format');

    const target = values.db ?? DEFAULT_DB;
    let store;
    try {
      store = await openStore(target);
    } catch (error) {
      io.stderr.write(`rostrum: ${target}: cannot open database: ${(error as Error).message}\n`);
      return EXIT_INPUT_FAILED;
    }
    try {
      const hits = await store.search({ ...filters, limit: limitValue === 0 ? null : limitValue }, {
        context: format === 'table' ? CONTEXT_CHARS : 0, ...(values.exact ? { rankWindow: null } : {}),
      });
      const write = outputWriter(io.stdout);
      if (format === 'json') await write(`${JSON.stringify(hits.map(hitToJson), null, 2)}\n`);
      else if (format === 'jsonl') {
        for (const hit of hits) if (!await write(`${JSON.stringify(hitToJson(hit))}\n`)) break;
      } else {
        for (const [i, hit] of hits.entries()) if (!await write(`${formatHitTable(hit, i + 1)}\n`)) return EXIT_OK;
        await write(`${hits.length} ${hits.length === 1 ? 'hit' : 'hits'}${limitValue > 0 && hits.length === limitValue ? ` (--limit ${limitValue}; there may be more)` : ''}\n`);
      }
      return EXIT_OK;
    } finally {
      await store.close();
    }
  },
};
