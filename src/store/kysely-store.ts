/**
 * The `Store` over Kysely, shared by both dialects: everything dialect-specific (connection,
 * migrations, transaction SQL, unit ids, text index) comes from the dialect folder.
 */
import { sql, type Kysely } from 'kysely';
import type { LinkRepository } from '../link/link-repository.js';
import type { ArticleRecord, EntityType } from '../record/article-record.js';
import { analyzeQuery, type QueryPlan } from '../search/analyze-query.js';
import type { SearchFilters, SearchQuery, UnitKind } from '../search/search-query.js';
import { resolveEntityNames } from './entity-names.js';
import { hydrateHits } from './hydrate-hits.js';
import { applyMigrations } from './migrate.js';
import { reindexText, type ReindexSummary } from './reindex-text.js';
import { readArticle, readArticles } from './read-article.js';
import type { StoreDialect } from './store-dialect.js';
import { KyselyLinkRepository, LINK_LOCK } from './kysely-link-repository.js';
import type { LinkSchema } from './link-tables.js';
import { LinkMemory } from './link-memory.js';
import { StoreInserts } from './store-inserts.js';
import type { StoreSchema } from './store-schema.js';
import type { PutOptions, PutOutcome, SearchHit, SearchOptions, Store, StoreCounts, StoredArticle, WriteSession } from './store.js';
import { rankedUnits, unitsAfter, type ResolvedRoles } from './unit-query.js';
import { writeArticle, type WriteContext } from './write-article.js';

/** Which entity types each filter resolves names against. */
const FILTER_TYPES: Record<'speaker' | 'country' | 'initiative', readonly EntityType[] | undefined> = {
  speaker: undefined,
  country: ['country'],
  initiative: ['initiative'],
};

export class KyselyStore implements Store {
  private readonly inserts: StoreInserts;
  /** What write sessions' linkers keep in memory across sessions (link-memory.ts). */
  private readonly linkMemory = new LinkMemory();

  /** `d` changes only when `reindex` gives the store its tagged text index. */
  private constructor(private d: StoreDialect) {
    this.inserts = new StoreInserts(d.rows);
  }

  private get ctx(): WriteContext {
    return { dialect: this.d, inserts: this.inserts };
  }

  static async open(dialect: StoreDialect): Promise<KyselyStore> {
    try {
      await applyMigrations(dialect.db, dialect.migrations, dialect.locking);
      if (dialect.resolveTextIndex) return new KyselyStore({ ...dialect, textIndex: await dialect.resolveTextIndex() });
    } catch (error) {
      await dialect.close().catch(() => undefined);
      throw error;
    }
    return new KyselyStore(dialect);
  }

  get dialect() {
    return this.d.dialect;
  }

  /**
   * Rebuilds the text index from the stored records, with filter tags (reindex-text.ts), under the
   * write lock every writer takes; this store then queries through the tags.
   */
  async reindex(onProgress?: (articles: number) => void): Promise<ReindexSummary> {
    const summary = await this.inTransaction(async (conn) => {
      await this.d.lockArticle(conn, LINK_LOCK);
      return reindexText(conn, this.d, this.inserts, onProgress);
    });
    this.d = { ...this.d, textIndex: this.d.taggedTextIndex };
    return summary;
  }

  async putArticle(record: ArticleRecord, options: PutOptions = {}): Promise<PutOutcome> {
    return this.inTransaction((conn) => writeArticle(conn, this.ctx, record, options.source ?? null, options.units));
  }

  async writeSession<T>(work: (session: WriteSession) => Promise<T>): Promise<T> {
    this.d.beginWriting?.();
    try {
      return await this.session(work);
    } catch (error) {
      // Rolled back: what the session's linking cached and indexed was never stored.
      this.linkMemory.clear();
      throw error;
    }
  }

  private session<T>(work: (session: WriteSession) => Promise<T>): Promise<T> {
    return this.inTransaction(async (conn) => {
      // Sessions of several processes queue here, then write and link as one writer at a time.
      await this.d.lockArticle(conn, LINK_LOCK);
      let links: KyselyLinkRepository | undefined;
      const dialect = this.d;
      const memory = this.linkMemory;
      let savepoints = 0;
      const savepoint = async <R>(inner: () => Promise<R>): Promise<R> => {
        const name = sql.raw(`a${savepoints++}`);
        await sql`savepoint ${name}`.execute(conn);
        try {
          const result = await inner();
          await sql`release savepoint ${name}`.execute(conn);
          return result;
        } catch (error) {
          await sql`rollback to savepoint ${name}`.execute(conn);
          await sql`release savepoint ${name}`.execute(conn);
          // Link rows it wrote may be cached and indexed: forget them with everything else (rare).
          memory.clear();
          throw error;
        }
      };
      return work({
        savepoint,
        putArticle: (record, options = {}) =>
          savepoint(() => writeArticle(conn, this.ctx, record, options.source ?? null, options.units)),
        get links() {
          links ??= sessionLinkRepository(conn, dialect, memory);
          return links;
        },
        async applyLinks(outbox) {
          links ??= sessionLinkRepository(conn, dialect, memory);
          await links.insertRows(outbox.rows);
          for (const { articleId, url } of outbox.urls) await links.addUrl(articleId, url);
        },
      });
    });
  }

