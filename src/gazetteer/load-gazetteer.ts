/**
 * Reads the gazetteer once per process: the per-type files written from their sources plus
 * `supplement.json`, the entities stage's own additions. Entries with an id already loaded are
 * merged (new aliases, roles), so the supplement can complete an entry without copying it.
 * Reading is synchronous and plain JSON: it is on the CLI's cold-start path.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Gazetteer } from './gazetteer.js';
import type { GazetteerEntry, GazetteerFile, NamesByLang } from './gazetteer-entry.js';
import { NAME_LANGS } from './gazetteer-entry.js';

/** Loaded in this order; `country-extras.json` is the countries file's source, not a gazetteer file. */
export const GAZETTEER_FILES = [
  'countries.json', 'organizations.json', 'people.json', 'places.json', 'initiatives.json', 'supplement.json',
] as const;

// src/gazetteer and dist/gazetteer both sit two levels below the package root.
export const DEFAULT_GAZETTEER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'gazetteer');

const ENTITY_ID = /^(person|country|organization|place|initiative|event):[^\s]+$/;

function mergeNames(into: NamesByLang | undefined, from: NamesByLang | undefined): NamesByLang | undefined {
  if (!from) return into;
  const out: Record<string, readonly string[]> = { ...into };
  for (const lang of NAME_LANGS) {
    const extra = from[lang];
    if (!extra) continue;
    out[lang] = [...new Set([...(out[lang] ?? []), ...extra])];
  }
  return out;
}

function merge(base: GazetteerEntry, extra: GazetteerEntry): GazetteerEntry {
  const names = mergeNames(base.names, extra.names) ?? {};
  const short = mergeNames(base.short, extra.short);
  const adjectives = mergeNames(base.adjectives, extra.adjectives);
  const roles = [...(base.roles ?? []), ...(extra.roles ?? [])];
  const country = base.country ?? extra.country;
  const proposer = base.proposer ?? extra.proposer;
  return {
    ...base, names,
    ...(short ? { short } : {}),
    ...(adjectives ? { adjectives } : {}),
    ...(roles.length > 0 ? { roles } : {}),
    ...(country ? { country } : {}),
    ...(proposer ? { proposer } : {}),
  };
}

/** Entries of every file found in `dir`; a missing file is empty, a broken one is reported. */
export function readGazetteer(dir: string = DEFAULT_GAZETTEER_DIR): Gazetteer {
  const byId = new Map<string, GazetteerEntry>();
  const problems: string[] = [];
  for (const file of GAZETTEER_FILES) {
    let parsed: GazetteerFile;
    try {
      parsed = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GazetteerFile;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') problems.push(`${file}: ${(error as Error).message}`);
      continue;
    }
    for (const entry of Array.isArray(parsed.entries) ? parsed.entries : []) {
      if (typeof entry?.id !== 'string' || !ENTITY_ID.test(entry.id) || typeof entry.names !== 'object') {
        problems.push(`${file}: malformed entry ${JSON.stringify(entry?.id)}`);
        continue;
      }
      const known = byId.get(entry.id);
      byId.set(entry.id, known ? merge(known, entry) : entry);
    }
  }
  return new Gazetteer([...byId.values()], problems);
}

let shared: Gazetteer | undefined;

/** The process-wide gazetteer from the default directory, read on first use. */
export function loadGazetteer(): Gazetteer {
  shared ??= readGazetteer();
  return shared;
}
