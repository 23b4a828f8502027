/**
 * Ingest: bytes → decoded text → main text → metadata → Article. Three entry points, none of
 * which throws for bad input; failures come back as IngestFailure results.
 *
 *   ingestPath('report.html')            a file, or `-` for stdin (JSON Lines: one result a line)
 *   ingestBytes(bytes, 'upload', {ext})  the same from memory (the HTTP API)
 *   ingestText(text, 'source', {date})   an already-decoded plain text
 */
import type { Article } from './article.js';
import { ingestText as liftText, type TextMeta } from './ingest-text.js';

export type { Article, Credit, CreditRole, Dateline, IngestFailure, IngestResult } from './article.js';
export { ingestBytes, type BytesHint } from './ingest-bytes.js';
export { ingestPath, type PathOptions } from './ingest-path.js';
export { DEFAULT_MAX_BYTES } from './ingest-result.js';
export type { TextMeta } from './ingest-text.js';

/** An already-decoded plain text → Article: date marker, dateline and credit lines lifted. */
export function ingestText(text: string, source: string, meta?: Partial<TextMeta>): Article {
  return liftText(text, source, meta);
}