  private inTransaction<T>(work: (conn: Kysely<StoreSchema>) => Promise<T>): Promise<T> {
    return this.d.db.connection().execute(async (conn) => {
      await sql.raw(this.d.locking.beginSql).execute(conn);
      try {
        const result = await work(conn);
        await sql`commit`.execute(conn);
        return result;
      } catch (error) {
        await sql`rollback`.execute(conn).catch(() => undefined);
        throw error;
      }
    });
  }

  async storedIds(ids: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.d.db.selectFrom('articles').select('id').where('id', 'in', ids.slice(i, i + 500)).execute();
      for (const r of rows) out.add(r.id);
    }
    return out;
  }

  getArticle(id: string): Promise<StoredArticle | null> {
    return readArticle(this.d.db, id);
  }

  getArticles(ids: readonly string[]): Promise<Map<string, StoredArticle>> {
    return readArticles(this.d.db, ids);
  }

  resolveEntities(name: string, types?: readonly EntityType[]): Promise<string[]> {
    return resolveEntityNames(this.d.db, name, types);
  }

  /** The query plan (null: no text) and the entity filters resolved to ids. */
  private async prepare(filters: SearchFilters): Promise<{ plan: QueryPlan | null; roles: ResolvedRoles; empty: boolean }> {
    const text = filters.text?.trim() ?? '';
    const plan = text === '' ? null : analyzeQuery(text);
    const roles: { -readonly [K in keyof ResolvedRoles]: ResolvedRoles[K] } = {};
    for (const role of ['speaker', 'country', 'initiative'] as const) {
      const name = filters[role];
      if (name !== undefined) roles[role] = await this.resolveEntities(name, FILTER_TYPES[role]);
    }
    // A query of punctuation only, or a filter naming nobody we know, matches nothing.
    const empty = (plan !== null && plan.clauses.length === 0) || Object.values(roles).some((ids) => ids.length === 0);
    return { plan, roles, empty };
  }

  async search(query: SearchQuery, options: SearchOptions = {}): Promise<SearchHit[]> {
    const { plan, roles, empty } = await this.prepare(query);
    if (empty || query.limit === 0) return [];
    const rows = await rankedUnits(this.d.db, { filters: query, roles, plan, textIndex: this.d.textIndex, limit: query.limit, dialect: this.d.dialect, rankWindow: options.rankWindow });
    const hits: SearchHit[] = [];
    // Hydrate in batches so a search without a limit does not build one enormous IN list.
    for (let i = 0; i < rows.length; i += 500) hits.push(...await hydrateHits(this.d.db, rows.slice(i, i + 500), options.context ?? 0));
    return hits;
  }

  async *scan(filters: SearchFilters & { readonly type: UnitKind }, options: { readonly batchSize?: number } = {}): AsyncIterable<SearchHit> {
    const { plan, roles, empty } = await this.prepare(filters);
    if (empty) return;
    const batch = options.batchSize ?? 500;
    let after = 0;
    for (;;) {
      const rows = await unitsAfter(this.d.db, { filters, roles, plan, textIndex: this.d.textIndex, after, batch });
      if (rows.length === 0) return;
      yield* await hydrateHits(this.d.db, rows);
      after = rows[rows.length - 1]!.id;
      if (rows.length < batch) return;
    }
  }

  async counts(): Promise<StoreCounts> {
    const count = async (table: 'articles' | 'entities' | 'mentions' | 'quotes' | 'figures' | 'times' | 'stances' | 'events' | 'units') =>
      Number((await this.d.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0);
    const [articles, entities, mentions, quotes, figures, times, stances, events, units] = await Promise.all([
      count('articles'), count('entities'), count('mentions'), count('quotes'), count('figures'),
      count('times'), count('stances'), count('events'), count('units'),
    ]);
    return { articles, entities, mentions, quotes, figures, times, stances, events, units };
  }

  close(): Promise<void> {
    return this.d.close();
  }
}

function sessionLinkRepository(conn: Kysely<StoreSchema>, dialect: StoreDialect, memory: LinkMemory): KyselyLinkRepository {
  return new KyselyLinkRepository(conn as unknown as Kysely<LinkSchema>, dialect, true, undefined, memory);
}
