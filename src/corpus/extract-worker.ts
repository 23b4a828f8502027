/**
 * The piscina worker: one extractor per worker thread, built on its first task (packs compiled
 * once), then Article in, record out. Runs only from the compiled dist/ (worker threads cannot load
 * TypeScript sources); extract-pool.ts falls back to in-thread extraction when it is not there.
 */
import type { Article } from '../ingest/article.js';
import { createExtractor, type ExtractOptions, type Extractor } from '../extract/extractor.js';
import type { ArticleRecord } from '../record/article-record.js';

export interface ExtractTask {
  readonly article: Article;
  readonly options: Pick<ExtractOptions, 'date' | 'lang'>;
}

let extractor: Promise<Extractor> | undefined;

export default async function extractInWorker(task: ExtractTask): Promise<ArticleRecord> {
  extractor ??= createExtractor();
  return (await extractor).extract(task.article, task.options);
}
