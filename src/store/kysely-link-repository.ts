/**
 * The link tables as a LinkRepository, for both dialects. `atomically` runs a linker's reads and
 * its write on one connection inside one transaction, under the dialect's write lock (SQLite's
 * `begin immediate`, a PostgreSQL advisory lock), so two ingests never link from stale reads.
 * Candidates (buckets, SimHash bands) come from the in-memory index (src/link/candidate-index.ts),
 * brought up to date with the tables once per transaction (candidate-index-sync.ts).
 */
import { sql, type CompiledQuery, type Kysely } from 'kysely';
import type { ClaimFilter, ClusterFilter, LinkRepository } from '../link/link-repository.js';
import { filedHashes, type CandidateIndex, type CandidateLimits, type CandidateQuery } from '../link/candidate-index.js';
import type { ArticleHashRow, ClaimRow, ClusterRow, InitiativeMentionRow, LinkedArticleRow, LinkingStatement, LinkWriteBatch, StatementRow } from '../link/link-rows.js';
import { encodeBuckets, readLinkCounters, syncCandidateIndex } from './candidate-index-sync.js';
import { claimToRow, clusterToRow, LINKING_COLUMNS, rowToClaim, rowToCluster, rowToLinkingStatement, rowToStatement, statementToRow } from './link-row-codec.js';
import { INSERT_COLUMNS, linkStatements, ON_CONFLICT, type LinkStatements } from './link-sql.js';
import { LinkMemory } from './link-memory.js';
import { LINK_TABLES, type LinkArticlesTable, type LinkClustersTable, type LinkSchema, type LinkStatementsTable } from './link-tables.js';
import type { StoreDialect } from './store-dialect.js';

/** The lock every writer of link tables holds (a write session takes it for the whole batch). */
export const LINK_LOCK = 'rostrum:link';

export class KyselyLinkRepository implements LinkRepository {
  private readonly q: LinkStatements;
  /** The index this repository brought up to date; inside a transaction, once is enough. */
  private synced: CandidateIndex | undefined;

  constructor(
    private readonly db: Kysely<LinkSchema>,
    private readonly dialect: Pick<StoreDialect, 'dialect' | 'locking' | 'lockArticle' | 'rows'>,
    private readonly inTransaction = false,
    statements?: LinkStatements,
    private readonly memory = new LinkMemory(),
  ) {
    this.q = statements ?? linkStatements(dialect.dialect);
  }

  private get cache() {
    return this.memory.statements;
  }

  /**
   * The candidate index, current with the tables. Within a transaction that holds the link lock
   * nobody else writes, so it is synced once; a rollback drops it (LinkMemory.clear) and the next
   * use reads it again. Outside one, every call syncs: another process may have linked meanwhile.
   */
  private async candidates(): Promise<CandidateIndex> {
    const current = this.memory.candidates;
    if (this.inTransaction && current !== undefined && current === this.synced) return current;
    const before = current === undefined ? undefined : { articles: current.articles, seqs: current.nextSeq };
    const index = await syncCandidateIndex(this.db, current);
    // Rows read in, or the index read whole: someone else linked (or this process never looked).
    if (index !== current || index.articles !== before?.articles || index.nextSeq !== before.seqs) this.memory.othersLinked();
    this.memory.candidates = index;
    this.synced = index;
    return index;
  }

  private async rows<R>(query: CompiledQuery): Promise<R[]> {
    return (await this.db.executeQuery<R>(query)).rows;
  }

  atomically<T>(work: (repo: LinkRepository) => Promise<T>): Promise<T> {
    if (this.inTransaction) return work(this);
    return this.db.connection().execute(async (conn) => {
      await sql.raw(this.dialect.locking.beginSql).execute(conn);
      try {
        await this.dialect.lockArticle(conn as unknown as Parameters<StoreDialect['lockArticle']>[0], LINK_LOCK);
        const result = await work(new KyselyLinkRepository(conn, this.dialect, true, this.q, this.memory));
        await sql`commit`.execute(conn);
        return result;
      } catch (error) {
        // What this transaction cached and indexed is never stored: forget it before the lock goes.
        this.memory.clear();
        await sql`rollback`.execute(conn).catch(() => undefined);
        throw error;
      }
    });
  }

