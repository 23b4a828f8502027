// Shared helpers for the gazetteer generators: one canonical layout for every data file, so that
// regenerating a file that did not change leaves it byte-identical.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA_DIR = path.join(ROOT, 'data/gazetteer');

export const FORMAT =
  'rostrum.gazetteer/1 — entries[]: {id, type, names: {en, zh, zh-Hant, ru, kk: [canonical, ...aliases]}, ' +
  'short?: {lang: [...]}, adjectives?: {lang: [...]}, roles?: [{role, of, from, to}], country?, proposer?, note?}';

export const LANGS = ['en', 'zh', 'zh-Hant', 'ru', 'kk'];
const ENTRY_KEYS = ['id', 'type', 'names', 'short', 'adjectives', 'roles', 'country', 'proposer', 'note'];

// zh-Hant names: OpenCC "cn → t" (OpenCC standard traditional) gives the canonical form; "cn → tw"
// adds the character variants Taiwan and Hong Kong text actually uses (群島 beside 羣島, 合眾國 beside
// 合衆國, 秘書 beside 祕書). Regional vocabulary (Taiwan 哈薩克, 紐西蘭 …) is added by hand.
const toT = OpenCC.Converter({ from: 'cn', to: 't' });
const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
// OpenCC reads 里 as the word "inside" (裏/裡) unless its phrase list knows the name: 马里 → 馬裏,
// 里希 → 裏希. In entity names 里 is a transliteration syllable, so it is kept — except in 里海, the
// Caspian ("inner sea"), which traditional text writes 裏海 / 裡海. cn → t maps one character to one.
function keepPhoneticLi(simplified, converted) {
  const src = [...simplified];
  const out = [...converted];
  if (out.length !== src.length) return converted;
  src.forEach((ch, i) => {
    if (ch === '里' && src[i + 1] !== '海') out[i] = '里';
  });
  return out.join('');
}

/** Traditional forms of one simplified name, canonical (OpenCC standard) first. */
export function hantVariants(simplified) {
  return dedupe([keepPhoneticLi(simplified, toT(simplified)), keepPhoneticLi(simplified, toTw(simplified))]);
}

export function dedupe(list) {
  const seen = new Set();
  const out = [];
  for (const raw of list) {
    const s = raw.normalize('NFC').trim();
    if (s && !seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  }
  return out;
}

function orderLangMap(map) {
  if (!map) return undefined;
  const out = {};
  for (const lang of LANGS) if (map[lang]?.length) out[lang] = dedupe(map[lang]);
  for (const lang of Object.keys(map).sort()) if (!(lang in out) && map[lang]?.length) out[lang] = dedupe(map[lang]);
  return Object.keys(out).length ? out : undefined;
}

/**
 * Order keys, drop empty optional fields; with `deriveHant`, (re)compute zh-Hant names and short
 * forms from zh (the hand-written files never carry zh-Hant of their own, so it cannot go stale).
 */
export function normalizeEntry(entry, { deriveHant = false } = {}) {
  const names = { ...entry.names };
  const short = entry.short ? { ...entry.short } : undefined;
  if (deriveHant && names.zh?.length) names['zh-Hant'] = names.zh.flatMap(hantVariants);
  if (deriveHant && short?.zh?.length) short['zh-Hant'] = short.zh.flatMap(hantVariants);
  const shaped = {
    ...entry,
    names: orderLangMap(names),
    short: orderLangMap(short),
    adjectives: orderLangMap(entry.adjectives),
  };
  const out = {};
  for (const key of ENTRY_KEYS) if (shaped[key] !== undefined) out[key] = shaped[key];
  for (const key of Object.keys(shaped).sort()) if (!(key in out) && shaped[key] !== undefined) out[key] = shaped[key];
  return out;
}

export function readGazetteer(file) {
  return JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8'));
}

export function writeGazetteer(file, sources, entries, options = {}) {
  const sorted = entries.map((e) => normalizeEntry(e, options)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const doc = { _format: FORMAT, _sources: sources, entries: sorted };
  fs.writeFileSync(path.join(DATA_DIR, file), JSON.stringify(doc, null, 2) + '\n');
  return sorted.length;
}
