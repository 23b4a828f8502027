/**
 * `buildApp(opts)`: the Fastify application behind `rostrum serve` and `rostrum demo`, usable with
 * `app.inject()` in tests. The routes are data (routes/*.ts); this file wires them to Fastify with
 * validation, the token guard, the write-route rate limit, security headers, the OpenAPI document,
 * the docs page and the web UI.
 */
import type { IngestLink } from '../link/ingest-link-hook.js';
import { readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { createExtractor, type Extractor } from '../extract/extractor.js';
import { handleError, handleNotFound } from './api-errors.js';
import { CachedCorpus, type CacheOptions } from './cached-corpus.js';
import type { CorpusReader, CorpusWriter } from './corpus-reader.js';
import { DOCS_CSS, renderDocsPage } from './docs-page.js';
import { openApiDocument } from './openapi-document.js';
import type { ApiDeps, RouteSpec } from './route-spec.js';
import { articleRoutes } from './routes/article-routes.js';
import { entityRoutes } from './routes/entity-routes.js';
import { linkRoutes } from './routes/link-routes.js';
import type { LinkSource } from './link-source.js';
import { searchRoutes } from './routes/search-routes.js';
import { tokenGuard } from './token-guard.js';
import { requestValidatorCompiler } from './request-validator.js';
import { DEFAULT_WEB_ROOT, registerWebAssets } from './web-assets.js';

export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;

export interface AppOptions {
  readonly corpus: CorpusReader & Partial<CorpusWriter>;
  /** Bearer token for write routes; without one, writes are refused. */
  readonly token?: string | null;
  /** Largest request body in bytes (default 5 MB); larger gets 413. */
  readonly bodyLimit?: number;
  /** Requests per client per window on the write routes (default 60 per minute). */
  readonly writeRateLimit?: { readonly max: number; readonly timeWindowMs: number };
  /** Folder of the built web UI; null serves no UI (default dist/web). */
  readonly webRoot?: string | null;
  readonly extractor?: Extractor;
  readonly logger?: boolean;
  /** Reuse recent answers (default: 30 s, 1000 answers); false answers every request afresh. */
  readonly cache?: CacheOptions | false;
  /** The corpus's link tables; without them /api/statements is empty and views carry no link data. */
  readonly links?: LinkSource | null;
  /** Links each article `POST /api/articles` stores, as `rostrum ingest` does (a copy is not stored again). */
  readonly link?: IngestLink | null;
}

const packageVersion = (): string => {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
};

export function apiRoutes(deps: ApiDeps): RouteSpec[] {
  return [...searchRoutes(deps), ...articleRoutes(deps), ...entityRoutes(deps), ...linkRoutes(deps)];
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ? { level: 'warn' } : false,
    bodyLimit: opts.bodyLimit ?? DEFAULT_BODY_LIMIT,
  });
  app.setValidatorCompiler(requestValidatorCompiler());
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"], connectSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'self'"],
        formAction: ["'self'"], frameAncestors: ["'none'"],
      },
    },
  });
  const limit = opts.writeRateLimit ?? { max: 60, timeWindowMs: 60_000 };
  await app.register(rateLimit, { global: false });

  let extractor: Promise<Extractor> | undefined = opts.extractor ? Promise.resolve(opts.extractor) : undefined;
  const corpus = opts.cache === false ? opts.corpus : new CachedCorpus(opts.corpus, opts.cache ?? {});
  const deps: ApiDeps = { corpus, extractor: () => (extractor ??= createExtractor()), ...(opts.links ? { links: opts.links } : {}), ...(opts.link ? { link: opts.link } : {}) };
  const routes = apiRoutes(deps);
  const guard = tokenGuard(opts.token);
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      schema: {
        ...(route.querystring ? { querystring: route.querystring } : {}),
        ...(route.params ? { params: route.params } : {}),
        ...(route.body ? { body: route.body } : {}),
      },
      ...(route.rateLimited ? { config: { rateLimit: { max: limit.max, timeWindow: limit.timeWindowMs } } } : {}),
      ...(route.auth ? { onRequest: guard } : {}),
      handler: route.handler,
    });
  }

  const document = openApiDocument(routes, { version: packageVersion() });
  const docsHtml = renderDocsPage(document);
  app.get('/openapi.json', async () => document);
  app.get('/docs', async (_request, reply) => reply.type('text/html; charset=utf-8').send(docsHtml));
  app.get('/docs.css', async (_request, reply) => reply.type('text/css; charset=utf-8').send(DOCS_CSS));

  await registerWebAssets(app, opts.webRoot === undefined ? DEFAULT_WEB_ROOT : opts.webRoot);
  return app;
}
