/**
 * The gold evaluation end to end: each gold file's source goes through the real ingest and the
 * configured extractor, exactly as a user's article would, and the records are scored.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor, type Extractor } from '../extract/extractor.js';
import { STAGES } from '../extract/stages.js';
import { ingestPath } from '../ingest/index.js';
import type { ArticleRecord } from '../record/article-record.js';
import { scoreRecord, summarize, type EvalReport, type ScoredFile } from './evaluate-records.js';
import { loadGoldIndex } from './load-gold.js';

/** The repository root: two levels above this module, whether it runs from src/eval or dist/eval. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_INDEX = resolve(REPO_ROOT, 'test', 'gold', 'index.json');

export interface EvalOptions {
  readonly indexPath?: string;
  readonly extractor?: Extractor;
}

/** The record for a source path (from the repository root), through ingest and the extractor. */
export async function recordFor(source: string, extractor: Extractor): Promise<ArticleRecord> {
  const [result] = await ingestPath(resolve(REPO_ROOT, source));
  if (!result || result.kind !== 'article') {
    throw new Error(`${source}: ${result?.kind === 'failure' ? result.failure.reason : 'nothing ingested'}`);
  }
  return extractor.extract(result.article);
}

export async function runEval(options: EvalOptions = {}): Promise<EvalReport> {
  const { index, files } = await loadGoldIndex(options.indexPath ?? DEFAULT_INDEX);
  const extractor = options.extractor ?? (await createExtractor());
  const scored: ScoredFile[] = [];
  const failures: string[] = [];
  for (const { name, gold } of files) {
    try {
      scored.push(scoreRecord(name, await recordFor(gold.source, extractor), gold));
    } catch (error) {
      failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const written = new Set<string>(STAGES.flatMap((s) => s.writes));
  return summarize(scored, index.thresholds, written, failures);
}
