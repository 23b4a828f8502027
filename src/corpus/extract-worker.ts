/**
 * The piscina worker: one extractor per worker thread, built on its first task (packs compiled
 * once), then Article in, record out — with its search units analyzed, so the thread that writes
 * the store only inserts rows. Runs only from the compiled dist/ (worker threads cannot load
 * TypeScript sources); extract-pool.ts falls back to in-thread extraction when it is not there.
 */
import type { Article } from '../ingest/article.js';
import { createExtractor, type ExtractOptions, type Extractor } from '../extract/extractor.js';
import { loadPacks } from '../lang/load-packs.js';
import { packLinkPrep, prepareLink, type PackedLinkPrep } from '../link/link-prep.js';
import { createMeasureMatcher, type MeasureMatcher } from '../link/measure-matcher.js';
import type { ArticleRecord } from '../record/article-record.js';
import { prepareUnits, type PreparedUnit } from '../store/prepare-units.js';

export interface ExtractTask {
  readonly article: Article;
  readonly options: Pick<ExtractOptions, 'date' | 'lang'>;
  /** Also work out what linking needs from the record alone (the ingest links). */
  readonly link?: boolean;
}

/** A record ready for the store: extracted, its search units analyzed, its LinkPrep when asked. */
export interface PreparedArticle {
  readonly record: ArticleRecord;
  readonly units: readonly PreparedUnit[];
  readonly link?: PackedLinkPrep;
}

let extractor: Promise<Extractor> | undefined;
let matcher: Promise<MeasureMatcher> | undefined;

export function prepareArticle(ex: Extractor, task: ExtractTask, measures?: MeasureMatcher): PreparedArticle {
  const record = ex.extract(task.article, task.options);
  return { record, units: prepareUnits(record), ...(measures ? { link: packLinkPrep(prepareLink(record, measures)) } : {}) };
}

/** The measure matcher linking files ledger claims with, built once per thread. */
export function measureMatcher(): Promise<MeasureMatcher> {
  matcher ??= loadPacks().then(createMeasureMatcher);
  return matcher;
}

export default async function extractInWorker(task: ExtractTask): Promise<PreparedArticle> {
  extractor ??= createExtractor();
  return prepareArticle(await extractor, task, task.link ? await measureMatcher() : undefined);
}
