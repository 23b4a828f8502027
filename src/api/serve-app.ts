/**
 * Listening and stopping, shared by `rostrum serve` and `rostrum demo`: bind (127.0.0.1 unless
 * told otherwise; port 0 picks a free one), report the real URL, and on Ctrl+C or SIGTERM close
 * the server and then the corpus, so a SQLite file is left clean.
 */
import type { FastifyInstance } from 'fastify';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 7410;

export async function listen(app: FastifyInstance, host: string, port: number): Promise<string> {
  await app.listen({ host, port });
  const address = app.server.address();
  const realPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return `http://${shownHost}:${realPort}/`;
}

/** Resolves once a signal has stopped the server and closed the corpus. */
export function untilStopped(app: FastifyInstance, corpus: { close(): Promise<void> }): Promise<void> {
  return new Promise((resolve) => {
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void app.close().finally(() => corpus.close().catch(() => undefined).finally(resolve));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export function parsePort(value: string | undefined, fallback: number): number | null {
  if (value === undefined) return fallback;
  const port = Number(value);
  return Number.isInteger(port) && port >= 0 && port <= 65535 ? port : null;
}
