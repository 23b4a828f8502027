/**
 * Linking as a step of storing one record (the API's uploads, the demo's loading), between
 * extraction and the store: a syndicated copy is recorded as one more url of the article it copies
 * and is not stored again; anything else is linked and then stored. `rostrum ingest` links a
 * whole write session's articles in a thread of its own instead (src/corpus/link-thread.ts).
 */
import type { ArticleRecord } from '../record/article-record.js';
import type { LinkPrep } from './link-prep.js';
import type { LinkRepository } from './link-repository.js';
import type { Linker } from './linker.js';

export interface IngestLinkResult {
  /** The stored article this record copies: do not store it. */
  readonly copyOf: string | null;
}

/**
 * Links a record through `repo` (a write session's link tables; else the linker's own), with its
 * LinkPrep when the extraction worker made it; throws when linking fails.
 */
export type IngestLink = (record: ArticleRecord, repo?: LinkRepository, prep?: LinkPrep) => Promise<IngestLinkResult>;

export function ingestLinkHook(linker: Linker): IngestLink {
  return async (record, repo, prep) => {
    const outcome = await linker.add(record, repo, prep);
    return { copyOf: outcome.status === 'copy' ? outcome.of : null };
  };
}
