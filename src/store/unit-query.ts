/**
 * The SQL behind search and export: units joined to their (latest) articles, narrowed by the
 * filters, optionally matched against the text index. Entity filters arrive already resolved to
 * entity ids; a filter that resolved to nothing matches nothing rather than being ignored.
 */
import { sql, type Kysely } from 'kysely';
import type { QueryPlan } from '../search/analyze-query.js';
import type { SearchFilters } from '../search/search-query.js';
import type { Dialect } from './dialect.js';
import { filterTags } from './index-tags.js';
import type { UnitRole } from './record-units.js';
import type { StoreSchema } from './store-schema.js';
import type { TextIndex } from './text-index.js';

export interface UnitRow {
  readonly id: number;
  readonly kind: string;
  readonly ord: number;
  readonly article_id: string;
  readonly speaker_id: string | null;
  readonly score: number | null;
}

export type ResolvedRoles = Partial<Record<UnitRole, readonly string[]>>;

interface UnitQueryOptions {
  readonly filters: SearchFilters;
  readonly roles: ResolvedRoles;
  readonly plan: QueryPlan | null;
  readonly textIndex: TextIndex;
}

/**
 * How many of the newest matching units a ranked text search scores. Scoring is what costs (FTS5's
 * bm25 reads each row's sizes and positions: ~150 ms for a word in 200,000 units), so a word that
 * matches more units than this is ranked among the newest RANK_WINDOW of them that pass the
 * filters — in a corpus ingested as news arrives, the latest reports — and a rarer query, or any
 * query whose filters leave fewer, is ranked exactly. Searches without a limit (export), pages
 * deeper than the window and `rankWindow: null` rank every match. Measured over 100,000 generated
 * articles (2.4 million units): search p95 18 ms with 2,000, 40 ms with 5,000, 72 ms with 10,000.
 */
export const RANK_WINDOW = 2_000;

// The builder's row type changes with the optional text-index join; the result is typed as UnitRow.
export function unitQuery(db: Kysely<StoreSchema>, options: UnitQueryOptions) {
  const { plan, textIndex } = options;
  let q = filteredUnits(db, options);
  if (plan) {
    q = q.innerJoin(textIndex.matches(plan, filterTags(options.filters)), (join) => join.onRef('m.unit_id', '=', 'u.id')).select('m.score');
  } else {
    q = q.select(sql<null>`null`.as('score'));
  }
  return q;
}

/** Latest units narrowed by every filter but the text. */
function filteredUnits(db: Kysely<StoreSchema>, options: UnitQueryOptions) {
  const { filters, roles } = options;
  let q = (db as Kysely<any>).selectFrom('units as u')
    .innerJoin('articles as a', 'a.id', 'u.article_id')
    .select(['u.id', 'u.kind', 'u.ord', 'u.article_id', 'u.speaker_id'])
    .where('a.is_latest', '=', 1);
  if (filters.type) q = q.where('u.kind', '=', filters.type);
  if (filters.lang) {
    // Language tags compare case-insensitively (BCP 47), the same in both dialects.
    const lang = filters.lang.toLowerCase();
    q = q.where((eb) => eb.or([eb(eb.fn('lower', ['u.lang']), '=', lang), eb(eb.fn('lower', ['u.lang']), 'like', `${lang}-%`)]));
  }
  if (filters.since) q = q.where('u.date', '>=', filters.since);
  if (filters.until) q = q.where('u.date', '<=', filters.until);
  for (const [role, ids] of Object.entries(roles) as Array<[UnitRole, readonly string[]]>) {
    q = q.where('u.id', 'in', db.selectFrom('unit_entities').select('unit_id')
      .where('role', '=', role).where('entity_id', 'in', ids.length > 0 ? [...ids] : ['\u0000none']));
  }
  return q;
}

/**
 * The newest RANK_WINDOW matches (at least `limit`), scored, then ranked.
 *
 * With filter tags, the window is found first from the tagged index, unscored: a filter that
 * rejects most of a common word's matches no longer costs a unit lookup per match, and one that
 * rejects all of them returns at once. The window is then scored by the text alone (FTS5's bm25
 * would otherwise also weigh every unit's tag: tens of milliseconds), reading only matches at or
 * above the window's oldest id — the same window, since every unit passing the filters carries
 * the tags.
 */
