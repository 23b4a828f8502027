/**
 * One article: read its record, extract a record without storing it, or ingest (extract and store,
 * behind the token). Pasted text goes through the same ingest as `rostrum extract` reads a file, so
 * a leading `date` line and credit lines are lifted out here too.
 */
import { ingestText } from '../../ingest/ingest-text.js';
import type { ArticleRecord } from '../../record/article-record.js';
import { ApiError, notFound } from '../api-errors.js';
import { errorResponses, jsonResponse, type ApiDeps, type RouteSpec } from '../route-spec.js';
import { ref } from '../schemas/json-schema.js';
import { articleParams, extractBody, ingestBody } from '../schemas/request-schemas.js';

interface ArticleBody {
  text: string;
  title?: string | null;
  url?: string | null;
  date?: string | null;
  lang?: string | null;
}

async function extractBodyRecord(deps: ApiDeps, body: ArticleBody, source: string): Promise<ArticleRecord> {
  const article = ingestText(body.text, source, { url: body.url ?? null, title: body.title ?? null, date: body.date ?? null, lang: body.lang ?? null });
  const extractor = await deps.extractor();
  return extractor.extract(article, body.lang ? { lang: body.lang } : {});
}

export function articleRoutes(deps: ApiDeps): RouteSpec[] {
  return [
    {
      method: 'GET',
      url: '/api/articles/:id',
      operationId: 'getArticle',
      tag: 'articles',
      summary: 'The record of one stored article',
      params: articleParams,
      responses: { 200: jsonResponse('The `rostrum.article/1` record.', ref('ArticleRecord')), ...errorResponses(400, 404) },
      handler: async (request) => {
        const { id } = request.params as { id: string };
        const record = await deps.corpus.getArticle(id);
        if (!record) throw notFound(`no article ${id}`);
        return record;
      },
    },
    {
      method: 'POST',
      url: '/api/extract',
      operationId: 'extract',
      tag: 'articles',
      summary: 'Extract the record of a text; nothing is stored',
      body: extractBody,
      rateLimited: true,
      responses: { 200: jsonResponse('The record.', ref('ArticleRecord')), ...errorResponses(400, 413, 415, 429) },
      handler: async (request) => extractBodyRecord(deps, request.body as ArticleBody, 'api:extract'),
    },
    {
      method: 'POST',
      url: '/api/articles',
      operationId: 'ingest',
      tag: 'articles',
      summary: 'Extract a text and store its record',
      description: 'Needs the server token. Storing the same text and url twice keeps one article (`created: false`); a syndicated copy of a stored article is linked to it as one more url (`copyOf`) and not stored again.',
      body: ingestBody,
      auth: true,
      rateLimited: true,
      responses: {
        201: jsonResponse('Stored.', ref('IngestResult')),
        200: jsonResponse('Already stored.', ref('IngestResult')),
        ...errorResponses(400, 401, 403, 413, 415, 429, 501),
      },
      handler: async (request, reply) => {
        const { addArticle } = deps.corpus;
        if (!addArticle) throw new ApiError(501, 'this corpus is read-only');
        const record = await extractBodyRecord(deps, request.body as ArticleBody, 'api:ingest');
        // Linked first, as `rostrum ingest` does; a linking failure still stores the article
        // (`rostrum relink` catches the links up) and is logged, not returned as an error.
        const linked = deps.link ? await deps.link(record).catch((error: Error) => {
          request.log.warn({ err: error }, 'linking failed; the article is stored unlinked');
          return null;
        }) : null;
        if (linked?.copyOf) {
          void reply.status(200);
          return { id: record.id, created: false, copyOf: linked.copyOf, record };
        }
        const { id, created } = await addArticle.call(deps.corpus, record);
        void reply.status(created ? 201 : 200);
        return { id, created, record };
      },
    },
  ];
}
