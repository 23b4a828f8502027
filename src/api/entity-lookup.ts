/**
 * Entities of the in-memory corpus by id or by any name, the way the Store resolves the CLI's
 * `--speaker Tokayev`: a name matches when it has every analyzed key of the query (`Токаева`,
 * `Tokayev`, `托卡耶夫` all reach the same person). Surface forms the texts used count as names.
 */
import type { ArticleRecord, EntityRecord } from '../record/article-record.js';
import { nameKeys } from '../search/analyze-query.js';
import { mergeEntity } from './entity-names.js';

const ENTITY_ID = /^(person|country|organization|place|initiative|event):\S+$/;

export class EntityLookup {
  private readonly entities = new Map<string, EntityRecord>();
  /** Analyzed key → ids of entities having a name with that key. */
  private readonly byKey = new Map<string, Set<string>>();
  /** id → names seen, to check that one name holds every key. */
  private readonly keySets = new Map<string, Array<ReadonlySet<string>>>();

  readonly get = (id: string): EntityRecord | undefined => this.entities.get(id);

  add(record: ArticleRecord): void {
    for (const e of record.entities) {
      this.entities.set(e.id, mergeEntity(this.entities.get(e.id), e));
      for (const name of Object.values(e.names)) this.addName(e.id, name);
    }
    for (const m of record.mentions) if (m.via === 'alias' || m.via === 'pattern') this.addName(m.entity, m.text);
  }

  private addName(id: string, name: string): void {
    const keys = new Set(nameKeys(name));
    if (keys.size === 0) return;
    const sets = this.keySets.get(id) ?? [];
    sets.push(keys);
    this.keySets.set(id, sets);
    for (const k of keys) {
      const ids = this.byKey.get(k) ?? new Set<string>();
      ids.add(id);
      this.byKey.set(k, ids);
    }
  }

  /** Ids the value names; an id stands for itself even when no record has it (it then matches nothing). */
  resolve(value: string): Set<string> {
    const trimmed = value.trim();
    if (ENTITY_ID.test(trimmed)) return new Set([trimmed]);
    const keys = nameKeys(trimmed);
    if (keys.length === 0) return new Set();
    const candidates = this.byKey.get(keys[0]!) ?? new Set<string>();
    return new Set([...candidates].filter((id) => this.keySets.get(id)!.some((set) => keys.every((k) => set.has(k)))));
  }
}
