/**
 * One input file → its articles in chunks, so a large JSON Lines dump (a million articles in one
 * file) streams through an ingest in flat memory instead of being read whole, and is not refused
 * for its size: only a single line over the size limit fails, as `path:LINE`. Every other kind of
 * file is one chunk, read as source-articles.ts reads it.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { IngestResult } from '../ingest/index.js';
import { DEFAULT_MAX_BYTES } from '../ingest/index.js';
import { ingestJsonLine } from '../ingest/ingest-json.js';
import { failure } from '../ingest/ingest-result.js';
import { sourceArticles } from './source-articles.js';

const JSON_LINES = new Set(['.jsonl', '.ndjson']);
/** Articles per chunk: enough to keep the extraction pool busy, few enough to stay small. */
export const CHUNK_ARTICLES = 512;

async function* jsonLineChunks(path: string): AsyncGenerator<IngestResult[]> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let chunk: IngestResult[] = [];
  let lineNumber = 0;
  let records = 0;
  for await (const raw of lines) {
    lineNumber++;
    // A byte order mark may open the file; JSON itself has none.
    const line = lineNumber === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    // UTF-16 length bounds the UTF-8 size from below; the exact count is only needed when close.
    const result = line.length > DEFAULT_MAX_BYTES || Buffer.byteLength(line) > DEFAULT_MAX_BYTES
      ? failure(`${path}:${lineNumber}`, `line too large (over ${DEFAULT_MAX_BYTES / 1024 / 1024} MB)`)
      : ingestJsonLine(line, path, lineNumber);
    if (result === null) continue;
    records++;
    chunk.push(result);
    if (chunk.length >= CHUNK_ARTICLES) {
      yield chunk;
      chunk = [];
    }
  }
  if (records === 0) chunk.push(failure(path, 'no records'));
  if (chunk.length > 0) yield chunk;
}

export async function* sourceChunks(path: string): AsyncGenerator<IngestResult[]> {
  if (path !== '-' && JSON_LINES.has(extname(path).toLowerCase())) {
    const info = await stat(path).catch(() => null);
    if (info?.isFile() && info.size > 0) {
      try {
        yield* jsonLineChunks(path);
      } catch (error) {
        // A read error part way (a vanished file): what was read stays read; the rest fails.
        yield [failure(path, `could not read: ${(error as Error).message}`)];
      }
      return;
    }
  }
  yield await sourceArticles(path);
}
