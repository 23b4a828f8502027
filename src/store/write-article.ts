/**
 * Writes one record inside the caller's transaction: the article row (with its version among
 * texts from the same url), every layer, the entities and their names, and the search units with
 * their index text. Every insert is one fixed statement per table (store-inserts.ts).
 */
import type { Kysely } from 'kysely';
import type { ArticleRecord } from '../record/article-record.js';
import { writeEntityNames } from './entity-names.js';
import { prepareUnits, type PreparedUnit } from './prepare-units.js';
import { recordToRows } from './record-to-rows.js';
import type { StoreDialect } from './store-dialect.js';
import type { StoreInserts } from './store-inserts.js';
import type { StoreSchema } from './store-schema.js';
import type { PutOutcome } from './store.js';

export interface WriteContext {
  readonly dialect: StoreDialect;
  readonly inserts: StoreInserts;
}

export async function writeArticle(
  db: Kysely<StoreSchema>, ctx: WriteContext, record: ArticleRecord, source: string | null,
  prepared?: readonly PreparedUnit[],
): Promise<PutOutcome> {
  const { dialect, inserts } = ctx;
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
  await inserts.insert(db, 'articles', [{
    ...rows.article, version, is_latest: 1, source, ingested_at: new Date().toISOString(),
  }]);

  if (record.entities.length > 0) {
    await inserts.insert(db, 'entities', record.entities.map((e) => ({ id: e.id, type: e.type })), ' on conflict (id) do nothing');
    await writeEntityNames(db, inserts, record);
  }
  await inserts.insert(db, 'article_entities', rows.entities);
  await inserts.insert(db, 'mentions', rows.mentions);
  await inserts.insert(db, 'times', rows.times);
  await inserts.insert(db, 'events', rows.events);

  const units = prepared ?? prepareUnits(record);
  const ids = await dialect.allocateUnitIds(db, units.length);
  const unitId = new Map<string, number>();
  const unitRows = units.map((u, k) => {
    const id = ids[k]!;
    unitId.set(`${u.kind}:${u.ord}`, id);
    return { id, article_id: record.id, kind: u.kind, ord: u.ord, lang: record.lang, date: record.date, speaker_id: u.speaker };
  });
  await inserts.insert(db, 'units', unitRows);
  await inserts.insert(db, 'quotes', rows.quotes.map((q) => ({ ...q, unit_id: unitId.get(`quote:${q.ord}`)! })));
  await inserts.insert(db, 'stances', rows.stances.map((s) => ({ ...s, unit_id: unitId.get(`stance:${s.ord}`)! })));
  await inserts.insert(db, 'figures', rows.figures.map((f) => ({ ...f, unit_id: unitId.get(`figure:${f.ord}`)! })));
  await inserts.insert(db, 'unit_entities', units.flatMap((u, k) =>
    u.entities.map(([entity_id, role]) => ({ unit_id: ids[k]!, entity_id, role, date: record.date }))));
  const index = dialect.textIndex;
  await inserts.insertInto(db, index.table, index.columns, units.map((u, k) => index.row({ id: ids[k]!, kind: u.kind, lang: record.lang, text: u.analyzed })));
  return { status: 'inserted', version };
}
