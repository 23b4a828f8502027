/**
 * `rostrum export --type quotes|stances|figures|articles --format jsonl|csv [QUERY] [filters]`:
 * everything that matches, streamed in batches (never the whole result in memory), as JSON Lines
 * or RFC 4180 CSV. `--type articles --format jsonl` writes whole `rostrum.article/1` records.
 */
import { csvLine, UTF8_BOM } from '../../corpus/csv-writer.js';
import { EXPORT_COLUMNS, exportRow } from '../../corpus/export-rows.js';
import { outputWriter } from '../../corpus/output-writer.js';
import { filtersFromOptions, FILTER_OPTIONS, FILTER_USAGE } from '../../search/filter-options.js';
import { DEFAULT_DB, openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError, type CliCommand } from '../cli-command.js';
import { parseChoice, parseCommandArgs } from '../parse-options.js';

const FORMATS = ['jsonl', 'csv'] as const;

const fail = (message: string): never => {
  throw new UsageError(message);
};

export const command: CliCommand = {
  name: 'export',
  summary: 'export quotes, stances, figures or articles as JSON Lines or CSV',
  usage: [
    'usage: rostrum export --type quotes|stances|figures|articles [--format jsonl|csv] [--bom] [QUERY] [filters]',
    '',
    '  --type T          what to export (required)',
    '  --format F        jsonl (default) or csv (RFC 4180, header row)',
    '  --bom             start CSV with a UTF-8 byte order mark, for spreadsheets',
    '  QUERY             optional full-text query, as for rostrum search',
    ...FILTER_USAGE,
  ].join('\n'),

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...FILTER_OPTIONS, format: { type: 'string' }, bom: { type: 'boolean' } });
    if (values.type === undefined) throw new UsageError('--type is required');
    if (positionals.length > 1) throw new UsageError('give the query as one argument (quote it)');
    const { bom, format: formatValue, ...filterValues } = values;
    const filters = filtersFromOptions(filterValues, positionals[0] ?? '', fail);
    const type = filters.type!;
    const format = formatValue === undefined ? 'jsonl' : parseChoice(formatValue, FORMATS, '--format');
    if (bom && format !== 'csv') throw new UsageError('--bom is for --format csv');

    const target = values.db ?? DEFAULT_DB;
    let store: Store;
    try {
      store = await openStore(target);
    } catch (error) {
      io.stderr.write(`rostrum: ${target}: cannot open database: ${(error as Error).message}\n`);
      return EXIT_INPUT_FAILED;
    }
    const write = outputWriter(io.stdout);
    try {
      const columns = EXPORT_COLUMNS[type];
      if (format === 'csv' && !await write(`${bom ? UTF8_BOM : ''}${csvLine(columns)}`)) return EXIT_OK;
      let buffer = '';
      for await (const hit of store.scan({ ...filters, type })) {
        if (format === 'csv') { const row = exportRow(hit); buffer += csvLine(columns.map((c) => row[c])); }
        else if (type === 'article') buffer += `${JSON.stringify((await store.getArticle(hit.article.id))?.record ?? null)}\n`;
        else buffer += `${JSON.stringify(exportRow(hit))}\n`;
        if (buffer.length > 64 * 1024) {
          if (!await write(buffer)) return EXIT_OK;
          buffer = '';
        }
      }
      if (buffer !== '') await write(buffer);
      return EXIT_OK;
    } finally {
      await store.close();
    }
  },
};
