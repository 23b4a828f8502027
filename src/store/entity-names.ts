/**
 * Entity names in every language, and lookup by any of them. A record's entities bring their
 * names (`{en: 'Kassym-Jomart Tokayev', zh: '卡瑟姆-若马尔特·托卡耶夫', ru: …}`); surface forms the
 * text itself used for an entity (alias and pattern mentions, not titles or pronouns) are added
 * under the article's language. Each name is stored with its analyzed keys, so `Токаева`,
 * `Tokayev` and `托卡耶夫` all reach the same entity through the analyzer that serves search.
 */
import { sql, type Kysely } from 'kysely';
import type { ArticleRecord, EntityType } from '../record/article-record.js';
import { loadGazetteer } from '../gazetteer/load-gazetteer.js';
import { nameKeys } from '../search/analyze-query.js';
import type { StoreInserts } from './store-inserts.js';
import type { StoreSchema } from './store-schema.js';

const ENTITY_ID = /^(person|country|organization|place|initiative|event):\S+$/;
const NAMING_VIA = new Set(['alias', 'pattern']);

export async function writeEntityNames(db: Kysely<StoreSchema>, inserts: StoreInserts, record: ArticleRecord): Promise<void> {
  const names = new Map<string, { entity_id: string; lang: string; name: string }>();
  const add = (entity_id: string, lang: string, name: string) => {
    const trimmed = name.trim();
    if (trimmed !== '') names.set(`${entity_id}\u0000${lang}\u0000${trimmed}`, { entity_id, lang, name: trimmed });
  };
  for (const e of record.entities) for (const [lang, name] of Object.entries(e.names)) add(e.id, lang, name);
  for (const m of record.mentions) if (NAMING_VIA.has(m.via)) add(m.entity, record.lang, m.text);
  if (names.size === 0) return;
  // Only names new to the store come back, so their keys are computed once per corpus.
  const inserted = await inserts.insertReturning<'entity_names', { id: number; name: string }>(db, 'entity_names', [...names.values()],
    ' on conflict (entity_id, lang, name) do nothing returning id, name');
  const keys = inserted.flatMap((row) => nameKeys(row.name).map((key) => ({ name_id: Number(row.id), key })));
  await inserts.insert(db, 'entity_name_keys', keys, ' on conflict (key, name_id) do nothing');
}

/** Gazetteer entries with exactly this name, alias or short form: names no stored article used yet. */
function gazetteerIds(name: string, types?: readonly EntityType[]): string[] {
  try {
    return loadGazetteer().lookup(name).filter((e) => !types || types.includes(e.type)).map((e) => e.id);
  } catch {
    return []; // no gazetteer data: stored names still answer
  }
}

/**
 * Entities with a stored name containing every key of `name` (`Tokayev` finds `Kassym-Jomart
 * Tokayev`), plus gazetteer entries named exactly so; `name` itself when it is an entity id.
 */
export async function resolveEntityNames(
  db: Kysely<StoreSchema>, name: string, types?: readonly EntityType[],
): Promise<string[]> {
  const trimmed = name.trim();
  if (ENTITY_ID.test(trimmed)) return [trimmed];
  const keys = nameKeys(trimmed);
  if (keys.length === 0) return [];
  const fromGazetteer = gazetteerIds(trimmed, types);
  let query = db.selectFrom('entity_name_keys as k')
    .innerJoin('entity_names as n', 'n.id', 'k.name_id')
    .innerJoin('entities as e', 'e.id', 'n.entity_id')
    .select('n.entity_id')
    .where('k.key', 'in', keys)
    .groupBy(['k.name_id', 'n.entity_id'])
    .having(sql`count(*)`, '=', keys.length);
  if (types && types.length > 0) query = query.where('e.type', 'in', [...types]);
  const rows = await query.execute();
  return [...new Set([...rows.map((r) => r.entity_id), ...fromGazetteer])].sort();
}

export type NameList = ReadonlyArray<{ readonly lang: string; readonly name: string }>;

/** Every stored name of each entity, in the order they were first seen. */
export async function entityNames(db: Kysely<StoreSchema>, ids: readonly string[]): Promise<Map<string, NameList>> {
  const out = new Map<string, Array<{ lang: string; name: string }>>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db.selectFrom('entity_names').select(['entity_id', 'lang', 'name'])
      .where('entity_id', 'in', unique.slice(i, i + 500)).orderBy('id').execute();
    for (const r of rows) {
      const list = out.get(r.entity_id) ?? [];
      list.push({ lang: r.lang, name: r.name });
      out.set(r.entity_id, list);
    }
  }
  return out;
}

/** The name to show: in the reader's language (`zh-Hant` accepts `zh`), else English, else the first. */
export function pickName(names: NameList | undefined, lang: string): string | undefined {
  if (!names || names.length === 0) return undefined;
  const base = lang.split('-')[0];
  return (names.find((n) => n.lang === lang) ?? names.find((n) => n.lang.split('-')[0] === base)
    ?? names.find((n) => n.lang === 'en') ?? names[0])!.name;
}
