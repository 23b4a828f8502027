/**
 * How requests are checked against their schemas. Query strings and path parameters arrive as
 * text, so they are coerced (`limit=20` → 20, a single `type=quote` → ['quote']) and unknown
 * query parameters are dropped. JSON bodies are not coerced: `{"text": 42}` is a mistake to
 * report, not a string to invent. (Ajv caches what it compiled, per schema object.)
 */
import { Ajv } from 'ajv';
import type { FastifySchemaCompiler } from 'fastify';

export function requestValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const coercing = new Ajv({ coerceTypes: 'array', useDefaults: true, removeAdditional: true, strict: false });
  const exact = new Ajv({ coerceTypes: false, useDefaults: true, removeAdditional: false, strict: false });
  return ({ schema, httpPart }) =>
    (httpPart === 'body' ? exact : coercing).compile(schema as object) as ReturnType<FastifySchemaCompiler<unknown>>;
}
