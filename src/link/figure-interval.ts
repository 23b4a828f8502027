/**
 * The values a claimed figure allows, as an interval. Two claims about one measure disagree only
 * when their intervals do not meet: "more than $650 billion" and "$700 billion" agree, "more than
 * $650 billion" and "$590 billion" do not.
 *
 * exact ±1% (rounding in print: 6500亿 may stand for 6,496 or 6,504); about ±10% (接近, about,
 * почти); more_than (v, ∞); at_least [v, ∞); less_than (−∞, v); up_to (−∞, v]. A range `value–max`
 * widens by the same tolerance as its approximation.
 */
import type { Approx } from '../record/article-record.js';

export interface Interval {
  readonly low: number;
  readonly high: number;
  /** Whether `low` (`high`) itself belongs to the interval. */
  readonly lowClosed: boolean;
  readonly highClosed: boolean;
}

export const EXACT_TOLERANCE = 0.01;
export const ABOUT_TOLERANCE = 0.1;

function widen(low: number, high: number, tolerance: number): Interval {
  // Tolerances scale with magnitude; negative values widen away from zero too.
  const lo = low - Math.abs(low) * tolerance;
  const hi = high + Math.abs(high) * tolerance;
  return { low: lo, high: hi, lowClosed: true, highClosed: true };
}

export function intervalOf(value: number, approx: Approx, max?: number): Interval {
  const top = max !== undefined && max >= value ? max : value;
  switch (approx) {
    case 'exact': return widen(value, top, EXACT_TOLERANCE);
    case 'about': return widen(value, top, ABOUT_TOLERANCE);
    case 'more_than': return { low: value, high: Infinity, lowClosed: false, highClosed: false };
    case 'at_least': return { low: value, high: Infinity, lowClosed: true, highClosed: false };
    case 'less_than': return { low: -Infinity, high: top, lowClosed: false, highClosed: false };
    case 'up_to': return { low: -Infinity, high: top, lowClosed: false, highClosed: true };
    default: return widen(value, top, ABOUT_TOLERANCE);
  }
}

/** Whether two intervals share at least one value. */
export function intersects(a: Interval, b: Interval): boolean {
  if (a.high < b.low || b.high < a.low) return false;
  if (a.high === b.low) return a.highClosed && b.lowClosed;
  if (b.high === a.low) return b.highClosed && a.lowClosed;
  return true;
}

/** The smallest interval holding both: what several sources of one claim allow together. */
export function hull(a: Interval, b: Interval): Interval {
  const low = Math.min(a.low, b.low);
  const high = Math.max(a.high, b.high);
  return {
    low,
    high,
    lowClosed: (a.low === low && a.lowClosed) || (b.low === low && b.lowClosed),
    highClosed: (a.high === high && a.highClosed) || (b.high === high && b.highClosed),
  };
}

/** `(6.5e11, ∞)`, `[5.84e11, 5.96e11]`: for tables and flags. */
export function formatInterval(i: Interval): string {
  const num = (n: number) => (Number.isFinite(n) ? Number(n.toPrecision(4)).toString() : n > 0 ? '∞' : '−∞');
  return `${i.lowClosed ? '[' : '('}${num(i.low)}, ${num(i.high)}${i.highClosed ? ']' : ')'}`;
}