  async findArticles(ids: readonly string[]): Promise<LinkedArticleRow[]> {
    let unique = [...new Set(ids)];
    // Under the lock the index knows every linked article: most lookups (is this one new?) end here.
    // A reader outside a transaction does not build the index for this.
    if (this.inTransaction && unique.length > 0) {
      const index = await this.candidates();
      unique = unique.filter((id) => index.hasArticle(id));
    }
    if (unique.length === 0) return [];
    const rows = await this.rows<LinkArticlesTable>(this.q.selectIn('link_articles', '*', 'id', unique));
    if (rows.length === 0) return [];
    const urls = await this.rows<{ article_id: string; url: string; ord: number }>(
      this.q.selectIn('link_article_urls', 'article_id, url, ord', 'article_id', rows.map((r) => r.id), ' order by ord'));
    return rows.map((r) => {
      const own = urls.filter((u) => u.article_id === r.id);
      return {
        id: r.id, lang: r.lang, date: r.date, length: Number(r.length), simhash: r.simhash, facts: JSON.parse(r.facts) as string[],
        urls: own.map((u) => u.url),
        // Ord 0 is reserved for the url the article was written with; copies start at 1 (addUrl).
        ownUrl: own.find((u) => Number(u.ord) === 0)?.url ?? null,
      };
    });
  }

  async articlesByBands(bands: readonly string[], perBand: number): Promise<ArticleHashRow[]> {
    return bands.length === 0 ? [] : (await this.candidates()).articlesByBands(bands, perBand);
  }

  async addUrl(articleId: string, url: string): Promise<void> {
    const top = await this.db.selectFrom('link_article_urls').select((eb) => eb.fn.max('ord').as('ord')).where('article_id', '=', articleId).executeTakeFirst();
    await this.db.insertInto('link_article_urls').values({ article_id: articleId, ord: Math.max(0, Number(top?.ord ?? 0)) + 1, url })
      .onConflict((oc) => oc.columns(['article_id', 'url']).doNothing()).execute();
  }

  async candidateClusters(queries: readonly CandidateQuery[], limits: CandidateLimits): Promise<Array<Map<string, string[]>>> {
    return queries.length === 0 ? [] : (await this.candidates()).rankClusters(queries, limits);
  }

  statementsByKeys(keys: readonly string[]): Promise<LinkingStatement[]> {
    return readThrough(keys, this.cache,
      async (missing) => (await this.rows<LinkStatementsTable>(this.q.selectIn('link_statements', LINKING_COLUMNS, 'key', missing))).map(rowToLinkingStatement));
  }

  async statementsOfArticles(articleIds: readonly string[]): Promise<StatementRow[]> {
    const out: StatementRow[] = [];
    // A statement's key is `<article id>#…`: a range of the primary key ('$' follows '#').
    for (const id of new Set(articleIds)) {
      let rows = this.cache.ofArticle(id);
      if (rows === undefined) {
        rows = (await this.db.selectFrom('link_statements').selectAll().where('key', '>=', `${id}#`).where('key', '<', `${id}$`).execute())
          .map(rowToStatement);
        this.cache.setArticle(id, rows);
      }
      out.push(...rows);
    }
    return out.sort((a, b) => a.seq - b.seq);
  }

  async statementsInClusters(clusterIds: readonly string[]): Promise<StatementRow[]> {
    if (clusterIds.length === 0) return [];
    return (await this.rows<LinkStatementsTable>(this.q.selectIn('link_statements', '*', 'cluster_id', [...new Set(clusterIds)], ' order by seq'))).map(rowToStatement);
  }

