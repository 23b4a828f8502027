/**
 * Every error leaves the API as `{error, message}` with the status that names it. Validation
 * failures say which parameter and why; Fastify's own errors (body too large, bad JSON, unknown
 * media type) keep their status; anything unexpected is a 500 whose details stay in the log.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

export const ERROR_CODES: Readonly<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
  500: 'internal',
  501: 'not_implemented',
  503: 'unavailable',
};

export class ApiError extends Error {
  constructor(readonly statusCode: number, message: string) {
    super(message);
  }
}

export const notFound = (message: string) => new ApiError(404, message);

export interface ErrorBody {
  readonly error: string;
  readonly message: string;
}

export const errorBody = (status: number, message: string): ErrorBody => ({ error: ERROR_CODES[status] ?? 'error', message });

function validationMessage(error: FastifyError): string {
  const context = error.validationContext ?? 'request';
  const parts = (error.validation ?? []).map((v) => {
    const where = [context, ...v.instancePath.split('/').filter(Boolean)].join('.');
    const extra = v.keyword === 'enum' && Array.isArray((v.params as { allowedValues?: unknown[] }).allowedValues)
      ? ` (${(v.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : '';
    return `${where} ${v.message ?? 'is invalid'}${extra}`;
  });
  return parts.length > 0 ? parts.join('; ') : error.message;
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (error.validation) {
    void reply.status(400).send(errorBody(400, validationMessage(error)));
    return;
  }
  const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  const message = status >= 500 && !(error instanceof ApiError) ? 'internal error; see the server log' : error.message;
  void reply.status(status).send(errorBody(status, message));
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply): void {
  void reply.status(404).send(errorBody(404, `no route ${request.method} ${request.url.split('?')[0]}`));
}
