/**
 * Rebuilds the text index from the stored records, in one write transaction: every unit of every
 * stored article version is analyzed again and indexed with its filter tags (index-tags.ts). A
 * SQLite database created before filter tags keeps its untagged FTS5 table until this runs (a
 * contentless table cannot be re-tokenized from what it holds); afterwards filtered text queries
 * find their window through the tags. A failure rolls back to the index as it was.
 */
import { sql, type Kysely } from 'kysely';
import { prepareUnits } from './prepare-units.js';
import { readArticles } from './read-article.js';
import type { StoreDialect } from './store-dialect.js';
import type { StoreInserts } from './store-inserts.js';
import type { StoreSchema } from './store-schema.js';

/** Articles read, analyzed and indexed per round: bounded memory whatever the corpus size. */
const BATCH = 200;

export interface ReindexSummary {
  readonly articles: number;
  readonly units: number;
}

export async function reindexText(
  conn: Kysely<StoreSchema>, dialect: StoreDialect, inserts: StoreInserts, onProgress?: (articles: number) => void,
): Promise<ReindexSummary> {
  const index = dialect.taggedTextIndex;
  await dialect.recreateTextIndex(conn);
  let after = '';
  let articles = 0;
  let units = 0;
  for (;;) {
    const ids = (await conn.selectFrom('articles').select('id').where('id', '>', after).orderBy('id').limit(BATCH).execute()).map((r) => r.id);
    if (ids.length === 0) break;
    const stored = await readArticles(conn, ids);
    const unitRows = await conn.selectFrom('units').select(['id', 'article_id', 'kind', 'ord']).where('article_id', 'in', ids).execute();
    const unitId = new Map(unitRows.map((u) => [`${u.article_id}\u0000${u.kind}\u0000${u.ord}`, Number(u.id)]));
    const rows: Array<Record<string, unknown>> = [];
    for (const id of ids) {
      const record = stored.get(id)?.record;
      if (record === undefined) continue;
      for (const unit of prepareUnits(record)) {
        const uid = unitId.get(`${id}\u0000${unit.kind}\u0000${unit.ord}`);
        // A unit the record yields but the store never wrote has nothing to point a hit to.
        if (uid !== undefined) rows.push(index.row({ id: uid, kind: unit.kind, lang: record.lang, text: unit.analyzed }));
      }
    }
    await inserts.insertInto(conn, index.table, index.columns, rows);
    articles += ids.length;
    units += rows.length;
    after = ids[ids.length - 1]!;
    onProgress?.(articles);
  }
  // The rebuilt index answers the same queries; PostgreSQL's planner should know its new size.
  if (dialect.dialect === 'postgres') await sql`analyze unit_text`.execute(conn);
  return { articles, units };
}
