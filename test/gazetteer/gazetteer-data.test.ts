// Checks the gazetteer data files (data/gazetteer/*.json) against their documented format and
// against the seed article. Data only: the resolver has its own tests.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DATA_DIR = path.join(ROOT, 'data/gazetteer');
const SEED = path.join(ROOT, 'examples/000_57bb135459f8ca34.txt');

type EntityType = 'person' | 'country' | 'organization' | 'place' | 'initiative';
type NameLang = 'en' | 'zh' | 'zh-Hant' | 'ru' | 'kk';
type LangMap = Partial<Record<NameLang, readonly string[]>>;

interface Role {
  readonly role: string;
  readonly of: string;
  readonly from: string;
  readonly to: string | null;
}

interface Entry {
  readonly id: string;
  readonly type: EntityType;
  readonly names: Record<NameLang, readonly string[]>;
  readonly short?: LangMap;
  readonly adjectives?: LangMap;
  readonly roles?: readonly Role[];
  readonly country?: string;
  readonly proposer?: string;
  readonly note?: string;
}

interface GazetteerFile {
  readonly _format: string;
  readonly _sources: readonly string[];
  readonly entries: readonly Entry[];
}

const FILES: Record<string, EntityType> = {
  'countries.json': 'country',
  'organizations.json': 'organization',
  'people.json': 'person',
  'places.json': 'place',
  'initiatives.json': 'initiative',
};
const NAME_LANGS: readonly NameLang[] = ['en', 'zh', 'zh-Hant', 'ru', 'kk'];
const ROLES = new Set([
  'president',
  'prime-minister',
  'vice-president',
  'chairman',
  'foreign-minister',
  'secretary-general',
  'king',
  'emir',
  'crown-prince',
  'chancellor',
]);
const ID_PATTERN = /^(?<type>person|country|organization|place|initiative):[a-z0-9-]+$/;
const DATE_PATTERN = /^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?$/;
const LATIN = /[A-Za-z]/;
// Regnal numbers are written in Latin Roman numerals in Cyrillic text too (Карл III).
const ROMAN_NUMERAL = /(?<![A-Za-z])[IVXLC]+(?![A-Za-z])/g;

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8'));
}

const files = new Map<string, GazetteerFile>(
  Object.keys(FILES).map((file) => [file, readJson(file) as GazetteerFile]),
);
const entries: readonly Entry[] = [...files.values()].flatMap((f) => f.entries ?? []);
const byId = new Map(entries.map((e) => [e.id, e]));
const ofType = (type: EntityType): readonly Entry[] => entries.filter((e) => e.type === type);

/** Every string list of an entry, labelled, for the checks that apply to all of them. */
function stringLists(e: Entry): Array<[string, NameLang, readonly string[]]> {
  const out: Array<[string, NameLang, readonly string[]]> = [];
  for (const [field, map] of [
    ['names', e.names],
    ['short', e.short],
    ['adjectives', e.adjectives],
  ] as const) {
    for (const [lang, list] of Object.entries(map ?? {})) out.push([field, lang as NameLang, list ?? []]);
  }
  return out;
}

/** Earliest and latest day a YYYY, YYYY-MM or YYYY-MM-DD date can stand for; null if malformed. */
function dateBounds(value: string): { first: string; last: string } | null {
  const m = DATE_PATTERN.exec(value);
  if (!m?.groups) return null;
  const year = Number(m.groups['year']);
  const month = m.groups['month'] === undefined ? undefined : Number(m.groups['month']);
  const day = m.groups['day'] === undefined ? undefined : Number(m.groups['day']);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  const daysIn = (mo: number): number => new Date(Date.UTC(year, mo, 0)).getUTCDate();
  if (month !== undefined && day !== undefined && (day < 1 || day > daysIn(month))) return null;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const y = m.groups['year'] ?? '';
  if (month === undefined) return { first: `${y}-01-01`, last: `${y}-12-31` };
  if (day === undefined) return { first: `${y}-${pad(month)}-01`, last: `${y}-${pad(month)}-${pad(daysIn(month))}` };
  return { first: value, last: value };
}

