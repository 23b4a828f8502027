/**
 * Keeps a process's candidate index (src/link/candidate-index.ts) equal to the link tables. The
 * tables count what they hold in `link_meta` — `articles` (the next article number, `n`),
 * `next_seq` (the next statement) and `generation` (raised by every relink) — and the linker
 * syncs under the write lock before it reads candidates. When another process linked since, only
 * its articles and statements are read (by `n` and `seq`, both indexed in writing order); after a
 * relink, or when this process has never looked, the index is read whole, in pages.
 *
 * Each statement row carries the hashes of its buckets, so rebuilding parses no fingerprint; rows
 * written before the column existed have it null and get their buckets from the fingerprint.
 */
import { sql, type Kysely } from 'kysely';
import { bucketHashes, CandidateIndex } from '../link/candidate-index.js';
import type { StatementFingerprint } from '../link/link-rows.js';
import { fileBuckets } from '../link/statement-buckets.js';
import type { LinkSchema } from './link-tables.js';

const PAGE = 20_000;

export interface LinkCounters {
  readonly articles: number;
  readonly nextSeq: number;
  readonly generation: number;
}

export async function readLinkCounters(db: Kysely<LinkSchema>): Promise<LinkCounters> {
  const rows = await db.selectFrom('link_meta').select(['name', 'value']).execute();
  const value = (name: string) => Number(rows.find((r) => r.name === name)?.value ?? 0);
  return { articles: value('articles'), nextSeq: value('next_seq'), generation: value('generation') };
}

/** The bucket hashes as stored: their 64-bit floats, in base64 (one call, where a number each was slow). */
export function encodeBuckets(hashes: readonly number[]): string {
  return Buffer.from(Float64Array.from(hashes).buffer).toString('base64');
}

function decodeBuckets(text: string): number[] {
  const bytes = Buffer.from(text, 'base64');
  const out: number[] = [];
  for (let at = 0; at + 8 <= bytes.length; at += 8) out.push(bytes.readDoubleLE(at));
  return out;
}

/** `current` when it is up to date, else it brought up to date, or a new index read whole. */
export async function syncCandidateIndex(db: Kysely<LinkSchema>, current: CandidateIndex | undefined): Promise<CandidateIndex> {
  const counters = await readLinkCounters(db);
  const stale = current === undefined || current.generation !== counters.generation
    || current.articles > counters.articles || current.nextSeq > counters.nextSeq;
  const index = stale ? new CandidateIndex(counters.generation) : current;
  if (index.articles < counters.articles) await loadArticles(db, index, counters.articles);
  if (index.nextSeq < counters.nextSeq) await loadStatements(db, index, counters.nextSeq);
  index.reserveSeq(counters.nextSeq);
  return index;
}

async function loadArticles(db: Kysely<LinkSchema>, index: CandidateIndex, end: number): Promise<void> {
  for (let from = index.articles; from < end; from += PAGE) {
    const rows = await db.selectFrom('link_articles').select(['id', 'lang', 'length', 'simhash', 'n'])
      .where('n', '>=', from).where('n', '<', Math.min(end, from + PAGE)).orderBy('n').execute();
    for (const r of rows) {
      if (Number(r.n) !== index.articles) throw new Error(`link_articles: article number ${index.articles} is missing (found ${r.n}); run rostrum relink`);
      index.addArticle({ id: r.id, lang: r.lang, length: Number(r.length), simhash: r.simhash });
    }
  }
}

async function loadStatements(db: Kysely<LinkSchema>, index: CandidateIndex, end: number): Promise<void> {
  for (let from = index.nextSeq; from < end; from += PAGE) {
    const rows = await db.selectFrom('link_statements')
      // The fingerprint only where the bucket hashes were not stored: rows from before migration 6.
      .select(['key', 'article_id', 'cluster_id', 'seq', 'buckets', sql<string | null>`case when buckets is null then fingerprint end`.as('fingerprint')])
      .where('seq', '>=', from).where('seq', '<', Math.min(end, from + PAGE)).orderBy('seq').execute();
    for (const r of rows) {
      const hashes = r.buckets !== null ? decodeBuckets(r.buckets)
        : bucketHashes(fileBuckets(JSON.parse(r.fingerprint ?? 'null') as StatementFingerprint));
      index.addStatement({ key: r.key, articleId: r.article_id, clusterId: r.cluster_id, seq: Number(r.seq) }, hashes);
    }
  }
}
