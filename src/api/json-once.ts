/**
 * Sends a value as JSON, serializing each distinct object once: a cached answer (see
 * cached-corpus.ts) is the same object for every request that reuses it, and turning a page of
 * hits with facets into JSON costs more than finding it in the cache.
 */
import type { FastifyReply } from 'fastify';

const serialized = new WeakMap<object, string>();

export function sendJson(reply: FastifyReply, value: object): FastifyReply {
  let body = serialized.get(value);
  if (body === undefined) {
    body = JSON.stringify(value);
    serialized.set(value, body);
  }
  return reply.type('application/json; charset=utf-8').send(body);
}
