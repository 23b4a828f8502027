/**
 * What linking works out from a record alone, before it reads any stored row: the statements'
 * fingerprints, the ledger claims, the initiative mentions, the copy-detection facts and SimHash,
 * and the few fields of the record itself that linking reads. Plain data and all linking needs, so
 * an ingest computes it in the extraction worker beside the record and hands only this to the
 * thread that links (src/corpus/link-thread.ts), never the record.
 */
import { deserialize, serialize } from 'node:v8';
import type { ArticleRecord } from '../record/article-record.js';
import type { ClaimRow, InitiativeMentionRow } from './link-rows.js';
import { claimsOf } from './ledger-claims.js';
import { initiativeMentionsOf } from './initiative-timeline.js';
import type { MeasureMatcher } from './measure-matcher.js';
import { RecordSpans } from './record-spans.js';
import { simhash, type SimHash } from './simhash.js';
import { statementsOf, type StatementDraft } from './statement-fingerprint.js';
import { factsOf } from './syndication.js';

/** The record's own fields that linking reads (the text only for its length). */
export interface LinkSubject {
  readonly id: string;
  readonly lang: string;
  readonly date: string | null;
  readonly url: string | null;
  readonly length: number;
}

export interface LinkPrep {
  readonly subject: LinkSubject;
  readonly drafts: readonly StatementDraft[];
  readonly claims: readonly ClaimRow[];
  readonly mentions: readonly InitiativeMentionRow[];
  readonly facts: readonly string[];
  readonly hash: SimHash;
}

export function prepareLink(record: ArticleRecord, matcher: MeasureMatcher): LinkPrep {
  const spans = new RecordSpans(record);
  return {
    subject: { id: record.id, lang: record.lang, date: record.date, url: record.url, length: record.text.length },
    drafts: statementsOf(record, spans),
    claims: claimsOf(record, spans, matcher),
    mentions: initiativeMentionsOf(record, spans),
    facts: factsOf(record),
    hash: simhash(record.text),
  };
}

/**
 * A LinkPrep as bytes. It goes from an extraction worker through the writing thread to the link
 * thread (src/corpus/link-thread.ts); as bytes, the writing thread — the ingest's bottleneck —
 * only copies it on, where as objects it decoded and re-encoded each of them (about 1 s per 8,000
 * articles of the bench corpus).
 */
export type PackedLinkPrep = Uint8Array & { readonly packed: 'LinkPrep' };

export function packLinkPrep(prep: LinkPrep): PackedLinkPrep {
  return serialize(prep) as Uint8Array as PackedLinkPrep;
}

export function unpackLinkPrep(bytes: PackedLinkPrep): LinkPrep {
  return deserialize(bytes) as LinkPrep;
}
