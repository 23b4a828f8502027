/**
 * Unit rows → hits a person or a tool can use: the span and its layer item, the article's url,
 * title and date, the speaker's name in the article's language, and optionally some context.
 * One query per table for a whole batch of units, never one per hit.
 */
import type { Kysely } from 'kysely';
import type { UnitKind } from '../search/search-query.js';
import { entityNames, pickName } from './entity-names.js';
import { figureFromRow, quoteFromRow, stanceFromRow } from './rows-to-record.js';
import type { StoreSchema } from './store-schema.js';
import type { HitArticle, SearchHit } from './store.js';
import type { UnitRow } from './unit-query.js';

type Item = NonNullable<SearchHit['item']>;

async function itemsByUnit(db: Kysely<StoreSchema>, rows: readonly UnitRow[]): Promise<Map<number, Item>> {
  const out = new Map<number, Item>();
  const idsOf = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.id);
  const quotes = idsOf('quote');
  const stances = idsOf('stance');
  const figures = idsOf('figure');
  if (quotes.length > 0) for (const r of await db.selectFrom('quotes').selectAll().where('unit_id', 'in', quotes).execute()) out.set(r.unit_id, quoteFromRow(r));
  if (stances.length > 0) for (const r of await db.selectFrom('stances').selectAll().where('unit_id', 'in', stances).execute()) out.set(r.unit_id, stanceFromRow(r));
  if (figures.length > 0) for (const r of await db.selectFrom('figures').selectAll().where('unit_id', 'in', figures).execute()) out.set(r.unit_id, figureFromRow(r));
  return out;
}

export async function hydrateHits(
  db: Kysely<StoreSchema>, rows: readonly UnitRow[], contextChars = 0,
): Promise<SearchHit[]> {
  if (rows.length === 0) return [];
  const articleIds = [...new Set(rows.map((r) => r.article_id))];
  const needText = contextChars > 0 || rows.some((r) => r.kind === 'article');
  const articles = new Map<string, HitArticle & { text?: string }>();
  const base = db.selectFrom('articles').select(['id', 'url', 'title', 'date', 'lang']).where('id', 'in', articleIds);
  for (const a of await (needText ? base.select('text') : base).execute()) articles.set(a.id, a);
  const items = await itemsByUnit(db, rows);
  const names = await entityNames(db, rows.flatMap((r) => (r.speaker_id ? [r.speaker_id] : [])));

  const hits: SearchHit[] = [];
  for (const row of rows) {
    const found = articles.get(row.article_id);
    if (!found) continue;
    const { text: articleText, ...article } = found;
    const item = items.get(row.id) ?? null;
    const start = item ? item.start : 0;
    const end = item ? item.end : (articleText ?? '').length;
    const text = item ? item.text : articleText ?? '';
    hits.push({
      kind: row.kind as UnitKind, unitId: row.id, article, start, end, text,
      speaker: row.speaker_id ? { id: row.speaker_id, name: pickName(names.get(row.speaker_id), article.lang) ?? row.speaker_id } : null,
      score: row.score === null ? null : Number(row.score),
      item,
      ...(contextChars > 0 && articleText !== undefined && item ? {
        context: { before: articleText.slice(Math.max(0, start - contextChars), start), after: articleText.slice(end, end + contextChars) },
      } : {}),
    });
  }
  return hits;
}
