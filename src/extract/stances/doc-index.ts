/**
 * Look-ups the stance and event engines make many times per document — the mention before a
 * position, the quote around it, the sentence it sits in — answered by binary search over the
 * layers sorted once, so a document costs O(n log n) however many cues it holds.
 */
import type {
  EntityRecord, EntityType, MentionRecord, Offsets, ParagraphRecord, QuoteRecord,
} from '../../record/article-record.js';
import type { Doc } from '../doc.js';

/** Index of the first item whose `start` is >= pos. */
function lowerBound(items: readonly Offsets[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

const byStart = (a: Offsets, b: Offsets) => a.start - b.start || a.end - b.end;

/** The layer in start order: stages usually write it so, and then it is used as it is. */
function sorted<T extends Offsets>(items: readonly T[]): readonly T[] {
  for (let i = 1; i < items.length; i++) if (byStart(items[i - 1]!, items[i]!) > 0) return [...items].sort(byStart);
  return items;
}

export class DocIndex {
  readonly mentions: readonly MentionRecord[];
  readonly quotes: readonly QuoteRecord[];
  readonly sentences: readonly Offsets[];
  readonly paragraphs: readonly ParagraphRecord[];
  readonly entities: ReadonlyMap<string, EntityRecord>;
  private readonly longestQuote: number;

  constructor(doc: Doc) {
    this.mentions = sorted(doc.getOrEmpty('mentions'));
    this.quotes = sorted(doc.getOrEmpty('quotes'));
    this.sentences = sorted(doc.getOrEmpty('sentences'));
    this.paragraphs = sorted(doc.getOrEmpty('paragraphs'));
    this.entities = new Map(doc.getOrEmpty('entities').map((e) => [e.id, e]));
    this.longestQuote = this.quotes.reduce((max, q) => Math.max(max, q.end - q.start), 0);
  }

  typeOf(id: string): EntityType | undefined {
    return this.entities.get(id)?.type ?? (id.slice(0, id.indexOf(':')) as EntityType);
  }

  /** The sentence holding `pos`, or the whole paragraph (or text) when sentences are missing. */
  sentenceAt(pos: number, textLength: number): Offsets {
    const found = containing(this.sentences, pos) ?? containing(this.paragraphs, pos);
    return found ?? { start: 0, end: textLength };
  }

  paragraphAt(pos: number): ParagraphRecord | undefined {
    return containing(this.paragraphs, pos) as ParagraphRecord | undefined;
  }

  /** The shortest quote whose span holds [start, end). */
  quoteAround(start: number, end: number): QuoteRecord | undefined {
    let best: QuoteRecord | undefined;
    for (let i = lowerBound(this.quotes, start + 1) - 1; i >= 0; i--) {
      const quote = this.quotes[i]!;
      if (quote.start < start - this.longestQuote) break;
      if (quote.start <= start && end <= quote.end && (!best || quote.end - quote.start < best.end - best.start)) best = quote;
    }
    return best;
  }

  /** Mentions lying wholly inside [from, to), in text order. */
  mentionsIn(from: number, to: number): MentionRecord[] {
    const out: MentionRecord[] = [];
    for (let i = lowerBound(this.mentions, from); i < this.mentions.length; i++) {
      const m = this.mentions[i]!;
      if (m.start >= to) break;
      if (m.end <= to) out.push(m);
    }
    return out;
  }

  /** The mention ending last at or before `pos` and starting at or after `floor` that `accept` takes. */
  lastMentionBefore(pos: number, floor: number, accept: (m: MentionRecord) => boolean): MentionRecord | undefined {
    let best: MentionRecord | undefined;
    for (let i = lowerBound(this.mentions, pos) - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.start < floor) break;
      if (m.end <= pos && accept(m) && (!best || m.end > best.end)) best = m;
    }
    return best;
  }

  firstMentionIn(from: number, to: number, accept: (m: MentionRecord) => boolean): MentionRecord | undefined {
    return this.mentionsIn(from, to).find(accept);
  }
}

function containing(items: readonly Offsets[], pos: number): Offsets | undefined {
  const i = lowerBound(items, pos + 1) - 1;
  const item = i >= 0 ? items[i] : undefined;
  return item && item.start <= pos && pos < item.end ? item : undefined;
}
