/**
 * `rostrum statements`: the same statement across reports and languages. Each cluster shows its
 * canonical statement, every report of it with its source, and the evidence that joined them.
 */
import { formatClusters } from '../../link/format-link-views.js';
import { listStatementClusters, type StatementClusterView } from '../../link/link-views.js';
import { DEFAULT_DB } from '../../store/open-store.js';
import { EXIT_OK, UsageError, type CliCommand } from '../cli-command.js';
import { withLinkedCorpus } from '../with-linked-corpus.js';
import { parseChoice, parseCommandArgs, parseIsoDateOption } from '../parse-options.js';

const FORMATS = ['table', 'json'] as const;
const KINDS = ['quote', 'stance'] as const;
const ENTITY_ID = /^[a-z]+:\S+$/;

function positiveInt(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${option} wants a whole number ≥ 1, got "${value}"`);
  return n;
}

export const command: CliCommand = {
  name: 'statements',
  summary: 'the same statement across reports and languages, with sources and evidence',
  usage: [
    'usage: rostrum statements [--speaker NAME|ID] [--entity NAME|ID] [--from DATE] [--to DATE]',
    '                          [--kind quote|stance] [--min-size N] [--contains TEXT] [--limit N]',
    '                          [--format table|json] [--db FILE|URL]',
    '',
    '  --speaker       who spoke (or, for a stance, who holds it): a name in any language or an id',
    '  --entity        clusters where some report names this person, country, organisation or initiative',
    '  --from, --to    dates of the statement, YYYY-MM-DD, inclusive',
    '  --min-size N    only statements reported at least N times (2: those found in more than one report)',
    '  --contains T    some report\'s text contains T',
    '  --limit N       at most N clusters, newest first (default 20)',
  ].join('\n'),

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      speaker: { type: 'string' }, entity: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
      kind: { type: 'string' }, 'min-size': { type: 'string' }, contains: { type: 'string' }, limit: { type: 'string' },
      format: { type: 'string' }, db: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const format = values.format === undefined ? 'table' : parseChoice(values.format, FORMATS, '--format');
    const kind = values.kind === undefined ? undefined : parseChoice(values.kind, KINDS, '--kind');
    const from = values.from === undefined ? undefined : parseIsoDateOption(values.from, '--from');
    const to = values.to === undefined ? undefined : parseIsoDateOption(values.to, '--to');
    const limit = positiveInt(values.limit, '--limit', 20);
    const minSize = values['min-size'] === undefined ? undefined : positiveInt(values['min-size'], '--min-size', 1);
    const target = values.db ?? DEFAULT_DB;

    return withLinkedCorpus(target, io, async (store, links) => {
      const ids = async (value: string | undefined) => (value === undefined ? [undefined]
        : ENTITY_ID.test(value) ? [value] : await store.resolveEntities(value));
      const speakers = await ids(values.speaker);
      const entities = await ids(values.entity);
      const found: StatementClusterView[] = [];
      for (const speaker of speakers) {
        for (const entity of entities) {
          found.push(...await listStatementClusters(links.repo, {
            limit, ...(kind ? { kind } : {}), ...(speaker ? { speaker } : {}), ...(entity ? { entity } : {}),
            ...(from ? { from } : {}), ...(to ? { to } : {}), ...(minSize ? { minSize } : {}),
            ...(values.contains ? { contains: values.contains } : {}),
          }));
        }
      }
      const unique = [...new Map(found.map((c) => [c.id, c])).values()]
        .sort((a, b) => (b.dateTo ?? '').localeCompare(a.dateTo ?? '') || a.id.localeCompare(b.id)).slice(0, limit);
      io.stdout.write(format === 'json' ? `${JSON.stringify(unique, null, 2)}\n` : formatClusters(unique));
      return EXIT_OK;
    });
  },
};
