/** `GET /api/search` and `GET /api/export`: the CLI's search filters over HTTP. */
import { Readable } from 'node:stream';
import type { ExportFormat, HitType, SearchFilters } from '../corpus-reader.js';
import { ApiError } from '../api-errors.js';
import { sendJson } from '../json-once.js';
import { errorResponses, jsonResponse, type ApiDeps, type RouteSpec } from '../route-spec.js';
import { ref } from '../schemas/json-schema.js';
import { exportQuerystring, searchQuerystring } from '../schemas/request-schemas.js';

interface FilterParams {
  q?: string; type?: HitType[]; speaker?: string; country?: string; initiative?: string;
  lang?: string; since?: string; until?: string;
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The schema checked the shapes; what it cannot say (a real date, a range the right way round) is checked here. */
export function checkDates(since: string | undefined, until: string | undefined): void {
  for (const [name, value] of [['since', since], ['until', until]] as const) {
    if (value !== undefined && !isCalendarDate(value)) throw new ApiError(400, `querystring.${name} is not a calendar date: ${value}`);
  }
  if (since && until && since > until) throw new ApiError(400, `querystring.since ${since} is after until ${until}`);
}

export function filtersOf(query: FilterParams): SearchFilters {
  const { q, type, speaker, country, initiative, lang, since, until } = query;
  checkDates(since, until);
  return {
    ...(q !== undefined && q.trim() !== '' ? { q: q.trim() } : {}),
    ...(type && type.length > 0 ? { types: type } : {}),
    ...(speaker ? { speaker } : {}),
    ...(country ? { country } : {}),
    ...(initiative ? { initiative } : {}),
    ...(lang ? { lang } : {}),
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
  };
}

export function searchRoutes({ corpus }: ApiDeps): RouteSpec[] {
  return [
    {
      method: 'GET',
      url: '/api/search',
      operationId: 'search',
      tag: 'search',
      summary: 'Search articles, quotes, stances and figures',
      description: 'Hits newest first, with facet counts (each facet counted without its own filter) and highlighted snippets.',
      querystring: searchQuerystring,
      responses: { 200: jsonResponse('One page of hits.', ref('SearchResult')), ...errorResponses(400) },
      handler: async (request, reply) => {
        const query = request.query as FilterParams & { limit: number; offset: number };
        return sendJson(reply, await corpus.search({ ...filtersOf(query), limit: query.limit, offset: query.offset }));
      },
    },
    {
      method: 'GET',
      url: '/api/export',
      operationId: 'export',
      tag: 'search',
      summary: 'Export what a search finds, streamed',
      description: 'Everything of one type that matches, as `rostrum export` writes it: flat rows as JSON Lines or CSV; for `type=article` with `jsonl`, whole `rostrum.article/1` records.',
      querystring: exportQuerystring,
      responses: {
        200: { description: 'The export, streamed.', contentTypes: ['application/x-ndjson', 'text/csv'], schema: { type: 'string' } },
        ...errorResponses(400),
      },
      handler: async (request, reply) => {
        const { type: kind, format, bom, ...rest } = request.query as Omit<FilterParams, 'type'> & { type: string; format: ExportFormat; bom: boolean };
        const type = kind.replace(/s$/, '') as HitType;
        const csv = format === 'csv';
        void reply
          .type(csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
          .header('content-disposition', `attachment; filename="rostrum-${type}s.${csv ? 'csv' : 'jsonl'}"`);
        return reply.send(Readable.from(corpus.export(filtersOf(rest), { type, format, bom })));
      },
    },
  ];
}
