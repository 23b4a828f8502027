/**
 * Link state in memory: maps keyed the way the link tables are indexed, and the candidate index
 * the store's repository uses too. For tests, benchmarks and one-off runs; the store's tables
 * implement the same interface for a corpus on disk.
 */
import { CandidateIndex, filedHashes, type CandidateLimits, type CandidateQuery } from './candidate-index.js';
import type { ClaimFilter, ClusterFilter, LinkRepository } from './link-repository.js';
import type {
  ArticleHashRow, ClaimRow, ClusterRow, InitiativeMentionRow, LinkedArticleRow, LinkWriteBatch, StatementRow,
} from './link-rows.js';

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export function clusterMatches(c: ClusterRow, f: ClusterFilter): boolean {
  if (f.kind !== undefined && c.kind !== f.kind) return false;
  if (f.speaker !== undefined && c.speaker !== f.speaker) return false;
  if (f.minSize !== undefined && c.size < f.minSize) return false;
  if (f.from !== undefined && (c.dateTo === null || c.dateTo < f.from)) return false;
  if (f.to !== undefined && (c.dateFrom === null || c.dateFrom > f.to)) return false;
  return true;
}

export function claimMatches(c: ClaimRow, f: ClaimFilter): boolean {
  if (f.ledgerKey !== undefined && c.ledgerKey !== f.ledgerKey) return false;
  if (f.measure !== undefined && c.measure !== f.measure) return false;
  if (f.scope !== undefined && !c.scope.includes(f.scope)) return false;
  if (f.year !== undefined && c.year !== f.year) return false;
  if (f.unit !== undefined && c.unit !== f.unit) return false;
  return true;
}

/** Newest first by last date (undated last), then by id: the order every implementation lists in. */
export function compareClusters(a: ClusterRow, b: ClusterRow): number {
  const da = a.dateTo ?? '';
  const db = b.dateTo ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export class MemoryLinkRepository implements LinkRepository {
  private articles = new Map<string, LinkedArticleRow>();
  private ownUrls = new Map<string, string | null>();
  /** Urls by article, kept across `clear`: the only record of syndicated copies. */
  private urls = new Map<string, string[]>();
  private statements = new Map<string, StatementRow>();
  private candidates = new CandidateIndex(0);
  private byArticle = new Map<string, string[]>();
  private members = new Map<string, string[]>();
  private clusters = new Map<string, ClusterRow>();
  private claims: ClaimRow[] = [];
  private stancesByInitiative = new Map<string, string[]>();
  private mentions = new Map<string, InitiativeMentionRow[]>();
  private seq = 0;
  private queue: Promise<unknown> = Promise.resolve();

  /** One at a time: a second caller waits for the first, as a database lock would make it. */
  atomically<T>(work: (repo: LinkRepository) => Promise<T>): Promise<T> {
    const run = this.queue.then(() => work(this));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async findArticles(ids: readonly string[]): Promise<LinkedArticleRow[]> {
    return ids.flatMap((id) => {
      const a = this.articles.get(id);
      return a ? [{ ...a, urls: [...(this.urls.get(id) ?? [])], ownUrl: this.ownUrls.get(id) ?? null }] : [];
    });
  }

  async articlesByBands(bands: readonly string[], perBand: number): Promise<ArticleHashRow[]> {
    return this.candidates.articlesByBands(bands, perBand);
  }

  async addUrl(articleId: string, url: string): Promise<void> {
    const urls = this.urls.get(articleId) ?? [];
    if (!urls.includes(url)) this.urls.set(articleId, [...urls, url]);
  }

  async candidateClusters(queries: readonly CandidateQuery[], limits: CandidateLimits): Promise<Array<Map<string, string[]>>> {
    return this.candidates.rankClusters(queries, limits);
  }

  async statementsByKeys(keys: readonly string[]): Promise<StatementRow[]> {
    return [...new Set(keys)].flatMap((k) => {
      const s = this.statements.get(k);
      return s ? [s] : [];
    });
  }

  async statementsOfArticles(articleIds: readonly string[]): Promise<StatementRow[]> {
    return [...new Set(articleIds)].flatMap((id) => (this.byArticle.get(id) ?? []).map((k) => this.statements.get(k)!));
  }

  async statementsInClusters(clusterIds: readonly string[]): Promise<StatementRow[]> {
    return [...new Set(clusterIds)].flatMap((id) => (this.members.get(id) ?? []).map((k) => this.statements.get(k)!));
  }

  async clustersById(ids: readonly string[]): Promise<ClusterRow[]> {
    return [...new Set(ids)].flatMap((id) => {
      const c = this.clusters.get(id);
      return c ? [c] : [];
    });
  }

  async write(batch: LinkWriteBatch): Promise<void> {
    const { article } = batch;
    this.articles.set(article.id, article);
    this.ownUrls.set(article.id, article.urls[0] ?? null);
    const known = this.urls.get(article.id) ?? [];
    this.urls.set(article.id, [...article.urls, ...known.filter((u) => !article.urls.includes(u))]);
    this.candidates.addLinked(article, batch.statements, filedHashes(batch.buckets));
    for (const s of batch.statements) {
      this.statements.set(s.key, s);
      push(this.members, s.clusterId, s.key);
      push(this.byArticle, s.articleId, s.key);
      this.seq = Math.max(this.seq, s.seq + 1);
      if (s.fingerprint.kind !== 'stance') continue;
      const initiatives = new Set([s.fingerprint.target, ...s.fingerprint.initiatives].filter((x): x is string => x !== null));
      for (const initiative of initiatives) push(this.stancesByInitiative, initiative, s.key);
    }
    for (const c of batch.clusters) this.clusters.set(c.id, c);
    this.claims.push(...batch.claims);
    for (const m of batch.mentions) push(this.mentions, m.initiative, m);
  }

  async listClusters(filter: ClusterFilter): Promise<ClusterRow[]> {
    const all = [...this.clusters.values()].filter((c) => clusterMatches(c, filter)).sort(compareClusters);
    const offset = filter.offset ?? 0;
    return all.slice(offset, filter.limit === undefined ? undefined : offset + filter.limit);
  }

  async stancesForInitiative(initiative: string): Promise<StatementRow[]> {
    return (this.stancesByInitiative.get(initiative) ?? []).map((k) => this.statements.get(k)!);
  }

  async initiativeMentions(initiative: string): Promise<InitiativeMentionRow[]> {
    return [...(this.mentions.get(initiative) ?? [])];
  }

  async listClaims(filter: ClaimFilter): Promise<ClaimRow[]> {
    return this.claims.filter((c) => claimMatches(c, filter));
  }

  async nextSeq(): Promise<number> {
    return this.seq;
  }

  async clear(): Promise<void> {
    this.articles.clear();
    this.statements.clear();
    this.candidates = new CandidateIndex(0);
    this.byArticle.clear();
    this.members.clear();
    this.clusters.clear();
    this.claims = [];
    this.stancesByInitiative.clear();
    this.mentions.clear();
    this.seq = 0;
  }
}