function activeOn(role: Role, day: string): boolean {
  const from = dateBounds(role.from);
  const to = role.to === null ? null : dateBounds(role.to);
  return from !== null && from.first <= day && (to === null || day <= to.last);
}

describe('gazetteer files', () => {
  it.each(Object.keys(FILES))('%s has _format, _sources and entries', (file) => {
    const doc = files.get(file);
    expect(doc?._format).toMatch(/^rostrum\.gazetteer\/1 /);
    expect(Array.isArray(doc?._sources) && doc._sources.length > 0).toBe(true);
    expect(Array.isArray(doc?.entries) && doc.entries.length > 0).toBe(true);
  });

  it.each(Object.entries(FILES))('%s holds only %s entries, sorted by id', (file, type) => {
    const list = files.get(file)?.entries ?? [];
    expect(list.filter((e) => e.type !== type).map((e) => e.id)).toEqual([]);
    const ids = list.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
  });
});

describe('ids', () => {
  it('are unique across all files', () => {
    const seen = new Set<string>();
    const dupes = entries.map((e) => e.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(dupes).toEqual([]);
  });

  it('are type:slug, and the prefix is the entry type', () => {
    const bad = entries.filter((e) => ID_PATTERN.exec(e.id)?.groups?.['type'] !== e.type).map((e) => e.id);
    expect(bad).toEqual([]);
  });

  it('use ISO 3166-1 alpha-2 for countries', () => {
    expect(ofType('country').filter((e) => !/^country:[a-z]{2}$/.test(e.id)).map((e) => e.id)).toEqual([]);
  });
});

describe('names', () => {
  it('have all five languages, each a non-empty list', () => {
    const bad = entries.flatMap((e) =>
      NAME_LANGS.filter((lang) => !Array.isArray(e.names?.[lang]) || e.names[lang].length === 0).map(
        (lang) => `${e.id} ${lang}`,
      ),
    );
    expect(bad).toEqual([]);
    expect(entries.filter((e) => Object.keys(e.names).some((k) => !NAME_LANGS.includes(k as NameLang)))).toEqual([]);
  });

  it('are non-empty strings without outer whitespace or duplicates (names, short, adjectives)', () => {
    const bad = entries.flatMap((e) =>
      stringLists(e).flatMap(([field, lang, list]) => [
        ...list.filter((s) => typeof s !== 'string' || s.length === 0 || s !== s.trim()).map((s) => `${e.id} ${field}.${lang} "${s}"`),
        ...(new Set(list).size === list.length ? [] : [`${e.id} ${field}.${lang} has duplicates`]),
      ]),
    );
    expect(bad).toEqual([]);
  });

  it('in Kazakh are Cyrillic: no Latin letters (Roman numerals aside)', () => {
    const bad = entries.flatMap((e) =>
      stringLists(e)
        .filter(([, lang]) => lang === 'kk')
        .flatMap(([field, , list]) =>
          list.filter((s) => LATIN.test(s.replace(ROMAN_NUMERAL, ''))).map((s) => `${e.id} ${field}.kk "${s}"`),
        ),
    );
    expect(bad).toEqual([]);
  });

  it('in zh-Hant convert back to the zh canonical name (character conversion only)', () => {
    const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
    const bad = entries
      .filter((e) => toSimplified(e.names['zh-Hant'][0] ?? '') !== e.names.zh[0])
      .map((e) => `${e.id}: ${e.names['zh-Hant'][0]} ≠ ${e.names.zh[0]}`);
    expect(bad).toEqual([]);
  });

  it('belong to one entity only within a language', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entries) {
      for (const lang of NAME_LANGS) {
        for (const name of e.names[lang]) {
          const key = `${lang}\u0000${name}`;
          const owner = owners.get(key);
          if (owner !== undefined && owner !== e.id) clashes.push(`${lang} "${name}": ${owner}, ${e.id}`);
          owners.set(key, e.id);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('short forms never repeat a full name of another entity', () => {
    const nameOwner = new Map<string, string>();
    for (const e of entries) for (const lang of NAME_LANGS) for (const n of e.names[lang]) nameOwner.set(`${lang}\u0000${n}`, e.id);
    const bad = entries.flatMap((e) =>
      Object.entries(e.short ?? {}).flatMap(([lang, list]) =>
        (list ?? [])
          .filter((s) => {
            const owner = nameOwner.get(`${lang}\u0000${s}`);
            return owner !== undefined && owner !== e.id;
          })
          .map((s) => `${e.id} short.${lang} "${s}"`),
      ),
    );
    expect(bad).toEqual([]);
  });
});

describe('fields by type', () => {
  it('roles only on people, adjectives only on countries, proposer only on initiatives', () => {
    expect(entries.filter((e) => e.roles !== undefined && e.type !== 'person').map((e) => e.id)).toEqual([]);
    expect(entries.filter((e) => e.adjectives !== undefined && e.type !== 'country').map((e) => e.id)).toEqual([]);
    expect(entries.filter((e) => e.proposer !== undefined && e.type !== 'initiative').map((e) => e.id)).toEqual([]);
  });

  it('country only on people and places, and every person and place has one', () => {
    expect(entries.filter((e) => e.country !== undefined && e.type !== 'person' && e.type !== 'place').map((e) => e.id)).toEqual([]);
    expect(entries.filter((e) => (e.type === 'person' || e.type === 'place') && e.country === undefined).map((e) => e.id)).toEqual([]);
  });

  it('adjectives are lower-case in Russian and Kazakh', () => {
    const bad = ofType('country').flatMap((e) =>
      (['ru', 'kk'] as const).flatMap((lang) =>
        (e.adjectives?.[lang] ?? []).filter((a) => a !== a.toLowerCase()).map((a) => `${e.id} ${a}`),
      ),
    );
    expect(bad).toEqual([]);
  });
});

describe('references', () => {
  it('country points to a country', () => {
    const bad = entries.filter((e) => e.country !== undefined && byId.get(e.country)?.type !== 'country');
    expect(bad.map((e) => `${e.id} → ${e.country}`)).toEqual([]);
  });

  it('role.of points to a country or an organization', () => {
    const bad = ofType('person').flatMap((e) =>
      (e.roles ?? [])
        .filter((r) => !['country', 'organization'].includes(byId.get(r.of)?.type ?? ''))
        .map((r) => `${e.id} → ${r.of}`),
    );
    expect(bad).toEqual([]);
  });

  it('proposer points to an existing person, country or organization', () => {
    const bad = ofType('initiative').filter(
      (e) => e.proposer !== undefined && !['person', 'country', 'organization'].includes(byId.get(e.proposer)?.type ?? ''),
    );
    expect(bad.map((e) => `${e.id} → ${e.proposer}`)).toEqual([]);
  });
});

describe('roles', () => {
  const roles = ofType('person').flatMap((e) => (e.roles ?? []).map((r) => ({ id: e.id, ...r })));

  it('use the documented role names', () => {
    expect(roles.filter((r) => !ROLES.has(r.role)).map((r) => `${r.id} ${r.role}`)).toEqual([]);
  });

  it('have well-formed dates (YYYY, YYYY-MM or YYYY-MM-DD; to may be null)', () => {
    const bad = roles.filter(
      (r) => dateBounds(r.from) === null || (r.to !== null && dateBounds(r.to) === null) || r.to === undefined,
    );
    expect(bad.map((r) => `${r.id} ${r.role} ${r.from}–${String(r.to)}`)).toEqual([]);
  });

  it('start no later than they end', () => {
    const bad = roles.filter((r) => {
      const from = dateBounds(r.from);
      const to = r.to === null ? null : dateBounds(r.to);
      return from !== null && to !== null && from.first > to.last;
    });
    expect(bad.map((r) => `${r.id} ${r.role} ${r.from}–${String(r.to)}`)).toEqual([]);
  });

  it('never give one office two holders at once (head of state, government, foreign ministry)', () => {
    const clashes: string[] = [];
    const sole = roles.filter((r) => ['president', 'prime-minister', 'foreign-minister', 'chancellor', 'king', 'secretary-general'].includes(r.role));
    const day = (s: string): number => Date.parse(s);
    for (const a of sole) {
      for (const b of sole) {
        if (a.id >= b.id || a.role !== b.role || a.of !== b.of) continue;
        const aFrom = day(dateBounds(a.from)?.last ?? '');
        const bFrom = day(dateBounds(b.from)?.last ?? '');
        const aTo = a.to === null ? Infinity : day(dateBounds(a.to)?.first ?? '');
        const bTo = b.to === null ? Infinity : day(dateBounds(b.to)?.first ?? '');
        // Handovers share a day (one leaves, the other is sworn in): only a longer overlap counts.
        if (Math.min(aTo, bTo) - Math.max(aFrom, bFrom) > 86_400_000) clashes.push(`${a.role} of ${a.of}: ${a.id} / ${b.id}`);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('countries', () => {
  const countries = ofType('country');
  const observers = countries.filter((e) => e.note?.includes('UN non-member observer state'));

  it('are the 193 UN member states plus the 2 observer states', () => {
    expect(countries).toHaveLength(195);
    expect(observers.map((e) => e.id).sort()).toEqual(['country:ps', 'country:va']);
    expect(countries.length - observers.length).toBe(193);
  });

  it('leave out non-members that are not UN observers', () => {
    for (const id of ['country:tw', 'country:xk', 'country:eh', 'country:hk', 'country:mo']) expect(byId.has(id)).toBe(false);
  });

  it('are up to date with the country-extras.json overlay', () => {
    const overlay = readJson('country-extras.json') as GazetteerFile;
    const stale: string[] = [];
    for (const extra of overlay.entries) {
      const built = byId.get(extra.id);
      if (built === undefined) {
        stale.push(`${extra.id} missing`);
        continue;
      }
      for (const [lang, list] of Object.entries(extra.names ?? {})) {
        const have = built.names[lang as NameLang];
        // Overlay names come first, so they set the canonical name; zh-Hant extras are appended instead.
        if (lang !== 'zh-Hant' && list.length > 0 && have[0] !== list[0]) stale.push(`${extra.id} canonical ${lang}`);
        for (const n of list) if (!have.includes(n)) stale.push(`${extra.id} ${lang} "${n}"`);
      }
      for (const field of ['short', 'adjectives'] as const) {
        for (const [lang, list] of Object.entries(extra[field] ?? {})) {
          for (const s of list ?? []) if (!built[field]?.[lang as NameLang]?.includes(s)) stale.push(`${extra.id} ${field}.${lang} "${s}"`);
        }
      }
    }
    expect(stale).toEqual([]);
  });
});

describe('the seed article', () => {
  const seed = fs.readFileSync(SEED, 'utf8');
  const paragraphs = seed.split('\n').map((p) => p.trim()).filter((p) => p.length > 0 && !p.startsWith('【'));
  const lastParagraph = paragraphs.at(-1) ?? '';
  const summitDay = '2025-09-01';

  // Title in the seed's last paragraph → the role that must be active on the summit day.
  const participants: ReadonlyArray<[id: string, zh: string, role: string, of: string]> = [
    ['person:xi-jinping', '习近平', 'president', 'country:cn'],
    ['person:narendra-modi', '纳伦德拉·莫迪', 'prime-minister', 'country:in'],
    ['person:alexander-lukashenko', '亚历山大·卢卡申科', 'president', 'country:by'],
    ['person:masoud-pezeshkian', '马苏德·佩泽什基安', 'president', 'country:ir'],
    ['person:sadyr-japarov', '萨德尔·扎帕罗夫', 'president', 'country:kg'],
    ['person:shehbaz-sharif', '夏巴兹·谢里夫', 'prime-minister', 'country:pk'],
    ['person:vladimir-putin', '弗拉基米尔·普京', 'president', 'country:ru'],
    ['person:emomali-rahmon', '埃莫马利·拉赫蒙', 'president', 'country:tj'],
    ['person:shavkat-mirziyoyev', '沙夫卡特·米尔济约耶夫', 'president', 'country:uz'],
  ];

  it.each(participants)('%s is named %s as in the last paragraph, in office on the summit day', (id, zh, role, of) => {
    expect(lastParagraph).toContain(zh);
    const person = byId.get(id);
    expect(person?.names.zh).toContain(zh);
    expect(person?.roles?.some((r) => r.role === role && r.of === of && activeOn(r, summitDay))).toBe(true);
  });

  it('has Tokayev, president of Kazakhstan, under the surname the seed uses', () => {
    const tokayev = byId.get('person:kassym-jomart-tokayev');
    expect(seed).toContain('托卡耶夫');
    expect(tokayev?.short?.zh).toContain('托卡耶夫');
    expect(tokayev?.names.zh[0]).toBe('卡瑟姆-若马尔特·托卡耶夫');
    expect(tokayev?.roles?.some((r) => r.role === 'president' && r.of === 'country:kz' && activeOn(r, summitDay))).toBe(true);
  });

  // Surface forms of the seed that must resolve by exact zh name or short form.
  const surfaces: ReadonlyArray<[surface: string, id: string]> = [
    ['中华人民共和国', 'country:cn'],
    ['哈方', 'country:kz'],
    ['吉尔吉斯共和国', 'country:kg'],
    ['蒙古', 'country:mn'],
    ['阿富汗', 'country:af'],
    ['上海合作组织', 'organization:sco'],
    ['上合组织', 'organization:sco'],
    ['亚信会议', 'organization:cica'],
    ['阿斯塔纳国际金融中心', 'organization:aifc'],
    ['天津', 'place:tianjin'],
    ['阿拉木图', 'place:almaty'],
    ['阿斯塔纳', 'place:astana'],
    ['阿克套', 'place:aktau'],
    ['全球发展倡议', 'initiative:global-development-initiative'],
    ['全球安全倡议', 'initiative:global-security-initiative'],
    ['全球文明倡议', 'initiative:global-civilization-initiative'],
    ['全球治理倡议', 'initiative:global-governance-initiative'],
    ['上合组织未来10年发展战略', 'initiative:sco-development-strategy-2035'],
    ['三股势力', 'initiative:three-evils'],
    ['上海精神', 'initiative:shanghai-spirit'],
    ['四个安全中心', 'initiative:sco-four-security-centres'],
    ['联合国中亚及阿富汗可持续发展目标区域中心', 'initiative:un-sdg-centre-central-asia-afghanistan'],
    ['上合组织开发银行', 'initiative:sco-development-bank'],
    ['一带一路', 'initiative:belt-and-road'],
    ['跨里海国际交通走廊', 'initiative:middle-corridor'],
    ['跨阿尔泰对话', 'initiative:trans-altai-dialogue'],
    ['人工智能合作国际组织', 'initiative:international-organization-for-ai-cooperation'],
    ['上合组织人工智能常设专家论坛', 'initiative:sco-ai-expert-forum'],
    ['数字桥', 'initiative:digital-bridge-forum'],
    ['上合组织水资源研究中心', 'initiative:sco-water-resources-research-centre'],
  ];

  it.each(surfaces)('resolves %s to %s', (surface, id) => {
    expect(seed).toContain(surface);
    const entry = byId.get(id);
    expect([...(entry?.names.zh ?? []), ...(entry?.short?.zh ?? [])]).toContain(surface);
  });

  it('credits the proposals the seed attributes', () => {
    expect(byId.get('initiative:sco-development-bank')?.proposer).toBe('country:cn');
    expect(byId.get('initiative:international-organization-for-ai-cooperation')?.proposer).toBe('country:cn');
    expect(byId.get('initiative:sco-ai-expert-forum')?.proposer).toBe('person:kassym-jomart-tokayev');
    for (const id of ['global-development', 'global-security', 'global-civilization', 'global-governance']) {
      expect(byId.get(`initiative:${id}-initiative`)?.proposer).toBe('person:xi-jinping');
    }
  });
});
