/**
 * The loaded gazetteer: entries by id, canonical names, and who held which role when. Built once
 * per process (see load-gazetteer.ts); read-only afterwards.
 */
import type { EntityRecord, RoleRecord } from '../record/article-record.js';
import type { GazetteerEntry, NameLang } from './gazetteer-entry.js';
import { NAME_LANGS } from './gazetteer-entry.js';
import { expandRole } from './role-groups.js';

interface Tenure {
  readonly entry: GazetteerEntry;
  readonly from: string;
  readonly to: string;
}

// Partial dates widen to the whole period they name: a term `to: "2019"` covers all of 2019.
const lowDate = (d: string | null) => (d === null ? '0000-00-00' : d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const highDate = (d: string | null) => (d === null ? '9999-99-99' : d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

export class Gazetteer {
  readonly byId: ReadonlyMap<string, GazetteerEntry>;
  private readonly tenures = new Map<string, Tenure[]>();
  private readonly records = new Map<string, EntityRecord>();
  private byName: Map<string, GazetteerEntry[]> | undefined;

  constructor(readonly entries: readonly GazetteerEntry[], readonly problems: readonly string[] = []) {
    this.byId = new Map(entries.map((e) => [e.id, e]));
    for (const entry of entries) {
      for (const role of entry.roles ?? []) {
        const key = `${role.role}|${role.of}`;
        const list = this.tenures.get(key) ?? [];
        list.push({ entry, from: lowDate(role.from), to: highDate(role.to) });
        this.tenures.set(key, list);
      }
    }
  }

  get(id: string): GazetteerEntry | undefined {
    return this.byId.get(id);
  }

  /**
   * Who held `role` (a gazetteer role or a group such as `head-of-state`) of `of` on `date`. With
   * no date, the current holder: a term that has not ended. Roles of a group are tried in order.
   */
  holdersOf(role: string, of: string, date: string | null): readonly GazetteerEntry[] {
    for (const name of expandRole(role)) {
      const found = (this.tenures.get(`${name}|${of}`) ?? [])
        .filter((t) => (date === null ? t.to === highDate(null) : t.from <= date && date <= t.to))
        .map((t) => t.entry);
      if (found.length > 0) return found;
    }
    return [];
  }

  /** The roles (of a group) an entry held on `date`, or holds now when the date is unknown. */
  rolesOn(id: string, date: string | null, role?: string): readonly RoleRecord[] {
    const wanted = role === undefined ? undefined : new Set(expandRole(role));
    return (this.byId.get(id)?.roles ?? []).filter((r) => (wanted === undefined || wanted.has(r.role))
      && (date === null ? r.to === null : lowDate(r.from) <= date && date <= highDate(r.to)));
  }

  /** Entries with this exact name, alias or short form in any language, for look-ups by name. */
  lookup(name: string): readonly GazetteerEntry[] {
    if (this.byName === undefined) {
      const index = new Map<string, GazetteerEntry[]>();
      for (const entry of this.entries) {
        for (const names of [entry.names, entry.short]) {
          for (const lang of NAME_LANGS) {
            for (const n of names?.[lang] ?? []) {
              const list = index.get(n) ?? [];
              if (!list.includes(entry)) list.push(entry);
              index.set(n, list);
            }
          }
        }
      }
      this.byName = index;
    }
    return this.byName.get(name) ?? [];
  }

  /**
   * The record form: one canonical name per language, and what the gazetteer knows besides. Built
   * once per entry and frozen, so every record that lists the entity shares it safely.
   */
  record(id: string): EntityRecord | undefined {
    let record = this.records.get(id);
    if (record === undefined) {
      record = this.buildRecord(id);
      if (record) this.records.set(id, record);
    }
    return record;
  }

  private buildRecord(id: string): EntityRecord | undefined {
    const entry = this.byId.get(id);
    if (!entry) return undefined;
    const names: Partial<Record<NameLang, string>> = {};
    for (const lang of NAME_LANGS) {
      const first = entry.names[lang]?.[0];
      if (first) names[lang] = first;
    }
    const roles = entry.roles?.map(({ role, of, from, to }) => Object.freeze({ role, of, from: from ?? null, to: to ?? null }));
    return Object.freeze({
      id: entry.id,
      type: entry.type,
      names: Object.freeze(names),
      ...(roles && roles.length > 0 ? { roles: Object.freeze(roles) } : {}),
      ...(entry.country ? { country: entry.country } : {}),
      ...(entry.proposer ? { proposer: entry.proposer } : {}),
    });
  }
}
