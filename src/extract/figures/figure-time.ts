/**
 * The time a figure refers to: the nearest date before it in its sentence (去年规模超过6500亿美元,
 * 到2033年，…将达到5万亿美元), else the first date after it in its own clause ($70 billion in 2024).
 * Durations and sets are not a figure's time: `每年` says how often, not when.
 */
import type { TimeRecord } from '../../record/article-record.js';
import type { Span } from '../rules/claimless-spans.js';

/** Walks a sentence's dates alongside its figures, both in order, so each date is passed once. */
export class FigureTimes {
  private next = 0;

  constructor(private readonly dates: readonly TimeRecord[]) {}

  /** Figures must be asked for in order of their start. */
  timeOf(figure: Span, clause: Span | undefined): string | undefined {
    while (this.next < this.dates.length && this.dates[this.next]!.end <= figure.start) this.next++;
    const before = this.dates[this.next - 1];
    if (before !== undefined) return before.value;
    const after = this.dates[this.next];
    return after !== undefined && after.start >= figure.end && clause !== undefined && after.end <= clause.end ? after.value : undefined;
  }
}
