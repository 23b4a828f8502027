/**
 * What a language pack tells the entities stage: its titles and the roles they name, its personal
 * pronouns, where a title's country and name stand, and what an unknown name looks like. Pure
 * data; the engine (entities-stage.ts and its helpers) is the same for every language. Names of
 * countries, organisations and people come from the gazetteer, not from the packs.
 */
import type { InflectingLanguage } from '../../lang/shared/inflection.js';

export interface TitleData {
  /** Citation forms; inflecting languages match every case form through the shared helper. */
  readonly words: readonly string[];
  /** A gazetteer role or role group (`president`, `head-of-state`, `leader`). */
  readonly role: string;
  /** Whether the title alone, with no country and no name, means the article's holder (国家元首, the President). */
  readonly bare?: boolean;
}

export interface PronounData {
  readonly words: readonly string[];
  readonly gender?: 'm' | 'f';
  readonly plural?: boolean;
  /**
   * False when the pronoun also stands for things (ru `он` is also "it"): it then counts only at
   * the start of a sentence or after a `pronounCues` word (`по его словам`).
   */
  readonly personOnly: boolean;
}

/** Text allowed between two parts of a title frame (`''` for Chinese, `' '`, `' of '`). */
export type Gaps = readonly string[];

export interface TitleFrames {
  /** Between a country or organisation and the title after it (哈萨克斯坦|总统, UN Secretary-General). */
  readonly qualifierBefore: Gaps;
  /** Between a title and the country after it (Президент Казахстана, President of Kyrgyzstan). */
  readonly qualifierAfter: Gaps;
  /** Between the title (or its country) and the name after it. */
  readonly nameAfter: Gaps;
  /** Between a name and the title after it (习近平主席); empty where names do not precede titles. */
  readonly nameBefore: Gaps;
  /** What may stand between a sentence start and a bare title (`The ` President). */
  readonly bareLeadIn: Gaps;
}

export interface HanNames {
  readonly kind: 'han';
  /** Characters of transliterated foreign names (阿尔维德·卡伦), simplified and traditional. */
  readonly transliteration: string;
  /** Middle dots between the parts of a transliterated name. */
  readonly separators: string;
  /** Chinese family names, one or two characters each, for names after a title (外交部长王毅). */
  readonly surnames: readonly string[];
  /** Characters that never end a Chinese given name because they start what follows (说, 表, 在). */
  readonly notInGivenName: string;
}

export interface WordNames {
  readonly kind: 'words';
  /** Capitalised words that are not names (The, Он, Бұл). */
  readonly stopWords: readonly string[];
  /** Endings of a patronymic (Янович, Яновна; Kazakh -ұлы, -қызы). */
  readonly patronymicEndings: readonly string[];
  /** Endings that mark a woman's or a man's name (Острова, Яновна; Янович, Кемелұлы), for pronoun agreement. */
  readonly feminineEndings: readonly string[];
  readonly masculineEndings: readonly string[];
}

export interface EntitiesPack {
  /** The BCP 47 tag names found in this language are recorded under. */
  readonly tag: string;
  readonly inflection?: InflectingLanguage;
  readonly titles: readonly TitleData[];
  readonly pronouns: readonly PronounData[];
  /** Words after which a pronoun that is not `personOnly` still means a person (по). */
  readonly pronounCues: readonly string[];
  /** Phrases that contain a title, pronoun or name and are none of them (其他, 总统府): matched, then dropped. */
  readonly stopPhrases: readonly string[];
  readonly frames: TitleFrames;
  readonly names: HanNames | WordNames;
  /** Names that are also common words (Turkey, Мир): they count only when the article is otherwise about such entities. */
  readonly ambiguousNames: readonly string[];
}

declare module '../../lang/pack-parts.js' {
  interface PackParts {
    entities: EntitiesPack;
  }
}
