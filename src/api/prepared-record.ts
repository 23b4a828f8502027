/**
 * A record made ready for search and display once: its text folded and indexed, its hits listed
 * and keyed by kind and span (how a Store hit is matched back to the record's own view of it).
 * Records never change under an id, so a prepared record can be cached for good.
 */
import type { ArticleRecord } from '../record/article-record.js';
import type { Highlight, SearchHit } from './corpus-reader.js';
import { articleRef } from './corpus-views.js';
import { IndexedText } from './indexed-text.js';
import { makeSnippet } from './make-snippet.js';
import { recordHits, type RecordHit } from './record-hits.js';

export interface PreparedRecord {
  readonly record: ArticleRecord;
  readonly indexed: IndexedText;
  readonly hits: readonly RecordHit[];
  readonly hitByKey: ReadonlyMap<string, RecordHit>;
}

export const hitKey = (type: string, start: number, end: number) => `${type}:${start}:${end}`;

export function prepareRecord(record: ArticleRecord): PreparedRecord {
  const hits = recordHits(record);
  const hitByKey = new Map<string, RecordHit>();
  for (const h of hits) if (!hitByKey.has(hitKey(h.type, h.start, h.end))) hitByKey.set(hitKey(h.type, h.start, h.end), h);
  return { record, indexed: new IndexedText(record.text), hits, hitByKey };
}

export function toSearchHit(prepared: PreparedRecord, hit: RecordHit, highlights: readonly Highlight[]): SearchHit {
  const { record } = prepared;
  return {
    type: hit.type,
    article: articleRef(record),
    start: hit.start,
    end: hit.end,
    snippet: makeSnippet(record.text, hit.matchStart, hit.matchEnd, highlights),
    speaker: hit.speaker,
    ...(hit.stance ? { stance: hit.stance } : {}),
    ...(hit.initiative ? { initiative: hit.initiative } : {}),
    ...(hit.figure ? { figure: hit.figure } : {}),
  };
}
