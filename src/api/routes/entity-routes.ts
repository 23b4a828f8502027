/** People, countries, organizations and initiatives across the corpus; and the figures ledger. */
import { notFound } from '../api-errors.js';
import { sendJson } from '../json-once.js';
import { errorResponses, jsonResponse, type ApiDeps, type RouteSpec } from '../route-spec.js';
import { ref } from '../schemas/json-schema.js';
import { entityParams, figuresQuerystring, initiativeParams } from '../schemas/request-schemas.js';
import type { FiguresQuery } from '../corpus-reader.js';
import { checkDates } from './search-routes.js';
import { ledgerEntities, ledgerGroups, linkTimeline } from '../linked-views.js';

export function entityRoutes({ corpus, links }: ApiDeps): RouteSpec[] {
  return [
    {
      method: 'GET',
      url: '/api/entities/:id',
      operationId: 'getEntity',
      tag: 'entities',
      summary: 'An entity: names, roles, quotes and stances over time',
      params: entityParams,
      responses: { 200: jsonResponse('The entity across the corpus.', ref('EntityView')), ...errorResponses(400, 404) },
      handler: async (request, reply) => {
        const { id } = request.params as { id: string };
        const view = await corpus.getEntity(id);
        if (!view) throw notFound(`no entity ${id} in the corpus`);
        return sendJson(reply, view);
      },
    },
    {
      method: 'GET',
      url: '/api/initiatives/:id',
      operationId: 'getInitiative',
      tag: 'entities',
      summary: 'An initiative: its proposer, and who took which stance on it when',
      description: 'With link tables, `timeline` lists each stance once (its statement cluster) with every report of it.',
      params: initiativeParams,
      responses: { 200: jsonResponse('The initiative and its timeline.', ref('InitiativeView')), ...errorResponses(400, 404) },
      handler: async (request, reply) => {
        const { id } = request.params as { id: string };
        const view = await corpus.getInitiative(id);
        if (!view) throw notFound(`no initiative ${id} in the corpus`);
        // A new object: the cached view stays as the corpus gave it.
        return sendJson(reply, links ? { ...view, timeline: await linkTimeline(links, id) } : view);
      },
    },
    {
      method: 'GET',
      url: '/api/figures',
      operationId: 'figures',
      tag: 'figures',
      summary: 'The ledger of claimed figures',
      description: 'Every figure with its value, unit, approximation, subject and speaker, newest first. With link tables, `ledger` groups the claims by measure and flags disagreements.',
      querystring: figuresQuerystring,
      responses: { 200: jsonResponse('One page of figures.', ref('FiguresResult')), ...errorResponses(400) },
      handler: async (request, reply) => {
        const query = request.query as FiguresQuery;
        checkDates(query.since, query.until);
        const result = await corpus.figures(query);
        if (!links) return sendJson(reply, result);
        const ledger = await ledgerGroups(links, query);
        return sendJson(reply, { ...result, ledger, entities: { ...await ledgerEntities(corpus, ledger), ...result.entities } });
      },
    },
  ];
}
