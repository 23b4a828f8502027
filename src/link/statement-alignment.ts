/**
 * Alignment: translations and rewrites keep the order of statements. The statements an article
 * linked on content are anchors; a statement left over that lies in a gap between two anchors (or
 * an anchor and the article's end) of the same size in another article, at the same place in that
 * gap, and whose speaker agrees, is that article's statement — given at least ALIGN_MIN_ANCHORS
 * anchors with it, none crossing. This is how statements with nothing checkable in them (no
 * entity, figure or initiative) still meet their translations, even when one report has a
 * statement more elsewhere.
 */
import type { Evidence, LinkingStatement } from './link-rows.js';
import type { LinkingRepository } from './link-repository.js';
import type { StatementDraft } from './statement-fingerprint.js';
import { scorePair, veto } from './statement-score.js';

export const ALIGN_MIN_ANCHORS = 2;
export const ALIGN_WEIGHT = 2;

export interface Anchor {
  readonly draft: number;
  /** The statement of another article the draft linked to best. */
  readonly via: LinkingStatement;
}

export interface Aligned {
  readonly cluster: string;
  readonly score: number;
  readonly evidence: readonly Evidence[];
  readonly via: LinkingStatement;
}

type Pairs = ReadonlyArray<readonly [number, number]>;

/** Where `ordinal` of ours (of `ours` statements) falls among `theirs`, if the anchor pairs place it. */
export function alignedOrdinal(anchors: Pairs, ordinal: number, ours: number, theirs: number): number | undefined {
  for (let k = 1; k < anchors.length; k++) if (anchors[k]![1] <= anchors[k - 1]![1]) return undefined;
  let prev: readonly [number, number] = [-1, -1];
  let next: readonly [number, number] = [ours, theirs];
  for (const a of anchors) {
    if (a[0] < ordinal) prev = a;
    else if (a[0] > ordinal) { next = a; break; } else return undefined;
  }
  return next[0] - prev[0] === next[1] - prev[1] ? prev[1] + (ordinal - prev[0]) : undefined;
}

/** Anchor pairs (our ordinal, their ordinal) per other article and kind, ours ascending. */
function pairsOf(drafts: readonly StatementDraft[], anchors: readonly Anchor[]): Map<string, Array<readonly [number, number]>> {
  const out = new Map<string, Array<readonly [number, number]>>();
  for (const a of anchors) {
    const d = drafts[a.draft]!.fingerprint;
    if (a.via.fingerprint.kind !== d.kind) continue;
    const key = `${a.via.articleId} ${d.kind}`;
    const list = out.get(key) ?? [];
    list.push([d.ordinal, a.via.fingerprint.ordinal]);
    out.set(key, list);
  }
  for (const list of out.values()) list.sort((x, y) => x[0] - y[0]);
  return out;
}

/** Alignments for the drafts in `left`, none into a cluster in `taken` (which it extends). */
export async function alignLeftovers(
  drafts: readonly StatementDraft[], left: readonly number[], anchors: readonly Anchor[], taken: Set<string>, repo: LinkingRepository,
): Promise<Map<number, Aligned>> {
  const out = new Map<number, Aligned>();
  const pairs = pairsOf(drafts, anchors);
  const articles = [...new Set([...pairs].filter(([, p]) => p.length >= ALIGN_MIN_ANCHORS).map(([key]) => key.split(' ')[0]!))];
  if (left.length === 0 || articles.length === 0) return out;
  const statements = await repo.statementsOfArticles(articles);
  for (const i of left) {
    const fp = drafts[i]!.fingerprint;
    for (const row of statements) {
      const other = row.fingerprint;
      const placed = pairs.get(`${row.articleId} ${fp.kind}`) ?? [];
      if (other.kind !== fp.kind || taken.has(row.clusterId) || placed.length < ALIGN_MIN_ANCHORS) continue;
      if (alignedOrdinal(placed, fp.ordinal, fp.count, other.count) !== other.ordinal || veto(fp, other) !== undefined) continue;
      const sameWho = (fp.speaker !== null && fp.speaker === other.speaker) || (fp.holder !== null && fp.holder === other.holder);
      if (!sameWho) continue;
      const evidence: Evidence[] = [
        ...scorePair(fp, other)!.evidence.filter((e) => e.kind !== 'position'),
        { kind: 'position', detail: `#${fp.ordinal + 1} of ${fp.count}, aligned by ${placed.length} statements of ${row.articleId}`, weight: ALIGN_WEIGHT },
      ];
      out.set(i, { cluster: row.clusterId, score: evidence.reduce((s, e) => s + e.weight, 0), evidence, via: row });
      taken.add(row.clusterId);
      break;
    }
  }
  return out;
}
