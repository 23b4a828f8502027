/** One stored article read back from its rows into the record it was stored from. */
import type { Kysely } from 'kysely';
import { rowsToRecord } from './rows-to-record.js';
import type { StoreSchema } from './store-schema.js';
import type { StoredArticle } from './store.js';

export async function readArticle(db: Kysely<StoreSchema>, id: string): Promise<StoredArticle | null> {
  const article = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!article) return null;
  const [entities, mentions, quotes, figures, times, stances, events] = await Promise.all([
    db.selectFrom('article_entities').selectAll().where('article_id', '=', id).execute(),
    db.selectFrom('mentions').selectAll().where('article_id', '=', id).execute(),
    db.selectFrom('quotes').selectAll().where('article_id', '=', id).execute(),
    db.selectFrom('figures').selectAll().where('article_id', '=', id).execute(),
    db.selectFrom('times').selectAll().where('article_id', '=', id).execute(),
    db.selectFrom('stances').selectAll().where('article_id', '=', id).execute(),
    db.selectFrom('events').selectAll().where('article_id', '=', id).execute(),
  ]);
  return {
    record: rowsToRecord({ article, entities, mentions, quotes, figures, times, stances, events }),
    version: Number(article.version),
    latest: Number(article.is_latest) === 1,
    source: article.source,
    ingestedAt: article.ingested_at,
  };
}
