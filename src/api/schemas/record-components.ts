/**
 * The published record schema (schema/rostrum.article-1.schema.json) as OpenAPI components: its
 * `$defs` become `Record…` components and its internal `$ref`s are rewritten to point at them, so
 * one contract file serves the record validator and the API document alike.
 */
import { readFileSync } from 'node:fs';
import type { JsonSchema } from './json-schema.js';

const schemaUrl = new URL('../../../schema/rostrum.article-1.schema.json', import.meta.url);

const pascal = (name: string) => `Record${name.charAt(0).toUpperCase()}${name.slice(1)}`;

function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/')) {
      out[key] = `#/components/schemas/${pascal(value.slice('#/$defs/'.length))}`;
    } else if (key !== '$schema' && key !== '$id' && key !== '$defs') {
      out[key] = rewriteRefs(value);
    }
  }
  return out;
}

let cached: Record<string, JsonSchema> | undefined;

/** `ArticleRecord` plus one component per `$defs` entry of the record schema. */
export function recordComponents(): Record<string, JsonSchema> {
  if (cached) return cached;
  const schema = JSON.parse(readFileSync(schemaUrl, 'utf8')) as { $defs?: Record<string, unknown> };
  const out: Record<string, JsonSchema> = { ArticleRecord: rewriteRefs(schema) as JsonSchema };
  for (const [name, def] of Object.entries(schema.$defs ?? {})) out[pascal(name)] = rewriteRefs(def) as JsonSchema;
  cached = out;
  return out;
}

/** The record schema's own entity id pattern, so the API accepts exactly the ids records carry. */
export function entityIdPattern(): string {
  const entityId = recordComponents()['RecordEntityId'] as { pattern?: string } | undefined;
  return entityId?.pattern ?? '^[a-z]+:[^\\s]+$';
}
