// Builds data/gazetteer/countries.json: the 193 UN member states and the two observer states.
//   node scripts/gazetteer/build-countries.mjs
// Base names come from i18n-iso-countries (en, zh, ru, kk); zh-Hant is OpenCC cn→t (+ cn→tw) of zh. The
// hand-written overlay data/gazetteer/country-extras.json is merged on top: its names for a language
// come first (so its first name becomes the canonical one), then the library's; its short forms,
// adjectives and notes are taken as they are. Output is sorted by id and stable.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { dedupe, hantVariants, readGazetteer, writeGazetteer } from './lib.mjs';

const require = createRequire(import.meta.url);
const LIB_VERSION = require('i18n-iso-countries/package.json').version;
const LIB_LANGS = ['en', 'zh', 'ru', 'kk'];
for (const lang of LIB_LANGS) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));

// UN member states (193), ISO 3166-1 alpha-2, in the UN's own alphabetical order.
const UN_MEMBERS = `
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF
TD CL CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE
GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI
LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA
PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD
SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM ZW`
  .trim()
  .split(/\s+/);
// Non-member observer states.
const UN_OBSERVERS = ['VA', 'PS'];

// Library names that are wrong for our purpose, dropped before merging. Reason per line.
const DROP = {
  en: [
    'Netherlands (Kingdom of the)', // ISO register form, splits badly
  ],
  zh: [
    '中非', // CAR in the library, but in news 中非 is overwhelmingly "China–Africa" (中非合作论坛)
  ],
  kk: [
    'Палестина аймақтары', // "Palestinian territories", not the State of Palestine
    'Конго', // given for the DR Congo only, but names both Congos
  ],
};

// "Korea, Republic of": ISO inverted register forms never occur in running text.
const isInvertedForm = (name) => /,\s.+\bof$/.test(name);
// "US", "U.S.A.", "UK": abbreviations go to `short` (they need case and context to be safe).
const isLatinAbbreviation = (name) => /^(?:[A-Z]\.?){2,4}$/.test(name);

function libraryNames(code, lang) {
  const raw = countries.getName(code, lang, { select: 'all' }) ?? [];
  const out = [];
  for (const name of raw) {
    if (DROP[lang]?.includes(name) || isInvertedForm(name)) continue;
    // "КНР (Китайская Народная Республика)", "Holy See (Vatican City State)": both parts are names.
    const m = /^(?<base>[^()]+?)\s*\((?<alt>[^()]+)\)$/.exec(name);
    if (m?.groups) out.push(m.groups.base, m.groups.alt);
    else out.push(name);
  }
  return out;
}

function buildEntry(code, extra) {
  const id = `country:${code.toLowerCase()}`;
  const names = {};
  const short = {};
  for (const [lang, list] of Object.entries(extra?.short ?? {})) short[lang] = [...list];
  for (const lang of LIB_LANGS) {
    const generated = libraryNames(code, lang);
    if (lang === 'en') {
      for (const abbr of generated.filter(isLatinAbbreviation)) (short.en ??= []).push(abbr);
    }
    const banned = new Set(short[lang] ?? []);
    const merged = dedupe([...(extra?.names?.[lang] ?? []), ...generated]).filter(
      (n) => !banned.has(n) && !(lang === 'en' && isLatinAbbreviation(n)),
    );
    if (!merged.length) throw new Error(`${id}: no ${lang} name`);
    names[lang] = merged;
  }
  names['zh-Hant'] = dedupe([...names.zh.flatMap(hantVariants), ...(extra?.names?.['zh-Hant'] ?? [])]);
  if (short.zh?.length) short['zh-Hant'] = dedupe(short.zh.flatMap(hantVariants));
  for (const name of names.kk) {
    if (/[A-Za-z]/.test(name)) throw new Error(`${id}: Latin letters in kk name "${name}"`);
  }
  const entry = { id, type: 'country', names };
  if (Object.keys(short).length) entry.short = short;
  if (extra?.adjectives) entry.adjectives = extra.adjectives;
  if (extra?.note) entry.note = extra.note;
  return entry;
}

// A name shared by two countries resolves to neither: drop it from both, and say so.
function dropSharedNames(entries) {
  for (const lang of ['en', 'zh', 'zh-Hant', 'ru', 'kk']) {
    const owners = new Map();
    for (const e of entries) for (const n of e.names[lang]) owners.set(n, [...(owners.get(n) ?? []), e.id]);
    for (const [name, ids] of owners) {
      if (ids.length < 2) continue;
      console.warn(`dropping ${lang} "${name}": shared by ${ids.join(', ')}`);
      for (const e of entries) {
        if (!ids.includes(e.id)) continue;
        e.names[lang] = e.names[lang].filter((n) => n !== name);
        if (!e.names[lang].length) throw new Error(`${e.id}: no ${lang} name left after dropping "${name}"`);
      }
    }
  }
}

const overlay = readGazetteer('country-extras.json');
const extras = new Map(overlay.entries.map((e) => [e.id, e]));
const codes = [...UN_MEMBERS, ...UN_OBSERVERS];
if (UN_MEMBERS.length !== 193 || new Set(codes).size !== 195) throw new Error('UN member list is off');
for (const id of extras.keys()) {
  if (!codes.includes(id.replace(/^country:/, '').toUpperCase())) throw new Error(`overlay ${id}: not a UN member or observer`);
}

const entries = codes.map((code) => buildEntry(code, extras.get(`country:${code.toLowerCase()}`)));
dropSharedNames(entries);
for (const e of entries) {
  const code = e.id.replace(/^country:/, '').toUpperCase();
  if (UN_OBSERVERS.includes(code)) e.note = [e.note, 'UN non-member observer state'].filter(Boolean).join('; ');
}

const count = writeGazetteer(
  'countries.json',
  [
    `i18n-iso-countries ${LIB_VERSION}: base names in en, zh, ru, kk`,
    'opencc-js 1.4.2: zh-Hant = cn → t (canonical) plus cn → tw character variants',
    'UN membership: the 193 member states and 2 non-member observer states (Holy See, State of Palestine) listed at un.org',
    'country-extras.json (hand-written): official long names, short forms, adjectives and Taiwan-usage zh-Hant aliases as used by Xinhua, TASS, Kazinform, Akorda',
    'generated by scripts/gazetteer/build-countries.mjs — edit country-extras.json, not this file',
  ],
  entries,
);
console.log(`countries.json: ${count} entries`);
