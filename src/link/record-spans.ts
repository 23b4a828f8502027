/**
 * Span lookups over one record, built once per article: which mentions, figures and times lie
 * inside a quote, which sentence and paragraph hold a figure, which quote encloses it. Layers are
 * sorted by start and searched by bisection, so linking an article stays near-linear in its size.
 */
import type {
  ArticleRecord, EntityType, FigureRecord, MentionRecord, Offsets, QuoteRecord, TimeRecord,
} from '../record/article-record.js';

interface Spanned { readonly start: number; readonly end: number }

const byStart = <T extends Spanned>(items: readonly T[]): readonly T[] =>
  [...items].sort((a, b) => a.start - b.start || a.end - b.end);

/** Index of the first item whose start is ≥ `at`. */
function lowerBound(items: readonly Spanned[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function inside<T extends Spanned>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(items, start); i < items.length && items[i]!.start < end; i++) {
    if (items[i]!.end <= end) out.push(items[i]!);
  }
  return out;
}

/** The item that holds `[start, end)`, for non-overlapping layers (sentences, paragraphs). */
function holding<T extends Spanned>(items: readonly T[], start: number, end: number): T | undefined {
  const i = lowerBound(items, start + 1) - 1;
  const item = i >= 0 ? items[i] : undefined;
  return item !== undefined && item.start <= start && end <= item.end ? item : undefined;
}

export class RecordSpans {
  readonly mentions: readonly MentionRecord[];
  readonly figures: readonly FigureRecord[];
  readonly times: readonly TimeRecord[];
  readonly quotes: readonly QuoteRecord[];
  private readonly sentences: readonly Offsets[];
  private readonly paragraphs: ArticleRecord['paragraphs'];
  private readonly types: ReadonlyMap<string, EntityType>;

  constructor(readonly record: ArticleRecord) {
    this.mentions = byStart(record.mentions);
    this.figures = byStart(record.figures);
    this.times = byStart(record.times);
    this.quotes = byStart(record.quotes);
    this.sentences = byStart(record.sentences);
    this.paragraphs = byStart(record.paragraphs);
    this.types = new Map(record.entities.map((e) => [e.id, e.type]));
  }

  typeOf(entity: string): EntityType | undefined {
    return this.types.get(entity) ?? (entity.split(':')[0] as EntityType | undefined);
  }

  mentionsIn(start: number, end: number): MentionRecord[] { return inside(this.mentions, start, end); }
  figuresIn(start: number, end: number): FigureRecord[] { return inside(this.figures, start, end); }
  timesIn(start: number, end: number): TimeRecord[] { return inside(this.times, start, end); }

  /** The sentence holding the span; the whole text when sentences were not split. */
  sentenceOf(start: number, end: number): Offsets {
    return holding(this.sentences, start, end) ?? this.paragraphOf(start, end);
  }

  paragraphOf(start: number, end: number): Offsets {
    const p = holding(this.paragraphs, start, end);
    return p ? { start: p.start, end: p.end } : { start: 0, end: this.record.text.length };
  }

  /** The paragraph's language (a report can quote another language), else the article's. */
  langAt(start: number, end: number): string {
    return holding(this.paragraphs, start, end)?.lang ?? this.record.lang;
  }

  /** The innermost quote whose span holds `[start, end)`; quotes may nest (reported in direct). */
  quoteHolding(start: number, end: number): QuoteRecord | undefined {
    let best: QuoteRecord | undefined;
    for (let i = lowerBound(this.quotes, start + 1) - 1; i >= 0; i--) {
      const q = this.quotes[i]!;
      if (q.start <= start && end <= q.end && (best === undefined || q.end - q.start < best.end - best.start)) best = q;
      // Quotes are short next to articles; stop once we are well before the span.
      if (start - q.start > 20_000) break;
    }
    return best;
  }
}
