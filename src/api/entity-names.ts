/**
 * One entity as seen across many records: each record carries the names and roles it knows, so
 * the corpus-wide view is their union (the first name given per language tag wins, roles are
 * deduplicated). Labels only need the summary.
 */
import type { ArticleRecord, EntityRecord, RoleRecord } from '../record/article-record.js';
import type { EntitySummary } from './corpus-reader.js';

export function mergeEntity(into: EntityRecord | undefined, next: EntityRecord): EntityRecord {
  if (!into) return next;
  const names = { ...next.names, ...into.names };
  const roles = mergeRoles(into.roles ?? [], next.roles ?? []);
  return {
    ...next,
    ...into,
    names,
    ...(roles.length > 0 ? { roles } : {}),
  };
}

function mergeRoles(a: readonly RoleRecord[], b: readonly RoleRecord[]): RoleRecord[] {
  const seen = new Map<string, RoleRecord>();
  for (const r of [...a, ...b]) seen.set(`${r.role}|${r.of}|${r.from ?? ''}|${r.to ?? ''}`, r);
  return [...seen.values()];
}

export const summarize = (e: EntityRecord): EntitySummary => ({ id: e.id, type: e.type, names: e.names });

/** Summaries for the given ids that the lookup knows; unknown ids are left out, not invented. */
export function summariesFor(
  ids: Iterable<string | null | undefined>,
  lookup: (id: string) => EntityRecord | undefined,
): Record<string, EntitySummary> {
  const out: Record<string, EntitySummary> = {};
  for (const id of ids) {
    if (!id || out[id]) continue;
    const entity = lookup(id);
    if (entity) out[id] = summarize(entity);
  }
  return out;
}

/** Entity lookup over some records; with `only`, just those ids are merged (a search names few). */
export function entityLookup(records: Iterable<ArticleRecord>, only?: ReadonlySet<string>): (id: string) => EntityRecord | undefined {
  const merged = new Map<string, EntityRecord>();
  for (const r of records) {
    for (const e of r.entities) if (!only || only.has(e.id)) merged.set(e.id, mergeEntity(merged.get(e.id), e));
  }
  return (id) => merged.get(id);
}
