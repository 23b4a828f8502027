/** Stored articles read back from their rows into the records they were stored from. */
import type { Kysely } from 'kysely';
import { rowsToRecord } from './rows-to-record.js';
import type { StoreSchema } from './store-schema.js';
import type { StoredArticle } from './store.js';

type LayerTable = 'article_entities' | 'mentions' | 'quotes' | 'figures' | 'times' | 'stances' | 'events';

/** Ids per query: an `in` list, well under both dialects' bound on parameters. */
const BATCH = 500;

/** Rows of a layer table for these articles, grouped by article. */
async function layerRows<T extends LayerTable>(db: Kysely<StoreSchema>, table: T, ids: readonly string[]): Promise<Map<string, Array<StoreSchema[T]>>> {
  const rows = (await (db as Kysely<any>).selectFrom(table).selectAll().where('article_id', 'in', [...ids])
    .orderBy('article_id').orderBy('ord').execute()) as unknown as Array<StoreSchema[T] & { article_id: string }>;
  const out = new Map<string, Array<StoreSchema[T]>>();
  for (const row of rows) {
    const list = out.get(row.article_id);
    if (list) list.push(row);
    else out.set(row.article_id, [row]);
  }
  return out;
}

/** Several articles in one query per table, whatever their number: what a page of hits needs. */
export async function readArticles(db: Kysely<StoreSchema>, ids: readonly string[]): Promise<Map<string, StoredArticle>> {
  const out = new Map<string, StoredArticle>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += BATCH) {
    const part = unique.slice(i, i + BATCH);
    const articles = await db.selectFrom('articles').selectAll().where('id', 'in', part).execute();
    if (articles.length === 0) continue;
    const found = articles.map((a) => a.id);
    const [entities, mentions, quotes, figures, times, stances, events] = await Promise.all([
      layerRows(db, 'article_entities', found), layerRows(db, 'mentions', found), layerRows(db, 'quotes', found),
      layerRows(db, 'figures', found), layerRows(db, 'times', found), layerRows(db, 'stances', found), layerRows(db, 'events', found),
    ]);
    for (const article of articles) {
      const id = article.id;
      out.set(id, {
        record: rowsToRecord({
          article, entities: entities.get(id) ?? [], mentions: mentions.get(id) ?? [], quotes: quotes.get(id) ?? [],
          figures: figures.get(id) ?? [], times: times.get(id) ?? [], stances: stances.get(id) ?? [], events: events.get(id) ?? [],
        }),
        version: Number(article.version),
        latest: Number(article.is_latest) === 1,
        source: article.source,
        ingestedAt: article.ingested_at,
      });
    }
  }
  return out;
}

export async function readArticle(db: Kysely<StoreSchema>, id: string): Promise<StoredArticle | null> {
  return (await readArticles(db, [id])).get(id) ?? null;
}
