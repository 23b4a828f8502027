/**
 * The filter options `rostrum search` and `rostrum export` share, as node:util parseArgs options,
 * and their validation into SearchFilters. Mistakes are passed to `fail`, which the command turns
 * into a usage error (exit 2); this module knows nothing of the CLI.
 */
import { UNIT_KINDS, type SearchFilters, type UnitKind } from './search-query.js';

export const FILTER_OPTIONS = {
  db: { type: 'string' },
  type: { type: 'string' },
  speaker: { type: 'string' },
  country: { type: 'string' },
  initiative: { type: 'string' },
  lang: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
} as const;

export const FILTER_USAGE = [
  '  --db FILE|URL     the corpus: a SQLite file (default ./rostrum.db) or postgres://…',
  '  --speaker NAME    who said it, in any language or script (Tokayev, 托卡耶夫, Токаев) or an entity id',
  '  --country NAME    the country a speaker or stance holder acts for',
  '  --initiative NAME an initiative mentioned or targeted',
  '  --lang CODE       article language: zh (also finds zh-Hant), zh-Hant, ru, kk, en',
  '  --since DATE      article date on or after YYYY-MM-DD',
  '  --until DATE      article date on or before YYYY-MM-DD',
];

export type FilterValues = { readonly [K in keyof typeof FILTER_OPTIONS]?: string };

/** `quotes` and `quote` both name the quote unit. */
export function parseUnitKind(value: string, fail: (message: string) => never): UnitKind {
  const singular = value.replace(/s$/, '') as UnitKind;
  if ((UNIT_KINDS as readonly string[]).includes(singular)) return singular;
  return fail(`--type must be one of ${UNIT_KINDS.join(', ')} (or plural); got "${value}"`);
}

function isoDate(value: string, option: string, fail: (message: string) => never): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !date || date.toISOString().slice(0, 10) !== value) fail(`${option} wants a date as YYYY-MM-DD, got "${value}"`);
  return value;
}

export function filtersFromOptions(values: FilterValues, text: string, fail: (message: string) => never): SearchFilters {
  const nonEmpty = (option: string, value: string | undefined) => {
    if (value !== undefined && value.trim() === '') fail(`${option} needs a value`);
    return value?.trim();
  };
  const speaker = nonEmpty('--speaker', values.speaker);
  const country = nonEmpty('--country', values.country);
  const initiative = nonEmpty('--initiative', values.initiative);
  const lang = nonEmpty('--lang', values.lang);
  if (lang !== undefined && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(lang)) fail(`--lang wants a language tag such as zh, zh-Hant, ru; got "${lang}"`);
  const since = values.since === undefined ? undefined : isoDate(values.since, '--since', fail);
  const until = values.until === undefined ? undefined : isoDate(values.until, '--until', fail);
  if (since && until && since > until) fail(`--since ${since} is after --until ${until}`);
  return {
    ...(text.trim() !== '' ? { text } : {}),
    ...(values.type !== undefined ? { type: parseUnitKind(values.type, fail) } : {}),
    ...(speaker ? { speaker } : {}), ...(country ? { country } : {}), ...(initiative ? { initiative } : {}),
    ...(lang ? { lang } : {}), ...(since ? { since } : {}), ...(until ? { until } : {}),
  };
}
