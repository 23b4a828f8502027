/**
 * Candidate clusters for an article's statements, read in two steps so a crowded bucket (a
 * summit day's speaker and his country) stays cheap: first the in-memory candidate index
 * (candidate-index.ts) ranks, per statement, the clusters of at most MAX_HITS_PER_BUCKET of each
 * bucket, the latest, by how many of its keys they share; then the full rows of at most
 * MAX_SAMPLE members (the earliest found) of each of the MAX_CLUSTERS best clusters are read. The cost per article is bounded
 * however large the corpus or a day's coverage grows; the price is that in a bucket crowded
 * beyond the cap only its latest reports are seen, which the other, rarer keys mostly make up for.
 */
import type { LinkingStatement } from './link-rows.js';
import type { LinkingRepository } from './link-repository.js';
import { queryBuckets } from './statement-buckets.js';
import type { StatementDraft } from './statement-fingerprint.js';

export const MAX_HITS_PER_BUCKET = 128;
export const MAX_CLUSTERS = 8;
export const MAX_SAMPLE = 4;

/** Per statement: candidate cluster id → its sampled members, best-sharing clusters first. */
export type Candidates = ReadonlyArray<ReadonlyMap<string, LinkingStatement[]>>;

export async function findCandidates(drafts: readonly StatementDraft[], repo: LinkingRepository): Promise<Candidates> {
  const queries = drafts.map((d) => ({ buckets: queryBuckets(d.fingerprint), articleId: d.articleId }));
  const sampled = await repo.candidateClusters(queries, { perBucket: MAX_HITS_PER_BUCKET, clusters: MAX_CLUSTERS, sample: MAX_SAMPLE });
  const keys = [...new Set(sampled.flatMap((m) => [...m.values()].flat()))];
  const rows = new Map((keys.length > 0 ? await repo.statementsByKeys(keys) : []).map((r) => [r.key, r]));
  return sampled.map((clusters) => new Map([...clusters].map(([id, members]) =>
    [id, members.map((k) => rows.get(k)).filter((r): r is LinkingStatement => r !== undefined)] as const)));
}
