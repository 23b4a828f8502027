/**
 * The figures ledger: claims grouped by what they measure (ledger-claims.ts), each distinct claim
 * once with every source that printed it, and a flag where claims disagree beyond what their
 * approximations allow (figure-interval.ts). A claim is one claimant's value: the seed's
 * "6500亿美元", an English wire's "$650 bln" and a Russian "650 млрд долларов" from the same
 * speaker are one claim with three sources.
 */
import type { Approx } from '../record/article-record.js';
import { formatInterval, hull, intersects, intervalOf, type Interval } from './figure-interval.js';
import type { ClaimRow, LinkedArticleRow } from './link-rows.js';

export interface LedgerSource {
  readonly articleId: string;
  readonly urls: readonly string[];
  readonly date: string | null;
  readonly lang: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly context: string;
  readonly approx: Approx;
}

export interface LedgerClaim {
  readonly claimant: string | null;
  readonly value: number;
  readonly max: number | null;
  readonly unit: string;
  /** The approximations its sources printed (接近 in one, "about" in another are one claim). */
  readonly approx: readonly Approx[];
  readonly interval: Interval;
  readonly sources: readonly LedgerSource[];
}

export interface LedgerConflict {
  /** Indexes into `claims`. */
  readonly a: number;
  readonly b: number;
  readonly detail: string;
}

export interface LedgerEntry {
  readonly key: string;
  readonly measure: string;
  readonly qualifiers: readonly string[];
  readonly scope: readonly string[];
  readonly unit: string;
  readonly year: string | null;
  readonly claims: readonly LedgerClaim[];
  readonly flagged: boolean;
  readonly conflicts: readonly LedgerConflict[];
}

const claimIdentity = (c: ClaimRow) =>
  `${c.claimant ?? ''}|${c.unit}|${Number(c.value.toPrecision(4))}|${c.max === null ? '' : Number(c.max.toPrecision(4))}`;

function toClaim(rows: readonly ClaimRow[], articles: ReadonlyMap<string, LinkedArticleRow>): LedgerClaim {
  const first = rows[0]!;
  let interval = intervalOf(first.value, first.approx, first.max ?? undefined);
  for (const r of rows.slice(1)) interval = hull(interval, intervalOf(r.value, r.approx, r.max ?? undefined));
  const seen = new Set<string>();
  const sources: LedgerSource[] = [];
  for (const r of rows) {
    const where = `${r.articleId}:${r.start}`;
    if (seen.has(where)) continue;
    seen.add(where);
    sources.push({
      articleId: r.articleId, urls: articles.get(r.articleId)?.urls ?? [], date: r.date, lang: r.lang,
      start: r.start, end: r.end, text: r.text, context: r.context, approx: r.approx,
    });
  }
  sources.sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.articleId.localeCompare(y.articleId) || x.start - y.start);
  return {
    claimant: first.claimant, value: first.value, max: first.max, unit: first.unit,
    approx: [...new Set(rows.map((r) => r.approx))].sort(), interval, sources,
  };
}

function conflictsOf(claims: readonly LedgerClaim[]): LedgerConflict[] {
  const out: LedgerConflict[] = [];
  for (let a = 0; a < claims.length; a++) {
    for (let b = a + 1; b < claims.length; b++) {
      const x = claims[a]!;
      const y = claims[b]!;
      if (!intersects(x.interval, y.interval)) {
        out.push({ a, b, detail: `${formatInterval(x.interval)} and ${formatInterval(y.interval)} do not meet` });
      }
    }
  }
  return out;
}

/** Ledger entries for the given claims, flagged ones first, then by measure, year and key. */
export function buildLedger(rows: readonly ClaimRow[], articles: ReadonlyMap<string, LinkedArticleRow>): LedgerEntry[] {
  const byKey = new Map<string, Map<string, ClaimRow[]>>();
  for (const r of rows) {
    let claims = byKey.get(r.ledgerKey);
    if (!claims) byKey.set(r.ledgerKey, (claims = new Map()));
    const id = claimIdentity(r);
    const list = claims.get(id);
    if (list) list.push(r);
    else claims.set(id, [r]);
  }
  const entries: LedgerEntry[] = [];
  for (const [key, groups] of byKey) {
    const claims = [...groups.values()].map((g) => toClaim(g, articles))
      .sort((x, y) => y.sources.length - x.sources.length || x.value - y.value);
    const conflicts = conflictsOf(claims);
    const first = [...groups.values()][0]![0]!;
    entries.push({
      key, measure: first.measure, qualifiers: first.qualifiers, scope: first.scope, unit: first.unit, year: first.year,
      claims, flagged: conflicts.length > 0, conflicts,
    });
  }
  return entries.sort((x, y) => Number(y.flagged) - Number(x.flagged) || x.measure.localeCompare(y.measure)
    || (y.year ?? '').localeCompare(x.year ?? '') || x.key.localeCompare(y.key));
}
