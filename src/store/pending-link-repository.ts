/**
 * Linking ahead of the writer: a link thread's view of the link tables during one write session.
 * The thread reads committed rows on a connection of its own (`committed`, a KyselyLinkRepository
 * in locked mode, so its candidate index is synced once per session) while the writer, which holds
 * the database's write lock for the session, inserts what the thread decided. Those rows stay
 * invisible to the thread's connection until the session commits, so everything staged here is
 * also kept here — articles, urls, statements, cluster rows — and every lookup sees it over the
 * committed rows. `write` and `addUrl` do not touch the database: they put the rows in the outbox,
 * which the session hands to the writer after each article.
 *
 * The shared memory (candidate index, statement cache) takes staged rows as they are decided, like
 * a writer's own repository does; `replay` rebuilds it when an article failed half-way.
 */
import type { LinkingRepository } from '../link/link-repository.js';
import type { CandidateLimits, CandidateQuery } from '../link/candidate-index.js';
import type { ArticleHashRow, ClusterRow, LinkedArticleRow, LinkWriteBatch, StatementRow } from '../link/link-rows.js';
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
  /** What was staged this session, in order, for `replay`. */
  private readonly log: Array<{ readonly batch?: LinkWriteBatch; readonly url?: { readonly articleId: string; readonly url: string } }> = [];
  private rows: LinkTableRows = [];
  private urls: Array<{ articleId: string; url: string }> = [];

  constructor(private committed: KyselyLinkRepository) {}

  /** The rows the last article produced; empties the outbox. */
  take(): LinkOutbox {
    const out = { rows: this.rows, urls: this.urls };
    this.rows = [];
    this.urls = [];
    return out;
  }

  /**
   * Starts over on `committed` (fresh memory, synced from the tables) and stages again, without
   * producing rows, everything of this session the writer already has: what an article that
   * failed half-way left in the shared memory is gone, and nothing the writer has is lost.
   */
  async replay(committed: KyselyLinkRepository): Promise<void> {
    this.committed = committed;
    for (const { batch } of this.log) {
      if (batch !== undefined) (await committed.stage(batch)).remember();
    }
    this.rows = [];
    this.urls = [];
  }

  /** Drops what the current article staged (it failed), keeping the session's earlier work. */
  discardCurrent(): void {
    this.rows = [];
    this.urls = [];
  }

  async findArticles(ids: readonly string[]): Promise<LinkedArticleRow[]> {
    const staged = ids.flatMap((id) => this.articles.get(id) ?? []);
    const rest = ids.filter((id) => !this.articles.has(id));
    const stored = rest.length === 0 ? [] : await this.committed.findArticles(rest);
    return [...staged, ...stored.map((a) => {
      const added = this.addedUrls.get(a.id);
      return added === undefined ? a : { ...a, urls: [...a.urls, ...added.filter((u) => !a.urls.includes(u))] };
    })];
  }

  articlesByBands(bands: readonly string[], perBand: number): Promise<ArticleHashRow[]> {
    return this.committed.articlesByBands(bands, perBand);
  }

  async addUrl(articleId: string, url: string): Promise<void> {
    const staged = this.articles.get(articleId);
    if (staged !== undefined) {
      if (!staged.urls.includes(url)) this.articles.set(articleId, { ...staged, urls: [...staged.urls, url] });
    } else {
      const added = this.addedUrls.get(articleId) ?? [];
      if (!added.includes(url)) this.addedUrls.set(articleId, [...added, url]);
    }
    this.urls.push({ articleId, url });
    this.log.push({ url: { articleId, url } });
  }

  candidateClusters(queries: readonly CandidateQuery[], limits: CandidateLimits): Promise<Array<Map<string, string[]>>> {
    return this.committed.candidateClusters(queries, limits);
  }

  async statementsByKeys(keys: readonly string[]): Promise<StatementRow[]> {
    const staged = keys.flatMap((k) => this.statements.get(k) ?? []);
    const rest = keys.filter((k) => !this.statements.has(k));
    return rest.length === 0 ? staged : [...staged, ...await this.committed.statementsByKeys(rest)];
  }

  async statementsOfArticles(articleIds: readonly string[]): Promise<StatementRow[]> {
    const staged = articleIds.flatMap((id) => this.byArticle.get(id) ?? []);
    const rest = articleIds.filter((id) => !this.byArticle.has(id));
    const stored = rest.length === 0 ? [] : await this.committed.statementsOfArticles(rest);
    return [...staged, ...stored].sort((a, b) => a.seq - b.seq);
  }

  async clustersById(ids: readonly string[]): Promise<ClusterRow[]> {
    const staged = ids.flatMap((id) => this.clusters.get(id) ?? []);
    const rest = ids.filter((id) => !this.clusters.has(id));
    return rest.length === 0 ? staged : [...staged, ...await this.committed.clustersById(rest)];
  }

  async write(batch: LinkWriteBatch): Promise<void> {
    const staged = await this.committed.stage(batch);
    staged.remember();
    const { article } = batch;
    this.articles.set(article.id, { ...article, ownUrl: article.urls[0] ?? null });
    const own = [...batch.statements].sort((a, b) => a.seq - b.seq);
    this.byArticle.set(article.id, own);
    for (const s of own) this.statements.set(s.key, s);
    for (const c of batch.clusters) this.clusters.set(c.id, c);
    this.rows = staged.rows;
    this.log.push({ batch });
  }

  nextSeq(): Promise<number> {
    return this.committed.nextSeq();
  }
}
