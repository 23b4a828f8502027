/**
 * `rostrum extract FILE…`: one record per article on stdout. Bad inputs are reported on stderr as
 * `rostrum: FILE: reason` and the rest of the batch still comes out.
 */
import { ingestPath } from '../../ingest/index.js';
import { createExtractor } from '../../extract/extractor.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError, type CliCommand } from '../cli-command.js';
import { parseChoice, parseCommandArgs, parseIsoDateOption } from '../parse-options.js';
import { formatPretty } from '../format-pretty.js';

const FORMATS = ['json', 'jsonl', 'pretty'] as const;
const LANGS = ['zh', 'zh-Hans', 'zh-Hant', 'ru', 'kk', 'en'] as const;

export const command: CliCommand = {
  name: 'extract',
  summary: 'extract the record of one or more articles (no database)',
  usage: [
    'usage: rostrum extract FILE… [--date YYYY-MM-DD] [--lang CODE] [--format json|jsonl|pretty]',
    '',
    '  FILE            .txt .md .html .json .jsonl, or - for standard input',
    '  --date DATE     the article date; relative times ("last year") resolve against it',
    `  --lang CODE     force the language: ${LANGS.join(', ')}`,
    '  --format F      json (one file, default), jsonl (several, default), pretty (for people)',
  ].join('\n'),

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      date: { type: 'string' },
      lang: { type: 'string' },
      format: { type: 'string' },
    });
    if (positionals.length === 0) throw new UsageError('no input files');
    const date = values.date === undefined ? undefined : parseIsoDateOption(values.date, '--date');
    const lang = values.lang === undefined ? undefined
      : parseChoice(values.lang, LANGS, '--lang').replace('zh-Hans', 'zh');
    const single = positionals.length === 1 && !/\.jsonl$/i.test(positionals[0]!);
    const format = values.format === undefined ? (single ? 'json' : 'jsonl') : parseChoice(values.format, FORMATS, '--format');

    const extractor = await createExtractor();
    let failed = false;
    for (const path of positionals) {
      for (const result of await ingestPath(path)) {
        if (result.kind === 'failure') {
          failed = true;
          io.stderr.write(`rostrum: ${result.failure.source}: ${result.failure.reason}\n`);
          continue;
        }
        const { article } = result;
        try {
          const record = extractor.extract(article, { ...(date ? { date } : {}), ...(lang ? { lang } : {}) });
          io.stdout.write(format === 'pretty' ? formatPretty(record, article.source)
            : format === 'json' ? `${JSON.stringify(record, null, 2)}\n` : `${JSON.stringify(record)}\n`);
        } catch (error) {
          failed = true;
          io.stderr.write(`rostrum: ${article.source}: extraction failed: ${(error as Error).message}\n`);
        }
      }
    }
    return failed ? EXIT_INPUT_FAILED : EXIT_OK;
  },
};
