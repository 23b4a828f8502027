/**
 * The link tables of the corpus a `--db` value names, on a connection of their own (migrations
 * applied on open, as the store does), and the stored records `rostrum relink` replays: the latest
 * version of each article, by date then id (undated last).
 */
import type { Kysely } from 'kysely';
import type { LinkRepository } from '../link/link-repository.js';
import type { ArticleRecord } from '../record/article-record.js';
import { KyselyLinkRepository } from './kysely-link-repository.js';
import type { LinkSchema } from './link-tables.js';
import { applyMigrations } from './migrate.js';
import { connectDatabase, DEFAULT_DB } from './open-store.js';
import { readArticle } from './read-article.js';

const PAGE = 500;

export interface LinkTables {
  readonly repo: LinkRepository;
  /** The latest version of every stored article, oldest date first (undated last), then by id. */
  storedRecords(): AsyncIterable<ArticleRecord>;
  close(): Promise<void>;
}

export async function openLinkTables(target: string = DEFAULT_DB): Promise<LinkTables> {
  const d = connectDatabase(target);
  try {
    await applyMigrations(d.db, d.migrations, d.locking);
  } catch (error) {
    await d.close().catch(() => undefined);
    throw error;
  }
  // The link tables live beside the store's in the same database; only their types differ.
  const links = d.db as unknown as Kysely<LinkSchema>;
  return {
    repo: new KyselyLinkRepository(links, d),
    async *storedRecords() {
      // Dated articles by (date, id), then undated ones by id; keyset paging, so memory stays flat.
      for (const dated of [true, false]) {
        let after: { date: string | null; id: string } | undefined;
        for (;;) {
          let q = d.db.selectFrom('articles').select(['id', 'date']).where('is_latest', '=', 1)
            .where('date', dated ? 'is not' : 'is', null);
          if (after) {
            const { date, id } = after;
            q = date === null ? q.where('id', '>', id)
              : q.where((eb) => eb.or([eb('date', '>', date), eb.and([eb('date', '=', date), eb('id', '>', id)])]));
          }
          const page = await q.orderBy('date').orderBy('id').limit(PAGE).execute();
          for (const row of page) {
            const stored = await readArticle(d.db, row.id);
            if (stored) yield stored.record;
          }
          if (page.length < PAGE) break;
          const last = page[page.length - 1]!;
          after = { date: last.date, id: last.id };
        }
      }
    },
    close: () => d.close(),
  };
}
