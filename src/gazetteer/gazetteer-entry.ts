/**
 * The gazetteer's file format (`data/gazetteer/*.json`, `rostrum.gazetteer/1`):
 *
 *   { "_format": "…", "_sources": ["…"], "entries": [
 *     { "id": "person:kassym-jomart-tokayev", "type": "person",
 *       "names": { "en": ["Kassym-Jomart Tokayev", …], "zh": ["卡西姆-若马尔特·托卡耶夫"], … },
 *       "short": { "zh": ["托卡耶夫"], "ru": ["Токаев"] },
 *       "roles": [{ "role": "president", "of": "country:kz", "from": "2019-03-20", "to": null }] } ] }
 *
 * `names[lang][0]` is the canonical name in that language, the rest are aliases. `short` holds
 * surnames and short forms that name the entity only in context; `adjectives` the demonyms that
 * qualify a title (`Kazakh President`).
 */
import type { EntityType, RoleRecord } from '../record/article-record.js';

/** Language keys of `names`: BCP 47 tags, traditional Chinese as `zh-Hant`. */
export type NameLang = 'en' | 'zh' | 'zh-Hant' | 'ru' | 'kk';

export const NAME_LANGS: readonly NameLang[] = ['en', 'zh', 'zh-Hant', 'ru', 'kk'];

export type NamesByLang = Readonly<Partial<Record<NameLang, readonly string[]>>>;

export interface GazetteerEntry {
  readonly id: string;
  readonly type: EntityType;
  readonly names: NamesByLang;
  readonly short?: NamesByLang;
  readonly adjectives?: NamesByLang;
  readonly roles?: readonly RoleRecord[];
  readonly country?: string;
  readonly proposer?: string;
  readonly note?: string;
}

export interface GazetteerFile {
  readonly _format?: string;
  readonly _sources?: readonly string[];
  readonly entries: readonly GazetteerEntry[];
}
