/**
 * A quote found but not yet attributed: its content span, its cue, and the stretches of text where
 * the speaker's mention should be. The binder turns candidates into `QuoteRecord`s.
 */
import type { Offsets } from '../../record/article-record.js';
import type { CompiledQuotesPack } from './compile-quote-rules.js';

export interface QuoteCandidate {
  readonly start: number;
  readonly end: number;
  readonly kind: 'direct' | 'reported';
  readonly cue: Offsets | undefined;
  /** Where the speaker's mention sits (a rule's `speaker` group, or the subject before a quote). */
  readonly speakerSlot: Offsets | undefined;
  /** Whose agent reported the words (`X's press service quoted him`): used when the slot holds a pronoun. */
  readonly ownerSlot: Offsets | undefined;
  /** Everything this quote consumed, attribution included: reported speech is not sought inside it. */
  readonly claim: Offsets;
  readonly confidence: number;
  readonly pack: CompiledQuotesPack;
  /** Set when the words continue an earlier quote (a second dash segment, `“…,” he said. “…”`). */
  readonly continues?: QuoteCandidate;
}

export function overlaps(a: Offsets, b: Offsets): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Claimed stretches of text, kept merged and sorted, with an overlap test by binary search. */
export class Claims {
  private readonly spans: Offsets[] = [];

  /** Index of the first claimed interval ending after `at`. */
  private firstEndingAfter(at: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.end <= at) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  add(span: Offsets): void {
    const k = this.firstEndingAfter(span.start);
    let start = span.start;
    let end = span.end;
    let n = 0;
    while (k + n < this.spans.length && this.spans[k + n]!.start <= end) {
      start = Math.min(start, this.spans[k + n]!.start);
      end = Math.max(end, this.spans[k + n]!.end);
      n++;
    }
    this.spans.splice(k, n, { start, end });
  }

  /** True when `span` overlaps any claimed interval. */
  hits(span: Offsets): boolean {
    const next = this.spans[this.firstEndingAfter(span.start)];
    return next !== undefined && next.start < span.end;
  }
}
