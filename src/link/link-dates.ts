/** Calendar days as `YYYY-MM-DD` strings: the only date arithmetic linking needs. */

const DAY_MS = 86_400_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const parse = (day: string) => Date.parse(`${day}T00:00:00Z`);

// Candidate scoring compares the same few days many thousand times: parse each once.
const MEMO_LIMIT = 10_000;
const memo = new Map<string, number>();

/** The day's number since 1970, or NaN when it is not a real calendar day. */
function dayNumber(day: string): number {
  let n = memo.get(day);
  if (n === undefined) {
    const t = DAY.test(day) ? parse(day) : Number.NaN;
    // `2025-02-30` parses (rolled over to March), so a day must print back as itself.
    n = !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === day ? t / DAY_MS : Number.NaN;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(day, n);
  }
  return n;
}

export function isDay(day: string): boolean {
  return !Number.isNaN(dayNumber(day));
}

/** Days between two days, or NaN when either is not a day. */
export function daysBetween(a: string, b: string): number {
  return Math.abs(dayNumber(a) - dayNumber(b));
}

export function shiftDay(day: string, days: number): string {
  return new Date(parse(day) + days * DAY_MS).toISOString().slice(0, 10);
}
