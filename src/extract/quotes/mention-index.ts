/**
 * The mentions layer, searchable by offset: which mentions fall in a speaker slot, and where a
 * subject made of mentions ends. Mentions may nest (`哈萨克斯坦总统托卡耶夫` and `哈萨克斯坦`), so
 * their ends are not sorted: searches go by start, reaching back by the longest mention.
 */
import type { MentionRecord, Offsets } from '../../record/article-record.js';

const SPACE = /\s/u;

export class MentionIndex {
  private readonly longest: number;

  constructor(
    private readonly text: string,
    /** Sorted by start. */
    private readonly mentions: readonly MentionRecord[],
    /** Entity id → type (`person`, `country`…). */
    readonly types: ReadonlyMap<string, string>,
  ) {
    this.longest = mentions.reduce((n, m) => Math.max(n, m.end - m.start), 0);
  }

  private firstFrom(at: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < at) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** Mentions overlapping `span`, in text order. */
  within(span: Offsets): MentionRecord[] {
    const out: MentionRecord[] = [];
    for (let k = this.firstFrom(span.start - this.longest); k < this.mentions.length; k++) {
      const m = this.mentions[k]!;
      if (m.start >= span.end) break;
      if (m.end > span.start) out.push(m);
    }
    return out;
  }

  private isPerson(m: MentionRecord): boolean {
    return this.types.get(m.entity) === 'person';
  }

  /**
   * The run of adjacent mentions that starts at `at` and ends with its first person
   * (`Валдория Президенті Арвид Каллен`), or undefined when no mention starts there: it fixes
   * where a subject ends better than a pattern. After a person the run stops: in `Каллен Острения
   * одағы … екенін атап өтті` the organization begins the content.
   */
  runAt(at: number, limit: number): Offsets | undefined {
    let end = -1;
    let person = false;
    let k = this.firstFrom(at);
    for (; k < this.mentions.length && this.mentions[k]!.start === at; k++) {
      const m = this.mentions[k]!;
      if (m.end <= limit && m.end > end) { end = m.end; person = this.isPerson(m); }
    }
    if (end < 0) return undefined;
    for (; k < this.mentions.length && !person; k++) {
      const next = this.mentions[k]!;
      if (next.start < end) continue;
      // Adjacent means one space apart at most.
      if (next.end > limit || next.start - end > 1 || (next.start > end && !SPACE.test(this.text[end]!))) break;
      end = next.end;
      person = this.isPerson(next);
    }
    return { start: at, end };
  }
}
