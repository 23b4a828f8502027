/**
 * Sentences with the language pack of the paragraph they sit in, and the claimless spans inside
 * them: the unit both the times and the figures stage match over.
 */
import type { PackSet } from '../../lang/pack-set.js';
import type { Doc } from '../doc.js';
import type { Span } from './claimless-spans.js';

export interface SentenceUnit {
  readonly start: number;
  readonly end: number;
  /** Pack code of the sentence's paragraph (`zh` for `zh-Hant`), undefined when no pack fits. */
  readonly code: string | undefined;
  /** The paragraph the sentence sits in (the whole text when there are no paragraphs). */
  readonly paragraph: Span;
}

/** Sentences in order, each with its paragraph's pack code; one linear walk over both layers. */
export function sentenceUnits(doc: Doc, packs: PackSet): SentenceUnit[] {
  const paragraphs = doc.getOrEmpty('paragraphs');
  const out: SentenceUnit[] = [];
  const codes = new Map<string, string | undefined>();
  const codeFor = (lang: string) => {
    if (!codes.has(lang)) codes.set(lang, packs.codeFor(lang) ?? packs.codeFor(doc.lang));
    return codes.get(lang);
  };
  let p = 0;
  for (const s of doc.getOrEmpty('sentences')) {
    while (p < paragraphs.length && paragraphs[p]!.end <= s.start) p++;
    const paragraph = paragraphs[p];
    const inside = paragraph !== undefined && paragraph.start <= s.start;
    out.push({
      start: s.start,
      end: s.end,
      code: codeFor(inside ? paragraph.lang : doc.lang),
      paragraph: inside ? { start: paragraph.start, end: paragraph.end } : { start: 0, end: doc.text.length },
    });
  }
  return out;
}

/**
 * Claimless spans per paragraph, found once and handed out sentence by sentence: a paragraph's
 * quotes pair up across its sentences, and one scan per paragraph is cheaper than one per sentence.
 */
export class ParagraphSpans {
  private paragraph: Span | undefined;
  private spans: Span[] = [];

  constructor(private readonly find: (code: string, text: string, start: number, end: number) => Span[]) {}

  of(text: string, unit: SentenceUnit): Span[] {
    const p = unit.paragraph;
    if (this.paragraph === undefined || this.paragraph.start !== p.start || this.paragraph.end !== p.end) {
      this.paragraph = p;
      this.spans = unit.code === undefined ? [] : this.find(unit.code, text, p.start, p.end);
    }
    return this.spans;
  }
}

/** The spans of a sorted list that overlap [start, end), found from a cursor that only moves forward. */
export class SpanCursor {
  private i = 0;
  constructor(private readonly spans: readonly Span[]) {}

  /** The first span overlapping [start, end); calls must come with non-decreasing `start`. */
  overlap(start: number, end: number): Span | undefined {
    while (this.i < this.spans.length && this.spans[this.i]!.end <= start) this.i++;
    for (let j = this.i; j < this.spans.length; j++) {
      const s = this.spans[j]!;
      if (s.start >= end) return undefined;
      if (s.end > start) return s;
    }
    return undefined;
  }
}

/** The span of a list sorted by start (and not overlapping) that contains `at`, by binary search. */
export function spanContaining<S extends Span>(spans: readonly S[], at: number): S | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (s.start > at) hi = mid - 1;
    else if (s.end <= at) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The first span of a list sorted by start whose start is at or after `at`, by binary search. */
export function firstStartingFrom<S extends Span>(spans: readonly S[], at: number): S | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return spans[lo];
}
