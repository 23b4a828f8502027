/**
 * Request schemas. Fastify validates every request against these, and the OpenAPI document lists
 * the very same objects, so the documentation cannot drift from what the server accepts.
 * Query values arrive as strings; Fastify's Ajv coerces them (and a single `type=` to an array).
 */
import { HIT_TYPES } from '../corpus-reader.js';
import { object, type JsonSchema } from './json-schema.js';
import { entityIdPattern } from './record-components.js';

export const LANGS = ['zh', 'zh-Hant', 'ru', 'kk', 'en'] as const;
export const EXPORT_FORMATS = ['jsonl', 'csv'] as const;
export const MAX_PAGE = 100;

const date = (description: string): JsonSchema => ({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description });
const entityId = (description: string): JsonSchema => ({ type: 'string', maxLength: 200, pattern: entityIdPattern(), description });
/** As the CLI takes them: an entity id, or a name in any language or script (`Tokayev`, `托卡耶夫`). */
const entityRef = (description: string): JsonSchema => ({ type: 'string', minLength: 1, maxLength: 200, description: `${description} An entity id or a name in any script.` });
const lang: JsonSchema = { type: 'string', enum: [...LANGS], description: 'Language of the article (`zh` also matches `zh-Hant`).' };
const q: JsonSchema = { type: 'string', maxLength: 500, description: 'Words or Chinese text; every term must occur. Case, inflection and traditional/simplified characters do not matter.' };
const limit: JsonSchema = { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 20 };
const offset: JsonSchema = { type: 'integer', minimum: 0, maximum: 100_000, default: 0 };

const filters = {
  q,
  type: {
    type: 'array', items: { type: 'string', enum: [...HIT_TYPES] }, maxItems: HIT_TYPES.length, uniqueItems: true,
    description: 'What to find: articles, quotes, stances, figures (repeat the parameter for several).',
  },
  speaker: entityRef('Who said it (`person:…`).'),
  country: entityRef('The country a speaker acts for, or that an article mentions (`country:kz`).'),
  initiative: entityRef('An initiative the hit is about (`initiative:…`).'),
  lang,
  since: date('Article date on or after (YYYY-MM-DD).'),
  until: date('Article date on or before (YYYY-MM-DD).'),
} satisfies Record<string, JsonSchema>;

export const searchQuerystring = object({ ...filters, limit, offset });

const { type: _types, ...exportFilters } = filters;

/** As `rostrum export`: one type per export (`quote` or `quotes`), its rows as JSON Lines or CSV. */
export const exportQuerystring = object({
  ...exportFilters,
  type: {
    type: 'string', enum: HIT_TYPES.flatMap((t) => [t, `${t}s`]),
    description: 'What to export. Articles as JSON Lines are whole `rostrum.article/1` records; everything else is one flat row per item, the columns of `rostrum export`.',
  },
  format: { type: 'string', enum: [...EXPORT_FORMATS], default: 'jsonl', description: '`jsonl` (numbers stay numbers, empty is null) or `csv` (RFC 4180, header row).' },
  bom: { type: 'boolean', default: false, description: 'Start CSV with a UTF-8 byte order mark, for spreadsheets.' },
}, ['type']);

export const figuresQuerystring = object({
  q,
  unit: { type: 'string', pattern: '^[A-Za-z_]{1,20}$', description: 'ISO 4217 code (`USD`), `percent`, `count`, `year`…' },
  speaker: entityRef('The speaker the figure is attributed to.'),
  lang,
  since: date('Article date on or after (YYYY-MM-DD).'),
  until: date('Article date on or before (YYYY-MM-DD).'),
  limit,
  offset,
});

export const articleParams = object({ id: { type: 'string', pattern: '^[0-9a-f]{16}$', description: 'Article id.' } }, ['id']);
export const entityParams = object({ id: entityId('Entity id (`person:…`, `country:…`, `organization:…`).') }, ['id']);
export const initiativeParams = object({ id: entityId('Entity id of the initiative (`initiative:…`).') }, ['id']);

const articleFields = {
  text: { type: 'string', minLength: 1, description: 'The article body as plain text. A leading `date YYYY-MM-DD` line and credit lines are lifted out, as by `rostrum extract`.' },
  title: { type: ['string', 'null'], maxLength: 2000 },
  url: { type: ['string', 'null'], maxLength: 4000 },
  date: { anyOf: [date('Article date; relative times resolve against it.'), { type: 'null' }] },
  lang: { anyOf: [lang, { type: 'null' }] },
} satisfies Record<string, JsonSchema>;

export const extractBody = object(articleFields, ['text']);
export const ingestBody = object(articleFields, ['text']);

/** As `rostrum statements`. */
export const statementsQuerystring = object({
  speaker: entityRef('Who spoke (for a stance, who holds it).'),
  entity: entityRef('Clusters where some report names this person, country, organization or initiative.'),
  from: date('Statement date on or after (YYYY-MM-DD).'),
  to: date('Statement date on or before (YYYY-MM-DD).'),
  kind: { type: 'string', enum: ['quote', 'stance'], description: 'Quotes or stances.' },
  minSize: { type: 'integer', minimum: 1, maximum: 10_000, description: 'Only statements reported at least this many times (2: found in more than one report).' },
  contains: { type: 'string', minLength: 1, maxLength: 500, description: 'Some report\'s text contains this, case-insensitively.' },
  limit: { ...limit, description: 'At most this many clusters, newest first.' },
});
