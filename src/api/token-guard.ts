/**
 * Write routes need `Authorization: Bearer <token>`: no header is 401, a wrong token is 403, and a
 * server started without a token refuses every write (403), so no write route is ever open by
 * accident. Checked on request, before the body is read or parsed.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ApiError } from './api-errors.js';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export function tokenGuard(expected: string | null | undefined) {
  const wanted = expected ? digest(expected) : null;
  return async (request: FastifyRequest): Promise<void> => {
    if (!wanted) throw new ApiError(403, 'writes are disabled: this server was started without --token');
    const header = request.headers.authorization;
    if (header === undefined || header === '') throw new ApiError(401, 'missing token: send "Authorization: Bearer <token>"');
    const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
    // Comparing digests keeps the comparison constant-time whatever the lengths.
    if (given === '' || !timingSafeEqual(digest(given), wanted)) throw new ApiError(403, 'wrong token');
  };
}