async function rankedInWindow(
  db: Kysely<StoreSchema>, options: UnitQueryOptions & { readonly plan: QueryPlan; readonly limit: number; readonly rankWindow: number },
): Promise<UnitRow[]> {
  const { textIndex, plan } = options;
  const size = Math.max(options.rankWindow, options.limit);
  const tags = textIndex.tagged ? filterTags(options.filters) : [];
  let floor: number | undefined;
  if (tags.length > 0) {
    const newest = await textIndex.joinMatches(filteredUnits(db, options), plan, { tags, score: false })
      .clearSelect().select(textIndex.newest.as('n')).orderBy(textIndex.newest, 'desc').limit(size)
      .execute() as Array<{ n: number }>;
    if (newest.length === 0) return [];
    floor = Number(newest[newest.length - 1]!.n);
  }
  const window = textIndex.joinMatches(filteredUnits(db, options).select('u.date'), plan, { floor })
    .orderBy(textIndex.newest, 'desc').limit(size);
  let q = (db as Kysely<any>).selectFrom(window.as('w')).selectAll('w');
  if (textIndex.scoreWindow) q = textIndex.scoreWindow(q, plan);
  q = q.orderBy('score', 'desc').orderBy(sql`w.date is null`).orderBy('w.date', 'desc').orderBy('w.id').limit(options.limit);
  return (await q.execute()) as UnitRow[];
}

/** Ids a name resolved to, per query: more than this many is a name too vague to read newest first. */
const MAX_ENTITY_SCANS = 16;

/**
 * No text, an entity filter: each of the entity's ids read newest first from `unit_entities`'s
 * (entity, role, date) index, stopping at `limit` — a speaker with 100,000 units costs what one
 * with ten does — then merged. Other filters apply as the rows are read.
 */
async function newestForEntity(
  db: Kysely<StoreSchema>, options: UnitQueryOptions & { readonly limit: number; readonly dialect: Dialect },
  role: UnitRole, ids: readonly string[],
): Promise<UnitRow[]> {
  const others: ResolvedRoles = Object.fromEntries(Object.entries(options.roles).filter(([r]) => r !== role));
  const perId = await Promise.all(ids.map((id) => filteredUnits(db, { ...options, roles: others })
    .innerJoin('unit_entities as ue', 'ue.unit_id', 'u.id')
    .where('ue.entity_id', '=', id).where('ue.role', '=', role)
    .select([sql<null>`null`.as('score'), 'ue.date'])
    // SQLite sorts nulls first, so a descending walk ends with them; PostgreSQL must be told.
    .orderBy(options.dialect === 'postgres' ? sql`ue.date desc nulls last` : sql`ue.date desc`)
    .orderBy('ue.unit_id')
    .limit(options.limit)
    .execute() as Promise<Array<UnitRow & { date: string | null }>>));
  const unique = new Map(perId.flat().map((r) => [r.id, r]));
  return [...unique.values()].sort((a, b) => (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0)
    || (b.date ?? '').localeCompare(a.date ?? '') || a.id - b.id).slice(0, options.limit);
}

export async function rankedUnits(
  db: Kysely<StoreSchema>,
  options: UnitQueryOptions & { readonly limit: number | null; readonly dialect: Dialect; readonly rankWindow?: number | null },
): Promise<UnitRow[]> {
  const { plan, limit } = options;
  const rankWindow = options.rankWindow === undefined ? RANK_WINDOW : options.rankWindow;
  if (plan && limit !== null && rankWindow !== null) return rankedInWindow(db, { ...options, plan, limit, rankWindow });
  const entity = (Object.entries(options.roles) as Array<[UnitRole, readonly string[]]>)
    .filter(([, ids]) => ids.length > 0 && ids.length <= MAX_ENTITY_SCANS).sort((a, b) => a[1].length - b[1].length)[0];
  if (!plan && limit !== null && entity) return newestForEntity(db, { ...options, limit }, entity[0], entity[1]);
  let q = unitQuery(db, options);
  if (options.plan) q = q.orderBy('m.score', 'desc');
  // Undated last in both dialects, written so the (kind, date) index gives the order: SQLite sorts
  // nulls first, so they end a descending walk; an `is null` term would sort every unit of a kind.
  q = q.orderBy(options.dialect === 'postgres' ? sql`u.date desc nulls last` : sql`u.date desc`).orderBy('u.id');
  if (options.limit !== null) q = q.limit(options.limit);
  return (await q.execute()) as UnitRow[];
}

export async function unitsAfter(db: Kysely<StoreSchema>, options: UnitQueryOptions & { readonly after: number; readonly batch: number }): Promise<UnitRow[]> {
  const q = unitQuery(db, options).where('u.id', '>', options.after).orderBy('u.id').limit(options.batch);
  return (await q.execute()) as UnitRow[];
}
