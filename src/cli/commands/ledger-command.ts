/**
 * `rostrum ledger`: figures grouped by what they measure and when, each claim once with every
 * source that printed it, flagged where claims disagree beyond their approximations.
 */
import { formatLedger } from '../../link/format-link-views.js';
import { figuresLedger } from '../../link/link-views.js';
import { DEFAULT_DB } from '../../store/open-store.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError, type CliCommand } from '../cli-command.js';
import { withLinkedCorpus } from '../with-linked-corpus.js';
import { parseChoice, parseCommandArgs } from '../parse-options.js';

const FORMATS = ['table', 'json'] as const;
const ENTITY_ID = /^[a-z]+:\S+$/;

export const command: CliCommand = {
  name: 'ledger',
  summary: 'the figures ledger: who claimed which value for what, and where claims disagree',
  usage: [
    'usage: rostrum ledger [--measure M] [--entity NAME|ID] [--year YYYY] [--unit U] [--flagged]',
    '                      [--format table|json] [--db FILE|URL]',
    '',
    '  --measure M    trade, gdp, share:gdp, market, revenue, investment, population… (see src/link/measures-pack.ts)',
    '  --entity E     figures about this country or organisation (a name in any language, or an id)',
    '  --year YYYY    the year the figures refer to',
    '  --unit U       USD, CNY, RUB, KZT, EUR, percent, count',
    '  --flagged      only measures whose claims disagree',
  ].join('\n'),

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      measure: { type: 'string' }, entity: { type: 'string' }, year: { type: 'string' }, unit: { type: 'string' },
      flagged: { type: 'boolean' }, format: { type: 'string' }, db: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    if (values.year !== undefined && !/^\d{4}$/.test(values.year)) throw new UsageError(`--year wants YYYY, got "${values.year}"`);
    const format = values.format === undefined ? 'table' : parseChoice(values.format, FORMATS, '--format');
    const target = values.db ?? DEFAULT_DB;

    return withLinkedCorpus(target, io, async (store, links) => {
      const scopes = values.entity === undefined ? [undefined]
        : ENTITY_ID.test(values.entity) ? [values.entity] : await store.resolveEntities(values.entity, ['country', 'organization']);
      if (scopes.length === 0) {
        io.stderr.write(`rostrum ledger: no country or organisation named "${values.entity}" in this corpus\n`);
        return EXIT_INPUT_FAILED;
      }
      const entries = [];
      for (const scope of scopes) {
        entries.push(...await figuresLedger(links.repo, {
          ...(values.measure ? { measure: values.measure } : {}), ...(scope ? { scope } : {}),
          ...(values.year ? { year: values.year } : {}), ...(values.unit ? { unit: values.unit } : {}),
        }));
      }
      const shown = [...new Map(entries.map((e) => [e.key, e])).values()].filter((e) => !values.flagged || e.flagged);
      io.stdout.write(format === 'json' ? `${JSON.stringify(shown, null, 2)}\n` : formatLedger(shown));
      return EXIT_OK;
    });
  },
};
