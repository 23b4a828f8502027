/**
 * Writes one record inside the caller's transaction: the article row (with its version among
 * texts from the same url), every layer, the entities and their names, and the search units with
 * their index text. Multi-row inserts in chunks keep a long article to a few statements per table.
 */
import type { Kysely } from 'kysely';
import type { ArticleRecord } from '../record/article-record.js';
import { analyzeText } from '../search/analyze-text.js';
import { writeEntityNames } from './entity-names.js';
import { recordToRows } from './record-to-rows.js';
import { recordUnits } from './record-units.js';
import type { StoreDialect } from './store-dialect.js';
import type { StoreSchema } from './store-schema.js';
import type { PutOutcome } from './store.js';

// Well under SQLite's 32766 bound variables per statement at ~15 columns a row.
const CHUNK = 500;

async function insertChunked<T extends keyof StoreSchema & string>(
  db: Kysely<StoreSchema>, table: T, rows: readonly object[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.insertInto(table).values(rows.slice(i, i + CHUNK) as never).execute();
  }
}

export async function writeArticle(
  db: Kysely<StoreSchema>, dialect: StoreDialect, record: ArticleRecord, source: string | null,
): Promise<PutOutcome> {
  await dialect.lockArticle(db, record.url ?? record.id);
  const existing = await db.selectFrom('articles').select('id').where('id', '=', record.id).executeTakeFirst();
  if (existing) return { status: 'unchanged' };

  let version = 1;
  if (record.url !== null) {
    const previous = await db.selectFrom('articles').select((eb) => eb.fn.max('version').as('top'))
      .where('url', '=', record.url).executeTakeFirst();
    version = Number(previous?.top ?? 0) + 1;
    if (version > 1) await db.updateTable('articles').set({ is_latest: 0 }).where('url', '=', record.url).execute();
  }

  const rows = recordToRows(record);
  await db.insertInto('articles').values({
    ...rows.article, version, is_latest: 1, source, ingested_at: new Date().toISOString(),
  }).execute();

  if (record.entities.length > 0) {
    await db.insertInto('entities').values(record.entities.map((e) => ({ id: e.id, type: e.type })))
      .onConflict((oc) => oc.column('id').doNothing()).execute();
    await writeEntityNames(db, record);
  }
  await insertChunked(db, 'article_entities', rows.entities);
  await insertChunked(db, 'mentions', rows.mentions);
  await insertChunked(db, 'times', rows.times);
  await insertChunked(db, 'events', rows.events);

  const units = recordUnits(record);
  const analyzed = units.map((u) => analyzeText(u.indexText));
  const ids = await dialect.allocateUnitIds(db, units.length);
  const unitId = new Map<string, number>();
  const unitRows = units.map((u, k) => {
    const id = ids[k]!;
    unitId.set(`${u.kind}:${u.ord}`, id);
    return {
      id, article_id: record.id, kind: u.kind, ord: u.ord, lang: record.lang, date: record.date,
      speaker_id: u.speaker, ...dialect.textIndex.unitColumns(analyzed[k]!),
    };
  });
  await insertChunked(db, 'units', unitRows);
  await insertChunked(db, 'quotes', rows.quotes.map((q) => ({ ...q, unit_id: unitId.get(`quote:${q.ord}`)! })));
  await insertChunked(db, 'stances', rows.stances.map((s) => ({ ...s, unit_id: unitId.get(`stance:${s.ord}`)! })));
  await insertChunked(db, 'figures', rows.figures.map((f) => ({ ...f, unit_id: unitId.get(`figure:${f.ord}`)! })));
  await insertChunked(db, 'unit_entities', units.flatMap((u, k) =>
    u.entities.map(([entity_id, role]) => ({ unit_id: ids[k]!, entity_id, role }))));
  await dialect.textIndex.write(db, ids.map((id, k) => ({ id, text: analyzed[k]! })));
  return { status: 'inserted', version };
}
