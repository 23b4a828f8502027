/**
 * What linking works out from a record alone, before it reads any stored row: the statements'
 * fingerprints, the ledger claims, the initiative mentions, the copy-detection facts and SimHash.
 * Plain data, so an ingest computes it in the extraction worker beside the record and the
 * thread that links (and holds the database's write lock) only reads, decides and writes.
 */
import type { ArticleRecord } from '../record/article-record.js';
import type { ClaimRow, InitiativeMentionRow } from './link-rows.js';
import { claimsOf } from './ledger-claims.js';
import { initiativeMentionsOf } from './initiative-timeline.js';
import type { MeasureMatcher } from './measure-matcher.js';
import { RecordSpans } from './record-spans.js';
import { simhash, type SimHash } from './simhash.js';
import { statementsOf, type StatementDraft } from './statement-fingerprint.js';
import { factsOf } from './syndication.js';

export interface LinkPrep {
  readonly drafts: readonly StatementDraft[];
  readonly claims: readonly ClaimRow[];
  readonly mentions: readonly InitiativeMentionRow[];
  readonly facts: readonly string[];
  readonly hash: SimHash;
}

export function prepareLink(record: ArticleRecord, matcher: MeasureMatcher): LinkPrep {
  const spans = new RecordSpans(record);
  return {
    drafts: statementsOf(record, spans),
    claims: claimsOf(record, spans, matcher),
    mentions: initiativeMentionsOf(record, spans),
    facts: factsOf(record),
    hash: simhash(record.text),
  };
}