  async clustersById(ids: readonly string[]): Promise<ClusterRow[]> {
    const read = async (missing: readonly string[]) =>
      (await this.rows<LinkClustersTable>(this.q.selectIn('link_clusters', '*', 'id', missing))).map(rowToCluster);
    // Kept rows are current only while this process alone links: under the lock, once synced.
    if (!this.inTransaction) return ids.length === 0 ? [] : read([...new Set(ids)]);
    await this.candidates();
    return readThrough(ids, { get: (id) => this.memory.clusters.get(id), add: (row) => this.memory.clusters.set(row.id, row) }, read);
  }

  async write(batch: LinkWriteBatch): Promise<void> {
    if (!this.inTransaction) return this.atomically((repo) => repo.write(batch));
    const staged = await this.stage(batch);
    await this.insertRows(staged.rows);
    // Indexed once written: a failure above leaves the index as the tables are.
    staged.remember();
  }

  /**
   * The rows `write` inserts for `batch`, and how to index and cache them once they are in. A link
   * thread (src/store/pending-link-repository.ts) stages on its own read connection and hands the
   * rows to the writer; `insertRows` is the writer's half.
   */
  async stage(batch: LinkWriteBatch): Promise<{ readonly rows: LinkTableRows; remember(): void }> {
    const index = await this.candidates();
    const hashes = filedHashes(batch.buckets);
    return {
      rows: linkTableRows(batch, index.articles, hashes),
      remember: () => {
        index.addLinked(batch.article, batch.statements, hashes);
        // All of the article's statements, just written: the next articles' likeliest candidates.
        this.cache.setArticle(batch.article.id, [...batch.statements].sort((a, b) => a.seq - b.seq));
        for (const c of batch.clusters) this.memory.clusters.set(c.id, c);
      },
    };
  }

  /** Inserts rows staged elsewhere; this repository's own memory is not told (its counters are). */
  async insertRows(tables: LinkTableRows): Promise<void> {
    for (const [table, rows] of tables) {
      if (rows.length > 0) await this.dialect.rows.insert(this.db, table, INSERT_COLUMNS[table], rows, ON_CONFLICT[table] ?? '');
    }
  }

  async listClusters(filter: ClusterFilter): Promise<ClusterRow[]> {
    let q = this.db.selectFrom('link_clusters').selectAll();
    if (filter.kind !== undefined) q = q.where('kind', '=', filter.kind);
    if (filter.speaker !== undefined) q = q.where('speaker', '=', filter.speaker);
    if (filter.minSize !== undefined) q = q.where('size', '>=', filter.minSize);
    if (filter.from !== undefined) q = q.where('date_to', '>=', filter.from);
    if (filter.to !== undefined) q = q.where('date_from', '<=', filter.to);
    q = q.orderBy(sql`date_to is null`).orderBy('date_to', 'desc').orderBy('id');
    if (filter.limit !== undefined) q = q.limit(filter.limit);
    // SQLite takes an offset only after a limit (-1: none); PostgreSQL takes one alone.
    if (filter.offset !== undefined) {
      q = filter.limit === undefined && this.dialect.dialect === 'sqlite' ? q.limit(-1).offset(filter.offset) : q.offset(filter.offset);
    }
    return (await q.execute()).map(rowToCluster);
  }

  async stancesForInitiative(initiative: string): Promise<StatementRow[]> {
    const rows = await this.db.selectFrom('link_initiative_stances as i').innerJoin('link_statements as s', 's.key', 'i.statement_key')
      .selectAll('s').where('i.initiative', '=', initiative).orderBy('s.seq').execute();
    return rows.map(rowToStatement);
  }

  async initiativeMentions(initiative: string): Promise<InitiativeMentionRow[]> {
    const rows = await this.db.selectFrom('link_initiative_mentions').selectAll().where('initiative', '=', initiative).orderBy('article_id').execute();
    return rows.map((r) => ({ initiative: r.initiative, proposer: r.proposer, articleId: r.article_id, date: r.date, count: Number(r.count) }));
  }

