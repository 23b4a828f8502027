/** The statement clusters of the link layer: the same statement across reports and languages. */
import { sendJson } from '../json-once.js';
import { errorResponses, jsonResponse, type ApiDeps, type RouteSpec } from '../route-spec.js';
import type { StatementsQuery } from '../corpus-reader.js';
import { statementClusters } from '../linked-views.js';
import { ref } from '../schemas/json-schema.js';
import { statementsQuerystring } from '../schemas/request-schemas.js';
import { ApiError } from '../api-errors.js';
import { checkDates } from './search-routes.js';

export function linkRoutes({ corpus, links }: ApiDeps): RouteSpec[] {
  return [
    {
      method: 'GET',
      url: '/api/statements',
      operationId: 'statements',
      tag: 'statements',
      summary: 'The same statement across reports and languages',
      description: 'Statement clusters, newest first, as `rostrum statements`: the canonical statement, every report of it '
        + '(article, language, exact span) and the evidence that joined them. Empty when the corpus has no link tables.',
      querystring: statementsQuerystring,
      responses: { 200: jsonResponse('Matching clusters.', ref('StatementsResult')), ...errorResponses(400) },
      handler: async (request, reply) => {
        const query = request.query as StatementsQuery;
        try {
          checkDates(query.from, query.to);
        } catch {
          throw new ApiError(400, `querystring.from ${query.from ?? ''} and to ${query.to ?? ''} must be calendar dates, from ≤ to`);
        }
        if (!links) return sendJson(reply, { clusters: [], entities: {} });
        return sendJson(reply, await statementClusters(links, corpus, query));
      },
    },
  ];
}
