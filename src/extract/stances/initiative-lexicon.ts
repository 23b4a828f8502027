/**
 * The gazetteer's initiatives (data/gazetteer/initiatives.json, through src/gazetteer), for the
 * stance engine: exact names per language, and a tolerant look-up of a phrase an initiative
 * pattern cut out of a target (`инициативу о создании четырех центров безопасности` →
 * initiative:sco-four-security-centres). The look-up compares word stems, stripped with the shared
 * inflection helper, allowing one stem to be a prefix of the other (четырех / четыр-е).
 */
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { GazetteerEntry, NameLang } from '../../gazetteer/gazetteer-entry.js';
import type { EntityRecord } from '../../record/article-record.js';
import { foldHan } from '../entities/fold-han.js';
import { PhraseMatcher, type Segmentation } from './phrase-matcher.js';
import { stemsMatch, stemsOf, stemTokensIn, wordHeads, type StemToken } from './stem-tokens.js';
import { prefixKeyOf } from './word-scan.js';

interface NamedStems {
  readonly id: string;
  readonly stems: readonly string[];
  readonly folded: string;
}

/** Name languages whose names a text in this pack language may use. */
const NAME_LANGS: Readonly<Record<string, readonly NameLang[]>> = {
  zh: ['zh', 'zh-Hant'], ru: ['ru', 'en'], kk: ['kk', 'ru', 'en'], en: ['en'],
};

const PLAIN_NAME = /^[\p{L}\p{N}][\p{L}\p{N} -]*$/u;

/** Stems that can match share their first four letters (or are equal and shorter): the index key. */
const keyOf = (stem: string) => stem.slice(0, 4);

export class InitiativeLexicon {
  private readonly named = new Map<string, NamedStems[]>();
  /** Per language: stem key → the names having a stem with that key. */
  private readonly byKey = new Map<string, Map<string, NamedStems[]>>();
  /** Per language: the first three letters of every name stem, as prefixKey numbers. */
  private readonly heads3 = new Map<string, Set<number>>();
  private readonly matchers = new Map<string, PhraseMatcher<string>>();

  constructor(private readonly gazetteer: Gazetteer) {
    const initiatives = gazetteer.entries.filter((e) => e.type === 'initiative');
    for (const [lang, nameLangs] of Object.entries(NAME_LANGS)) {
      const list: NamedStems[] = [];
      for (const entry of initiatives) {
        for (const name of namesOf(entry, nameLangs)) {
          list.push({ id: entry.id, stems: stemsOf(name, lang), folded: foldHan(name) });
        }
      }
      this.named.set(lang, list);
      const index = new Map<string, NamedStems[]>();
      for (const name of list) {
        for (const key of new Set(name.stems.map(keyOf))) {
          const names = index.get(key);
          if (names) names.push(name); else index.set(key, [name]);
        }
      }
      this.byKey.set(lang, index);
      this.heads3.set(lang, new Set(list.flatMap((n) => n.stems.map(prefixKeyOf))));
    }
  }

  /** Exact names of every initiative in this language, found as phrases (built on first use). */
  matcher(lang: string, segmentation: Segmentation): PhraseMatcher<string> {
    let matcher = this.matchers.get(lang);
    if (!matcher) {
      const entries: Array<readonly [string, string]> = [];
      for (const entry of this.gazetteer.entries) {
        if (entry.type !== 'initiative') continue;
        for (const name of namesOf(entry, NAME_LANGS[lang] ?? [])) {
          if (segmentation === 'chars' || PLAIN_NAME.test(name)) entries.push([name, entry.id]);
        }
      }
      matcher = new PhraseMatcher(entries, segmentation, lang);
      this.matchers.set(lang, matcher);
    }
    return matcher;
  }

  /**
   * Initiatives named in [from, to): Chinese by exact names, the other languages by stems, every
   * stem of a name found within a window a little longer than the name (so case endings and a
   * reordered genitive, `Центра ШОС по исследованию водных ресурсов`, still match).
   */
  findIn(text: string, from: number, to: number, lang: string, segmentation: Segmentation): Array<{ id: string; start: number; end: number }> {
    if (segmentation === 'chars') return this.matcher(lang, segmentation).find(text, from, to).map((m) => ({ id: m.value, start: m.start, end: m.end }));
    const index = this.byKey.get(lang);
    if (!index) return [];
    // Candidates first, from word heads alone: most targets name no initiative and are never stemmed.
    const heads = wordHeads(text, from, to, this.heads3.get(lang) ?? new Set());
    const candidates = new Set<NamedStems>();
    for (const head of heads) {
      for (const name of index.get(head) ?? []) if (name.stems.every((n) => heads.has(keyOf(n)))) candidates.add(name);
    }
    if (candidates.size === 0) return [];
    const tokens = stemTokensIn(text, from, to, lang);
    const out: Array<{ id: string; start: number; end: number }> = [];
    for (const name of candidates) {
      const k = name.stems.length;
      const same = (t: StemToken, n: string) => (k === 1 ? t.stem === n : stemsMatch(t.stem, n));
      for (let i = 0; i < tokens.length; i++) {
        if (!name.stems.some((n) => same(tokens[i]!, n))) continue;
        const window = tokens.slice(i, i + k + 2);
        if (!name.stems.every((n) => window.some((t) => same(t, n)))) continue;
        const used = window.filter((t) => name.stems.some((n) => same(t, n)));
        out.push({ id: name.id, start: used[0]!.start, end: used[used.length - 1]!.end });
        break;
      }
    }
    return out;
  }

  private readonly lookups = new Map<string, string | null>();

  /** The initiative a phrase names, tolerating inflection and word order; undefined when unsure. */
  lookup(phrase: string, lang: string): string | undefined {
    const key = `${lang}|${phrase}`;
    let found = this.lookups.get(key);
    if (found === undefined) {
      if (this.lookups.size > 10_000) this.lookups.clear();
      found = this.computeLookup(phrase, lang) ?? null;
      this.lookups.set(key, found);
    }
    return found ?? undefined;
  }

  private computeLookup(phrase: string, lang: string): string | undefined {
    const list = this.named.get(lang) ?? [];
    if (lang === 'zh') {
      const folded = foldHan(phrase);
      const hit = list.find((n) => n.folded.length >= 3 && (folded.includes(n.folded) || (folded.length >= 3 && n.folded.includes(folded))));
      return hit?.id;
    }
    const stems = stemsOf(phrase, lang);
    if (stems.length === 0) return undefined;
    let best: { id: string; score: number } | undefined;
    const index = this.byKey.get(lang);
    const candidates = new Set<NamedStems>();
    for (const stem of stems) for (const name of index?.get(keyOf(stem)) ?? []) candidates.add(name);
    for (const name of candidates) {
      const matched = stems.filter((s) => name.stems.some((n) => stemsMatch(s, n))).length;
      const score = matched / stems.length;
      if (matched >= Math.min(3, stems.length) && score >= 0.6 && matched / name.stems.length >= 0.5
        && (!best || score > best.score)) best = { id: name.id, score };
    }
    return best?.id;
  }

  private readonly records = new Map<string, EntityRecord | undefined>();

  /** The gazetteer's record of an initiative, built once per id. */
  record(id: string): EntityRecord | undefined {
    if (!this.records.has(id)) this.records.set(id, this.gazetteer.record(id));
    return this.records.get(id);
  }
}

function namesOf(entry: GazetteerEntry, langs: readonly NameLang[]): string[] {
  return langs.flatMap((lang) => entry.names[lang] ?? []);
}
