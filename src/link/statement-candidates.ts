/**
 * Candidate clusters for an article's statements, read in two steps so a crowded bucket (a
 * summit day's speaker and his country) stays cheap: first the light bucket rows (cluster,
 * article, order) — at most MAX_HITS_PER_BUCKET of each bucket, the latest — ranked per statement
 * by how many of its keys a cluster shares; then the full rows of at most MAX_SAMPLE members (the
 * earliest found) of each of the MAX_CLUSTERS best clusters. The cost per article is bounded
 * however large the corpus or a day's coverage grows; the price is that in a bucket crowded
 * beyond the cap only its latest reports are seen, which the other, rarer keys mostly make up for.
 */
import type { BucketRow, StatementRow } from './link-rows.js';
import type { LinkRepository } from './link-repository.js';
import { queryBuckets } from './statement-buckets.js';
import type { StatementDraft } from './statement-fingerprint.js';

export const MAX_HITS_PER_BUCKET = 128;
export const MAX_CLUSTERS = 8;
export const MAX_SAMPLE = 4;

/** Per statement: candidate cluster id → its sampled members, best-sharing clusters first. */
export type Candidates = ReadonlyArray<ReadonlyMap<string, StatementRow[]>>;

/** The best clusters for one statement (most shared keys first) with the members its keys found. */
function rankClusters(draft: StatementDraft, buckets: readonly string[], byBucket: ReadonlyMap<string, BucketRow[]>): Map<string, Map<string, number>> {
  const hits = new Map<string, number>();
  for (const bucket of buckets) {
    for (const hit of byBucket.get(bucket) ?? []) {
      if (hit.articleId !== draft.articleId) hits.set(hit.clusterId, (hits.get(hit.clusterId) ?? 0) + 1);
    }
  }
  const best = new Map<string, Map<string, number>>();
  if (hits.size === 0) return best;
  const ranked = hits.size <= MAX_CLUSTERS ? [...hits.keys()]
    : [...hits].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_CLUSTERS).map(([id]) => id);
  for (const id of ranked) best.set(id, new Map());
  // Members only for the clusters kept: most hits belong to clusters that are dropped.
  for (const bucket of buckets) {
    for (const hit of byBucket.get(bucket) ?? []) best.get(hit.clusterId)?.set(hit.key, hit.seq);
  }
  return best;
}

export async function findCandidates(drafts: readonly StatementDraft[], repo: LinkRepository): Promise<Candidates> {
  const queries = drafts.map((d) => queryBuckets(d.fingerprint));
  const hits = await repo.bucketHits([...new Set(queries.flat())], MAX_HITS_PER_BUCKET);
  const byBucket = new Map<string, BucketRow[]>();
  for (const h of hits) {
    const list = byBucket.get(h.bucket);
    if (list) list.push(h);
    else byBucket.set(h.bucket, [h]);
  }
  const ranked = drafts.map((d, i) => rankClusters(d, queries[i]!, byBucket));
  // The earliest members of each cluster: the ones every later report was compared with too.
  const sampled = ranked.map((clusters) => new Map([...clusters].map(([id, members]) =>
    [id, [...members].sort((a, b) => a[1] - b[1]).slice(0, MAX_SAMPLE).map(([key]) => key)] as const)));
  const keys = [...new Set(sampled.flatMap((m) => [...m.values()].flat()))];
  const rows = new Map((keys.length > 0 ? await repo.statementsByKeys(keys) : []).map((r) => [r.key, r]));
  return sampled.map((clusters) => new Map([...clusters].map(([id, members]) =>
    [id, members.map((k) => rows.get(k)).filter((r): r is StatementRow => r !== undefined)] as const)));
}
