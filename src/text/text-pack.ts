/**
 * What a language pack tells the text layer: how to recognise the language and where its
 * sentences end. Pure data; the engines are identify-language.ts and split-sentences.ts.
 */

export interface TextPack {
  /** The BCP 47 tag this pack's texts get (`zh`, `ru`, `kk`, `en`). */
  readonly tag: string;
  /** franc's ISO 639-3 code, used only to separate languages that share a script. */
  readonly francCode: string;
  readonly script: 'Han' | 'Cyrillic' | 'Latin';
  /** Letters of this script that no other pack of the same script uses (Kazakh ә ғ қ ң ө ұ ү һ і). */
  readonly distinctiveLetters?: string;
  /** A written variant told apart by marker characters (traditional Chinese). */
  readonly variant?: {
    readonly tag: string;
    /** Frequent characters found only in the variant (們, 這, 國, 會…). */
    readonly markers: string;
    /** Their counterparts in the base form (们, 这, 国, 会…). */
    readonly baseMarkers: string;
  };
  readonly sentences: {
    /** Characters that end a sentence (`。！？` or `.!?`). */
    readonly terminators: string;
    /** Closing quotes and brackets that stay with the sentence they follow (`”」』»)）`). */
    readonly closers: string;
    /** Tokens ending in `.` that do not end a sentence, lower-cased (`г.`, `т.е.`, `mr.`, `u.s.`). */
    readonly abbreviations: readonly string[];
  };
}

declare module '../lang/pack-parts.js' {
  interface PackParts {
    text: TextPack;
  }
}
