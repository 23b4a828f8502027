/**
 * What the faces (CLI, API, UI) show, read from any LinkRepository: statement clusters with their
 * canonical statement, members, sources and evidence; an initiative's timeline; the ledger.
 */
import { buildLedger, type LedgerEntry } from './figure-ledger.js';
import { buildTimeline, type InitiativeTimeline } from './initiative-timeline.js';
import type { ClaimFilter, ClusterFilter, LinkRepository } from './link-repository.js';
import type { ClusterRow, Evidence, LinkedArticleRow, StatementKind, StatementRow } from './link-rows.js';

export interface StatementMemberView {
  readonly key: string;
  readonly articleId: string;
  readonly urls: readonly string[];
  readonly lang: string;
  readonly date: string | null;
  readonly speaker: string | null;
  readonly holder: string | null;
  /** `direct`/`reported`, or the stance type. */
  readonly label: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly score: number;
  readonly evidence: readonly Evidence[];
}

export interface StatementClusterView {
  readonly id: string;
  readonly kind: StatementKind;
  readonly size: number;
  readonly speaker: string | null;
  readonly dateFrom: string | null;
  readonly dateTo: string | null;
  readonly langs: readonly string[];
  readonly canonical: StatementMemberView;
  readonly members: readonly StatementMemberView[];
}

export interface StatementFilter extends ClusterFilter {
  /** Clusters where some member names this entity (speaker, holder, target or a mention). */
  readonly entity?: string;
  /** Clusters where some member's text contains this, case-insensitively. */
  readonly contains?: string;
}

const PAGE = 200;

async function articleMap(repo: LinkRepository, ids: Iterable<string>): Promise<Map<string, LinkedArticleRow>> {
  return new Map((await repo.findArticles([...new Set(ids)])).map((a) => [a.id, a]));
}

function memberView(s: StatementRow, articles: ReadonlyMap<string, LinkedArticleRow>): StatementMemberView {
  const fp = s.fingerprint;
  return {
    key: s.key, articleId: s.articleId, urls: articles.get(s.articleId)?.urls ?? [], lang: fp.lang, date: fp.date,
    speaker: fp.speaker, holder: fp.holder, label: s.label, start: s.start, end: s.end, text: s.text, score: s.score, evidence: s.evidence,
  };
}

function names(s: StatementRow, entity: string): boolean {
  const fp = s.fingerprint;
  return fp.speaker === entity || fp.holder === entity || fp.target === entity
    || fp.entities.includes(entity) || fp.initiatives.includes(entity);
}

export async function listStatementClusters(repo: LinkRepository, filter: StatementFilter = {}): Promise<StatementClusterView[]> {
  const limit = filter.limit ?? 50;
  const needle = filter.contains?.toLowerCase();
  const postFilter = filter.entity !== undefined || needle !== undefined;
  const out: StatementClusterView[] = [];
  let offset = filter.offset ?? 0;
  for (;;) {
    const page: ClusterRow[] = await repo.listClusters({ ...filter, offset, limit: postFilter ? PAGE : limit });
    if (page.length === 0) break;
    const members = await repo.statementsInClusters(page.map((c) => c.id));
    const articles = await articleMap(repo, members.map((m) => m.articleId));
    const byCluster = new Map<string, StatementRow[]>();
    for (const m of members) byCluster.set(m.clusterId, [...(byCluster.get(m.clusterId) ?? []), m]);
    for (const c of page) {
      const rows = (byCluster.get(c.id) ?? []).sort((a, b) => a.seq - b.seq);
      if (filter.entity !== undefined && !rows.some((r) => names(r, filter.entity!))) continue;
      if (needle !== undefined && !rows.some((r) => r.text.toLowerCase().includes(needle))) continue;
      const views = rows.map((r) => memberView(r, articles));
      const canonical = views.find((v) => v.key === c.canonical) ?? views[0];
      if (canonical === undefined) continue;
      out.push({ ...c, canonical, members: views });
      if (out.length >= limit) return out;
    }
    if (!postFilter || page.length < PAGE) break;
    offset += page.length;
  }
  return out;
}

export async function initiativeTimeline(repo: LinkRepository, initiative: string): Promise<InitiativeTimeline> {
  const stances = await repo.stancesForInitiative(initiative);
  const mentions = await repo.initiativeMentions(initiative);
  // Whole clusters: a stance reported once with the initiative named and once without is still one event.
  const clusterIds = [...new Set(stances.map((s) => s.clusterId))];
  const all = clusterIds.length > 0 ? await repo.statementsInClusters(clusterIds) : [];
  const articles = await articleMap(repo, all.map((s) => s.articleId));
  return buildTimeline(initiative, all, mentions, articles);
}

export async function figuresLedger(repo: LinkRepository, filter: ClaimFilter = {}): Promise<LedgerEntry[]> {
  const claims = await repo.listClaims(filter);
  return buildLedger(claims, await articleMap(repo, claims.map((c) => c.articleId)));
}
