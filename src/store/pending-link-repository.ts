/**
 * Linking ahead of the writer: a link thread's view of the link tables during one write session.
 * The thread reads committed rows on a connection of its own (`committed`, a KyselyLinkRepository
 * in locked mode, so its candidate index is synced once per session) while the writer, which holds
 * the database's write lock for the session, inserts what the thread decided. Those rows stay
 * invisible to the thread's connection until the session commits, so everything staged here is
 * also kept here — articles, urls, statements, cluster rows — and every lookup sees it over the
 * committed rows. `write` and `addUrl` do not touch the database: the article's rows wait until
 * `take` hands them to the writer, and only then join this session's view.
 *
 * The shared memory (candidate index, statement and cluster caches) files an article's rows in
 * `write`, as a writer's own repository does; `replay` rebuilds it when an article failed after
 * that.
 */
import type { LinkingRepository } from '../link/link-repository.js';
import type { CandidateLimits, CandidateQuery } from '../link/candidate-index.js';
import type { ArticleHashRow, ClusterRow, LinkedArticleRow, LinkingStatement, LinkWriteBatch, StatementRow } from '../link/link-rows.js';
import type { KyselyLinkRepository, LinkTableRows } from './kysely-link-repository.js';

/** What the writer applies for one article, in order: its link rows, then urls of copies. */
export interface LinkOutbox {
  readonly rows: LinkTableRows;
  readonly urls: ReadonlyArray<{ readonly articleId: string; readonly url: string }>;
}

export class PendingLinkRepository implements LinkingRepository {
  private readonly articles = new Map<string, LinkedArticleRow>();
  /** Urls added this session to articles committed before it. */
  private readonly addedUrls = new Map<string, string[]>();
  private readonly statements = new Map<string, StatementRow>();
  private readonly byArticle = new Map<string, StatementRow[]>();
  private readonly clusters = new Map<string, ClusterRow>();
  /** The articles linked this session and handed to the writer, in order, for `replay`. */
  private readonly log: LinkWriteBatch[] = [];
  /**
   * What the article being linked wrote: kept apart until `take` hands it to the writer, so an
   * article that fails after writing leaves nothing of itself in this session's view.
   */
  private current: { batch?: LinkWriteBatch; rows: LinkTableRows; urls: Array<{ articleId: string; url: string }> } = { rows: [], urls: [] };
  /** Whether the current article reached the shared memory (`write` files it there). */
  private filed = false;

  constructor(private committed: KyselyLinkRepository) {}

  /** The current article's rows for the writer: from now on they are part of this session. */
  take(): LinkOutbox {
    const { batch, rows, urls } = this.current;
    if (batch !== undefined) {
      const { article } = batch;
      this.articles.set(article.id, { ...article, ownUrl: article.urls[0] ?? null });
      const own = [...batch.statements].sort((a, b) => a.seq - b.seq);
      this.byArticle.set(article.id, own);
      for (const s of own) this.statements.set(s.key, s);
      for (const c of batch.clusters) this.clusters.set(c.id, c);
      this.log.push(batch);
    }
    for (const { articleId, url } of urls) {
      const staged = this.articles.get(articleId);
      if (staged !== undefined) {
        if (!staged.urls.includes(url)) this.articles.set(articleId, { ...staged, urls: [...staged.urls, url] });
      } else {
        const added = this.addedUrls.get(articleId) ?? [];
        if (!added.includes(url)) this.addedUrls.set(articleId, [...added, url]);
      }
    }
    this.current = { rows: [], urls: [] };
    this.filed = false;
    return { rows, urls };
  }

  /**
   * Forgets the current article (it failed). True when it had already filed itself into the shared
   * memory, which must then be rebuilt (`replay`); reads alone only cache committed rows.
   */
  discardCurrent(): boolean {
    const filed = this.filed;
    this.current = { rows: [], urls: [] };
    this.filed = false;
    return filed;
  }

  /**
   * Starts over on `committed` (fresh memory, synced from the tables) and files again everything
   * of this session the writer already has: what a failed article left in the shared memory is
   * gone, and nothing the writer has is lost.
   */
  async replay(committed: KyselyLinkRepository): Promise<void> {
    this.committed = committed;
    for (const batch of this.log) (await committed.stage(batch)).remember();
  }

  findArticles(ids: readonly string[]): Promise<LinkedArticleRow[]> {
    return overStaged(ids, this.articles, async (rest) => (await this.committed.findArticles(rest)).map((a) => {
      const added = this.addedUrls.get(a.id);
      return added === undefined ? a : { ...a, urls: [...a.urls, ...added.filter((u) => !a.urls.includes(u))] };
    }));
  }

  articlesByBands(bands: readonly string[], perBand: number): Promise<ArticleHashRow[]> {
    return this.committed.articlesByBands(bands, perBand);
  }

  async addUrl(articleId: string, url: string): Promise<void> {
    this.current.urls.push({ articleId, url });
  }

  candidateClusters(queries: readonly CandidateQuery[], limits: CandidateLimits): Promise<Array<Map<string, string[]>>> {
    return this.committed.candidateClusters(queries, limits);
  }

  statementsByKeys(keys: readonly string[]): Promise<LinkingStatement[]> {
    return overStaged<LinkingStatement>(keys, this.statements, (rest) => this.committed.statementsByKeys(rest));
  }

  async statementsOfArticles(articleIds: readonly string[]): Promise<StatementRow[]> {
    const staged = articleIds.flatMap((id) => this.byArticle.get(id) ?? []);
    const rest = articleIds.filter((id) => !this.byArticle.has(id));
    const stored = rest.length === 0 ? [] : await this.committed.statementsOfArticles(rest);
    return [...staged, ...stored].sort((a, b) => a.seq - b.seq);
  }

  clustersById(ids: readonly string[]): Promise<ClusterRow[]> {
    return overStaged(ids, this.clusters, (rest) => this.committed.clustersById(rest));
  }

  async write(batch: LinkWriteBatch): Promise<void> {
    const staged = await this.committed.stage(batch);
    this.filed = true;
    staged.remember();
    this.current = { ...this.current, batch, rows: staged.rows };
  }

  nextSeq(): Promise<number> {
    return this.committed.nextSeq();
  }
}

/** What `staged` holds of `keys`, and the rest as `read` gives them from the committed rows. */
async function overStaged<V>(keys: readonly string[], staged: ReadonlyMap<string, V>, read: (rest: string[]) => Promise<V[]>): Promise<V[]> {
  const found = keys.flatMap((k) => staged.get(k) ?? []);
  const rest = keys.filter((k) => !staged.has(k));
  return rest.length === 0 ? found : [...found, ...await read(rest)];
}
