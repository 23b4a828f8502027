/**
 * What a language pack tells ingest about credit lines (`Фото: Ақорда`, `【编译：阿遥】`,
 * `By John Smith`): which words open them and which role they credit. Pure data, one file per
 * language (`src/lang/<code>/credits.ts`); the engine is lift-credits.ts, which matches every
 * pack's words on every line, since a credit may be in another language than the body.
 */
import type { CreditRole } from './article.js';

export interface CreditCue {
  readonly role: CreditRole;
  /**
   * Words that open a credit line, matched case-insensitively at the start of the line; the
   * longest word of all packs wins (`图片来源` before `来源`).
   */
  readonly words: readonly string[];
  /**
   * `required`: a separator (`:` `：` `/` or a dash) must follow the word: `Фото: Ақорда`.
   * `optional`: a space will do, as in `By John Smith` or `Фото Акорды`; the name must then look
   * like a name (capitalised words), so that a sentence opening with `By 2033,` stays in the body.
   */
  readonly separator: 'required' | 'optional';
  /** Words that close a credit line instead, after the name: `新华社记者李学仁摄`. */
  readonly suffixes?: readonly string[];
}

export interface CreditPack {
  readonly credits: readonly CreditCue[];
}

declare module '../lang/pack-parts.js' {
  interface PackParts {
    credits: CreditPack;
  }
}
