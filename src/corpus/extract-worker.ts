/**
 * The piscina worker: one extractor per worker thread, built on its first task (packs compiled
 * once), then Article in, record out — with its search units analyzed, so the thread that writes
 * the store only inserts rows. Runs only from the compiled dist/ (worker threads cannot load
 * TypeScript sources); extract-pool.ts falls back to in-thread extraction when it is not there.
 */
import type { Article } from '../ingest/article.js';
import { createExtractor, type ExtractOptions, type Extractor } from '../extract/extractor.js';
import type { ArticleRecord } from '../record/article-record.js';
import { prepareUnits, type PreparedUnit } from '../store/prepare-units.js';

export interface ExtractTask {
  readonly article: Article;
  readonly options: Pick<ExtractOptions, 'date' | 'lang'>;
}

/** A record ready for the store: extracted, and its search units analyzed. */
export interface PreparedArticle {
  readonly record: ArticleRecord;
  readonly units: readonly PreparedUnit[];
}

let extractor: Promise<Extractor> | undefined;

export function prepareArticle(ex: Extractor, task: ExtractTask): PreparedArticle {
  const record = ex.extract(task.article, task.options);
  return { record, units: prepareUnits(record) };
}

export default async function extractInWorker(task: ExtractTask): Promise<PreparedArticle> {
  extractor ??= createExtractor();
  return prepareArticle(await extractor, task);
}
