/**
 * The built web UI (dist/web, from `vite build --config web/vite.config.ts`) as static files.
 * Hashed assets are cached for good; index.html never is, so a rebuild shows at once. Without a
 * build, `/` says how to make one instead of failing obscurely.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** `<repo>/dist/web`, whether this module runs from src/api (tests) or dist/api (built). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export const webIsBuilt = (root: string) => existsSync(join(root, 'index.html'));

export async function registerWebAssets(app: FastifyInstance, root: string | null): Promise<void> {
  if (root && webIsBuilt(root)) {
    await app.register(fastifyStatic, {
      root,
      prefix: '/',
      index: 'index.html',
      setHeaders(reply, path) {
        reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    return;
  }
  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(
    '<!doctype html><meta charset="utf-8"><title>Rostrum</title><p>The web UI is not built. Run '
    + '<code>npx vite build --config web/vite.config.ts</code> (or <code>npm run build</code>) and restart. '
    + 'The API is up: <a href="/docs">/docs</a>.</p>',
  ));
}
