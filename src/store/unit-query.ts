/**
 * The SQL behind search and export: units joined to their (latest) articles, narrowed by the
 * filters, optionally matched against the text index. Entity filters arrive already resolved to
 * entity ids; a filter that resolved to nothing matches nothing rather than being ignored.
 */
import { sql, type Kysely } from 'kysely';
import type { QueryPlan } from '../search/analyze-query.js';
import type { SearchFilters } from '../search/search-query.js';
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

// The builder's row type changes with the optional text-index join; the result is typed as UnitRow.
export function unitQuery(db: Kysely<StoreSchema>, options: UnitQueryOptions) {
  const { filters, roles, plan, textIndex } = options;
  let q = (db as Kysely<any>).selectFrom('units as u')
    .innerJoin('articles as a', 'a.id', 'u.article_id')
    .select(['u.id', 'u.kind', 'u.ord', 'u.article_id', 'u.speaker_id'])
    .where('a.is_latest', '=', 1);
  if (plan) {
    q = q.innerJoin(textIndex.matches(plan), (join) => join.onRef('m.unit_id', '=', 'u.id')).select('m.score');
  } else {
    q = q.select(sql<null>`null`.as('score'));
  }
  if (filters.type) q = q.where('u.kind', '=', filters.type);
  if (filters.lang) {
    const lang = filters.lang;
    q = q.where((eb) => eb.or([eb('u.lang', '=', lang), eb('u.lang', 'like', `${lang}-%`)]));
  }
  if (filters.since) q = q.where('u.date', '>=', filters.since);
  if (filters.until) q = q.where('u.date', '<=', filters.until);
  for (const [role, ids] of Object.entries(roles) as Array<[UnitRole, readonly string[]]>) {
    q = q.where('u.id', 'in', db.selectFrom('unit_entities').select('unit_id')
      .where('role', '=', role).where('entity_id', 'in', ids.length > 0 ? [...ids] : ['\u0000none']));
  }
  return q;
}

export async function rankedUnits(db: Kysely<StoreSchema>, options: UnitQueryOptions & { readonly limit: number | null }): Promise<UnitRow[]> {
  let q = unitQuery(db, options);
  if (options.plan) q = q.orderBy('m.score', 'desc');
  q = q.orderBy(sql`u.date is null`).orderBy('u.date', 'desc').orderBy('u.id');
  if (options.limit !== null) q = q.limit(options.limit);
  return (await q.execute()) as UnitRow[];
}

export async function unitsAfter(db: Kysely<StoreSchema>, options: UnitQueryOptions & { readonly after: number; readonly batch: number }): Promise<UnitRow[]> {
  const q = unitQuery(db, options).where('u.id', '>', options.after).orderBy('u.id').limit(options.batch);
  return (await q.execute()) as UnitRow[];
}
