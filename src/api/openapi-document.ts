/**
 * The OpenAPI 3.1 document, built from the route specs: parameters come from the very schemas
 * Fastify validates requests with, response shapes from the components in schemas/, and the
 * record from the published record schema.
 */
import { RESPONSE_COMPONENTS } from './schemas/response-schemas.js';
import { recordComponents } from './schemas/record-components.js';
import type { JsonSchema } from './schemas/json-schema.js';
import type { RouteSpec } from './route-spec.js';

export interface OpenApiInfo {
  readonly version: string;
}

interface ObjectSchema {
  readonly properties?: Readonly<Record<string, JsonSchema & { description?: string }>>;
  readonly required?: readonly string[];
}

function parameters(schema: JsonSchema | undefined, location: 'path' | 'query'): object[] {
  const { properties = {}, required = [] } = (schema ?? {}) as ObjectSchema;
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: location,
      required: location === 'path' || required.includes(name),
      ...(description ? { description } : {}),
      schema: rest,
      ...(rest['type'] === 'array' ? { style: 'form', explode: true } : {}),
    };
  });
}

const openApiPath = (url: string) => url.replace(/:([A-Za-z_]\w*)/g, '{$1}');

function operation(route: RouteSpec): object {
  const params = [...parameters(route.params, 'path'), ...parameters(route.querystring, 'query')];
  const responses = Object.fromEntries(Object.entries(route.responses).map(([status, doc]) => [status, {
    description: doc.description,
    ...(doc.schema ? {
      content: Object.fromEntries((doc.contentTypes ?? ['application/json']).map((type) => [type, { schema: doc.schema }])),
    } : {}),
  }]));
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: route.body } } } } : {}),
    responses,
    ...(route.auth ? { security: [{ bearerToken: [] }] } : {}),
  };
}

export function openApiDocument(routes: readonly RouteSpec[], info: OpenApiInfo): Record<string, unknown> {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of routes) {
    const path = openApiPath(route.url);
    (paths[path] ??= {})[route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Rostrum API',
      version: info.version,
      summary: 'Who said what, where and when, in diplomatic news (zh, ru, kk, en).',
      description: 'Every span carries offsets into its article\'s `text`: `text.slice(start, end) === span.text`. Errors are `{error, message}`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'search', description: 'Search and export.' },
      { name: 'articles', description: 'Records of articles; extraction and ingest.' },
      { name: 'entities', description: 'People, countries, organizations, initiatives.' },
      { name: 'figures', description: 'The ledger of claimed figures.' },
      { name: 'statements', description: 'The same statement across reports and languages (the link layer).' },
    ],
    paths,
    components: {
      schemas: { ...recordComponents(), ...RESPONSE_COMPONENTS },
      securitySchemes: { bearerToken: { type: 'http', scheme: 'bearer', description: 'The token given to `rostrum serve --token`.' } },
    },
  };
}
