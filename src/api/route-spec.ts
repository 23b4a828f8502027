/**
 * A route as data: method, path, the JSON Schemas of its inputs, its documented responses and its
 * handler. build-app.ts registers these with Fastify (which validates against the schemas) and
 * openapi-document.ts describes the same objects, so code and documentation share one source.
 */
import type { IngestLink } from '../link/ingest-link-hook.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Extractor } from '../extract/extractor.js';
import type { CorpusReader, CorpusWriter } from './corpus-reader.js';
import type { LinkSource } from './link-source.js';
import type { JsonSchema } from './schemas/json-schema.js';

export interface ResponseDoc {
  readonly description: string;
  readonly schema?: JsonSchema;
  /** Defaults to application/json. */
  readonly contentTypes?: readonly string[];
}

export interface RouteSpec {
  readonly method: 'GET' | 'POST';
  /** Fastify syntax: `/api/articles/:id`. */
  readonly url: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tag: string;
  readonly querystring?: JsonSchema;
  readonly params?: JsonSchema;
  readonly body?: JsonSchema;
  /** Needs `Authorization: Bearer <token>`. */
  readonly auth?: boolean;
  /** Counts against the write-route rate limit. */
  readonly rateLimited?: boolean;
  readonly responses: Readonly<Record<number, ResponseDoc>>;
  readonly handler: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
}

export interface ApiDeps {
  readonly corpus: CorpusReader & Partial<CorpusWriter>;
  /** Created on first use: loading the language packs is not free, and reads never need it. */
  readonly extractor: () => Promise<Extractor>;
  /** The link tables, when the corpus has them: statement clusters, timelines, the ledger. */
  readonly links?: LinkSource;
  /** Links an article before `POST /api/articles` stores it. */
  readonly link?: IngestLink;
}

export const jsonResponse = (description: string, schema: JsonSchema): ResponseDoc => ({ description, schema });

const ERROR_TEXT: Readonly<Record<number, string>> = {
  400: 'Invalid input; the message names the parameter and the problem.',
  401: 'No token given (`Authorization: Bearer <token>`).',
  403: 'Wrong token, or the server was started without one (writes disabled).',
  404: 'Nothing with this id.',
  413: 'Request body larger than the server accepts (default 5 MB).',
  415: 'Body is not JSON.',
  429: 'Too many requests; retry after the `retry-after` header.',
  501: 'This corpus is read-only.',
};

/** The error responses a route can give, all shaped `{error, message}`. */
export function errorResponses(...statuses: readonly number[]): Record<number, ResponseDoc> {
  return Object.fromEntries(statuses.map((s) => [s, { description: ERROR_TEXT[s] ?? 'Error.', schema: { $ref: '#/components/schemas/Error' } }]));
}
