/**
 * `rostrum initiative NAME`: every stance taken on an initiative over time — who proposed it, who
 * backed, praised, called for or opposed it — each once, with all its sources.
 */
import { formatTimeline } from '../../link/format-link-views.js';
import { initiativeTimeline } from '../../link/link-views.js';
import { DEFAULT_DB } from '../../store/open-store.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError, type CliCommand } from '../cli-command.js';
import { withLinkedCorpus } from '../with-linked-corpus.js';
import { parseChoice, parseCommandArgs } from '../parse-options.js';

const FORMATS = ['table', 'json'] as const;

export const command: CliCommand = {
  name: 'initiative',
  summary: 'an initiative\'s timeline: who proposed, backed, praised or opposed it, with sources',
  usage: [
    'usage: rostrum initiative NAME|ID [--format table|json] [--db FILE|URL]',
    '',
    '  NAME|ID   the initiative in any language ("SCO Development Bank", 上合组织开发银行,',
    '            "Банк развития ШОС") or its id (initiative:sco-development-bank)',
  ].join('\n'),

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { format: { type: 'string' }, db: { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'which initiative?' : 'one initiative at a time (quote a name with spaces)');
    const format = values.format === undefined ? 'table' : parseChoice(values.format, FORMATS, '--format');
    const target = values.db ?? DEFAULT_DB;
    const name = positionals[0]!;

    return withLinkedCorpus(target, io, async (store, links) => {
      const ids = name.startsWith('initiative:') ? [name] : await store.resolveEntities(name, ['initiative']);
      if (ids.length === 0) {
        io.stderr.write(`rostrum initiative: no initiative named "${name}" in this corpus\n`);
        return EXIT_INPUT_FAILED;
      }
      const timelines = await Promise.all(ids.map((id) => initiativeTimeline(links.repo, id)));
      io.stdout.write(format === 'json'
        ? `${JSON.stringify(timelines.length === 1 ? timelines[0] : timelines, null, 2)}\n`
        : timelines.map(formatTimeline).join('\n'));
      return EXIT_OK;
    });
  },
};
