/**
 * Linking as a step of `rostrum ingest`, between extraction and the store: a syndicated copy is
 * recorded as one more url of the article it copies and is not stored again; anything else is
 * linked and then stored. Linking never stops an ingest: an error is reported and the article
 * is still stored (`rostrum relink` catches it up). It runs before the store write, so a store
 * failure can leave link rows for an article that is not stored; `rostrum relink` clears them.
 */
import type { ArticleRecord } from '../record/article-record.js';
import type { Linker } from './linker.js';

export interface IngestLinkResult {
  /** The stored article this record copies: do not store it. */
  readonly copyOf: string | null;
  /** Why linking failed; the record should be stored anyway. */
  readonly error?: string;
}

export type IngestLink = (record: ArticleRecord) => Promise<IngestLinkResult>;

export function ingestLinkHook(linker: Linker): IngestLink {
  return async (record) => {
    try {
      const outcome = await linker.add(record);
      return { copyOf: outcome.status === 'copy' ? outcome.of : null };
    } catch (error) {
      return { copyOf: null, error: `linking failed (rostrum relink repairs it): ${(error as Error).message}` };
    }
  };
}
