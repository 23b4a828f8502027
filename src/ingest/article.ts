/**
 * What ingest hands to the text layer: one article, decoded, with its main text and the
 * metadata found around it. Ingest knows nothing about extraction.
 */

export type CreditRole = 'photo' | 'compiler' | 'translator' | 'author' | 'editor' | 'source';

export interface Credit {
  readonly role: CreditRole;
  /** The credited name, trimmed (`Ақорда`, `阿遥`). */
  readonly name: string;
  /** The whole credit line as it stood in the source (`Фото: Ақорда`). */
  readonly raw: string;
}

/** A news-agency dateline lifted from the start of the body (`TIANJIN, September 1. /TASS/.`). */
export interface Dateline {
  /** The place as written (`TIANJIN`, `ТЯНЬЦЗИНЬ`, `天津`). */
  readonly place: string;
  /** The whole dateline as it stood in the source. */
  readonly raw: string;
}

export interface Article {
  /** Where it came from, for error messages and provenance: a path, `-`, or `path:line` for JSONL. */
  readonly source: string;
  readonly url: string | null;
  readonly title: string | null;
  /** `YYYY-MM-DD` when the source or its text states it, else null. */
  readonly date: string | null;
  /** A language the source declares (JSON `lang`, HTML `lang`, front matter); null when none. */
  readonly lang: string | null;
  /** The main text with credit lines, the leading date marker and datelines lifted out; not yet normalized. */
  readonly body: string;
  readonly credits: readonly Credit[];
  /** The dateline that opened the body, when there was one; its day and month fill `date` only when the year is known. */
  readonly dateline?: Dateline;
}

/** One input that could not become an article; the batch goes on without it. */
export interface IngestFailure {
  readonly source: string;
  readonly reason: string;
}

export type IngestResult =
  | { readonly kind: 'article'; readonly article: Article }
  | { readonly kind: 'failure'; readonly failure: IngestFailure };
