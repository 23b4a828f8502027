/**
 * Extraction off the main thread: a piscina pool of worker threads (one per core by default),
 * each with its own extractor, so the main thread is free to read inputs and write the store.
 *
 * Worker threads load the compiled `extract-worker.js` beside this file. When this module runs
 * from TypeScript sources (vitest) there is no such file and threads cannot load `.ts`, so the pool
 * extracts in the calling thread instead; `threads: 0` asks for that explicitly. Tests that need the
 * real pool spawn the built CLI (`node bin/rostrum.js`).
 */
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { createExtractor } from '../extract/extractor.js';
import type { Article } from '../ingest/article.js';
import { measureMatcher, prepareArticle, type ExtractTask, type PreparedArticle } from './extract-worker.js';

export interface ExtractPool {
  /** Worker threads in use; 0 when extracting in the calling thread. */
  readonly threads: number;
  /** The article's record, with its search units analyzed for the store (and its LinkPrep with `link`). */
  extract(article: Article, options?: ExtractTask['options'], prepare?: { readonly link?: boolean }): Promise<PreparedArticle>;
  close(): Promise<void>;
}

export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

const workerUrl = new URL('./extract-worker.js', import.meta.url);

export async function createExtractPool(options: { readonly threads?: number } = {}): Promise<ExtractPool> {
  const threads = options.threads ?? defaultThreads();
  const compiled = import.meta.url.endsWith('.js') && existsSync(fileURLToPath(workerUrl));
  if (threads <= 0 || !compiled) {
    const extractor = await createExtractor();
    return {
      threads: 0,
      extract: async (article, opts = {}, prepare = {}) =>
        prepareArticle(extractor, { article, options: opts }, prepare.link ? await measureMatcher() : undefined),
      close: async () => undefined,
    };
  }
  const pool = new Piscina<ExtractTask, PreparedArticle>({
    filename: workerUrl.href, minThreads: threads, maxThreads: threads, idleTimeout: 60_000,
    // Each worker holds a few tasks, so it keeps extracting while the main thread is busy writing a
    // batch (better-sqlite3 blocks it) instead of idling until the next task can be posted.
    concurrentTasksPerWorker: 4,
  });
  return {
    threads,
    extract: (article, opts = {}, prepare = {}) => pool.run({ article, options: opts, ...(prepare.link ? { link: true } : {}) }),
    close: () => pool.destroy(),
  };
}