  async listClaims(filter: ClaimFilter): Promise<ClaimRow[]> {
    let q = this.db.selectFrom('link_claims').selectAll();
    if (filter.ledgerKey !== undefined) q = q.where('ledger_key', '=', filter.ledgerKey);
    if (filter.measure !== undefined) q = q.where('measure', '=', filter.measure);
    if (filter.year !== undefined) q = q.where('year', '=', filter.year);
    if (filter.unit !== undefined) q = q.where('unit', '=', filter.unit);
    if (filter.scope !== undefined) {
      const needle = JSON.stringify(filter.scope);
      q = q.where(this.dialect.dialect === 'postgres' ? sql<boolean>`strpos(scope, ${needle}) > 0` : sql<boolean>`instr(scope, ${needle}) > 0`);
    }
    return (await q.orderBy('id').execute()).map(rowToClaim);
  }

  async nextSeq(): Promise<number> {
    // Under the lock the synced index holds the tables' counter (read with the others when it was
    // synced, then moved on by this transaction's writes): no query per article.
    if (this.inTransaction) return (await this.candidates()).nextSeq;
    return (await readLinkCounters(this.db)).nextSeq;
  }

  async clear(): Promise<void> {
    if (!this.inTransaction) return this.atomically((repo) => repo.clear());
    // A new generation: another process's index of the old link state then reads the tables anew.
    const { generation } = await readLinkCounters(this.db);
    this.memory.clear();
    this.synced = undefined;
    for (const table of LINK_TABLES) if (table !== 'link_article_urls') await this.db.deleteFrom(table).execute();
    await this.dialect.rows.insert(this.db, 'link_meta', INSERT_COLUMNS.link_meta, [{ name: 'generation', value: generation + 1 }], ON_CONFLICT.link_meta ?? '');
  }
}

/** Rows by unique key: those `cache` holds, then the rest read with `read` and added to it. */
async function readThrough<R>(
  keys: readonly string[], cache: { get(key: string): R | undefined; add(row: R): void }, read: (missing: readonly string[]) => Promise<R[]>,
): Promise<R[]> {
  const out: R[] = [];
  const missing: string[] = [];
  for (const key of new Set(keys)) {
    const row = cache.get(key);
    if (row) out.push(row);
    else missing.push(key);
  }
  if (missing.length > 0) {
    for (const row of await read(missing)) {
      cache.add(row);
      out.push(row);
    }
  }
  return out;
}

/** One article's link rows, table by table, in the order they are inserted. */
export type LinkTableRows = ReadonlyArray<readonly [keyof LinkSchema, readonly object[]]>;

/** The rows linking one article writes, the link_meta counters included; `n` numbers the article. */
function linkTableRows(batch: LinkWriteBatch, n: number, hashes: ReadonlyMap<string, readonly number[]>): LinkTableRows {
  const { article } = batch;
  const counters = [{ name: 'articles', value: n + 1 }];
  if (batch.statements.length > 0) counters.push({ name: 'next_seq', value: Math.max(...batch.statements.map((x) => x.seq)) + 1 });
  const stances = batch.statements.flatMap((s) => (s.fingerprint.kind !== 'stance' ? []
    : [...new Set([s.fingerprint.target, ...s.fingerprint.initiatives].filter((x): x is string => x !== null))]
      .map((initiative) => ({ initiative, statement_key: s.key }))));
  // Urls of copies survive `clear`; the article's own url sorts before them (ord 0).
  return [
    ['link_articles', [{
      id: article.id, lang: article.lang, date: article.date, length: article.length, simhash: article.simhash, facts: JSON.stringify(article.facts), n,
    }]],
    ['link_article_urls', article.urls.map((url, ord) => ({ article_id: article.id, ord, url }))],
    ['link_statements', batch.statements.map((s) => statementToRow(s, encodeBuckets(hashes.get(s.key) ?? [])))],
    ['link_initiative_stances', stances],
    ['link_claims', batch.claims.map(claimToRow)],
    ['link_initiative_mentions', batch.mentions.map((m) => ({
      initiative: m.initiative, article_id: m.articleId, proposer: m.proposer, date: m.date, count: m.count,
    }))],
    ['link_clusters', batch.clusters.map(clusterToRow)],
    ['link_meta', counters],
  ];
}
