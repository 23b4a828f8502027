/**
 * Incremental statement clustering: one new article's statements against the clusters already
 * stored. Candidates come from indexed buckets (statement-candidates.ts), never from the corpus.
 *
 * 1. Each statement is scored against each candidate cluster: against the sampled members its
 *    buckets turned up. A veto from any of them rules the cluster out (a cluster never mixes
 *    speakers or days); the best member must link on its own (statement-score.ts), and no
 *    sampled member may score below half the bar.
 * 2. Pairs are taken best first, so each statement joins at most one cluster and each cluster takes
 *    at most one statement of the article: a cluster never holds two statements of one article.
 * 3. Statements left over are aligned by their place between linked ones (statement-alignment.ts).
 * 4. What is left founds a new cluster, named after its first statement.
 */
import type { BucketRow, ClusterRow, Evidence, LinkingStatement, StatementRow } from './link-rows.js';
import type { LinkingRepository } from './link-repository.js';
import { alignLeftovers } from './statement-alignment.js';
import { fileBuckets } from './statement-buckets.js';
import { findCandidates } from './statement-candidates.js';
import { canonicalRank } from './statement-canonical.js';
import type { StatementDraft } from './statement-fingerprint.js';
import { LINK_MIN, scorePair, type PairScore } from './statement-score.js';

export interface ClusterOutcome {
  readonly statements: StatementRow[];
  readonly buckets: BucketRow[];
  readonly clusters: ClusterRow[];
}

interface Option {
  readonly draft: number;
  readonly cluster: string;
  readonly score: number;
  readonly best: PairScore;
  readonly via: LinkingStatement;
}

interface Assignment { readonly cluster: string; readonly score: number; readonly evidence: readonly Evidence[]; readonly via: LinkingStatement }

function scoreCluster(draft: StatementDraft, draftIndex: number, cluster: string, sample: readonly LinkingStatement[]): Option | undefined {
  let sum = 0;
  let best: { score: PairScore; row: LinkingStatement } | undefined;
  for (const row of sample) {
    const s = scorePair(draft.fingerprint, row.fingerprint);
    if (s === undefined || s.score < LINK_MIN / 2) return undefined;
    sum += s.score;
    if (best === undefined || s.score > best.score.score) best = { score: s, row };
  }
  if (best === undefined || !best.score.links) return undefined;
  return { draft: draftIndex, cluster, score: sum / sample.length, best: best.score, via: best.row };
}

export async function clusterStatements(drafts: readonly StatementDraft[], repo: LinkingRepository, firstSeq: number): Promise<ClusterOutcome> {
  const candidates = await findCandidates(drafts, repo);
  const options: Option[] = [];
  drafts.forEach((d, i) => {
    for (const [cluster, rows] of candidates[i]!) {
      const option = scoreCluster(d, i, cluster, rows);
      if (option) options.push(option);
    }
  });
  options.sort((a, b) => b.score - a.score || a.draft - b.draft || (a.cluster < b.cluster ? -1 : 1));

  const assigned = new Map<number, Assignment>();
  const taken = new Set<string>();
  for (const o of options) {
    if (assigned.has(o.draft) || taken.has(o.cluster)) continue;
    assigned.set(o.draft, { cluster: o.cluster, score: Math.round(o.score * 100) / 100, evidence: o.best.evidence, via: o.via });
    taken.add(o.cluster);
  }
  const left = drafts.map((_, i) => i).filter((i) => !assigned.has(i));
  const anchors = [...assigned].map(([draft, a]) => ({ draft, via: a.via }));
  for (const [i, a] of await alignLeftovers(drafts, left, anchors, taken, repo)) assigned.set(i, a);

  const statements: StatementRow[] = drafts.map((d, i) => {
    const a = assigned.get(i);
    return {
      key: d.key, articleId: d.articleId, index: d.index, start: d.start, end: d.end, text: d.text, label: d.label,
      fingerprint: d.fingerprint, clusterId: a?.cluster ?? d.key, score: a?.score ?? 0, evidence: a?.evidence ?? [], seq: firstSeq + i,
    };
  });
  const buckets = statements.flatMap((s) => fileBuckets(s.fingerprint)
    .map((bucket) => ({ bucket, key: s.key, clusterId: s.clusterId, articleId: s.articleId, seq: s.seq })));
  const existing = await repo.clustersById([...taken]);
  return { statements, buckets, clusters: updateClusters(existing, statements) };
}

function updateClusters(existing: readonly ClusterRow[], statements: readonly StatementRow[]): ClusterRow[] {
  const byId = new Map(existing.map((c) => [c.id, c]));
  for (const s of statements) {
    const fp = s.fingerprint;
    const rank = canonicalRank(fp, s.label);
    const c = byId.get(s.clusterId);
    const who = fp.speaker ?? fp.holder;
    if (c === undefined) {
      byId.set(s.clusterId, {
        id: s.clusterId, kind: fp.kind, canonical: s.key, canonicalRank: rank, size: 1,
        speaker: who, dateFrom: fp.date, dateTo: fp.date, langs: [fp.lang],
      });
      continue;
    }
    const better = rank > c.canonicalRank;
    byId.set(c.id, {
      ...c,
      canonical: better ? s.key : c.canonical,
      canonicalRank: better ? rank : c.canonicalRank,
      size: c.size + 1,
      speaker: c.speaker ?? who,
      dateFrom: minDate(c.dateFrom, fp.date),
      dateTo: maxDate(c.dateTo, fp.date),
      langs: [...new Set([...c.langs, fp.lang])].sort(),
    });
  }
  return [...byId.values()];
}

const minDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const maxDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
