/**
 * Calendar dates as the record writes them (`YYYY-MM-DD`), and the forms sources state them in:
 * ISO 8601 with or without a time (`2025-09-01T10:00:00+06:00` keeps the publisher's local date),
 * `2025/09/01`, `01.09.2025`, `2025年9月1日`, `20250901`, `September 1, 2025`, `1 Sep 2025`,
 * `Mon, 01 Sep 2025 10:00:00 GMT`. Anything else is no date: a wrong date is worse than none.
 */
import { monthNumber } from './month-names.js';

const YMD = /^(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?![\d])/;
const DMY = /^(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})(?![\d])/;
const ZH = /^(?<y>\d{4})\s?年\s?(?<m>\d{1,2})\s?月\s?(?<d>\d{1,2})\s?日/;
const COMPACT = /^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})$/;
const DAY_MONTH_YEAR = /^(?:\p{L}{2,9}\.?,?\s{1,3})?(?<d>\d{1,2})\s{1,3}(?<mon>\p{L}{3,12})\.?,?\s{1,3}(?<y>\d{4})(?![\d])/u;
const MONTH_DAY_YEAR = /^(?<mon>\p{L}{3,12})\.?\s{1,3}(?<d>\d{1,2}),?\s{1,3}(?<y>\d{4})(?![\d])/u;
const LEADING_YEAR = /^(?<y>\d{4})(?:$|[-/.年\sT])/;

/** Fold full-width digits (`２０２５`) to ASCII so that one set of patterns reads both. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** `YYYY-MM-DD` for a real calendar day between 1900 and 2100, else null. */
export function formatDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A stated date in any of the forms above, as `YYYY-MM-DD`, or null. */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const text = asciiDigits(raw.trim()).slice(0, 64);
  for (const pattern of [YMD, DMY, ZH, COMPACT]) {
    const g = pattern.exec(text)?.groups;
    if (g) return formatDate(Number(g['y']), Number(g['m']), Number(g['d']));
  }
  for (const pattern of [DAY_MONTH_YEAR, MONTH_DAY_YEAR]) {
    const g = pattern.exec(text)?.groups;
    const month = g ? monthNumber(g['mon'] ?? '') : undefined;
    if (g && month !== undefined) return formatDate(Number(g['y']), month, Number(g['d']));
  }
  return null;
}

/** The year a partial or full date states (`2025`, `2025-09`), for completing a dateline's day and month. */
export function yearOf(raw: string | null | undefined): number | undefined {
  if (typeof raw !== 'string') return undefined;
  const g = LEADING_YEAR.exec(asciiDigits(raw.trim()))?.groups;
  const year = Number(g?.['y']);
  return g && year >= 1900 && year <= 2100 ? year : undefined;
}

// A year in a URL path: `/2025/09/01/`, `/2025-09-01-slug`, `/20250901/`. Only path segments count,
// so a number in the host or in a query id is not taken for a year.
const URL_YEAR = /\/(?<y>(?:19|20)\d{2})(?:[-/_]?(?:0[1-9]|1[0-2])(?:[-/_]?(?:0[1-9]|[12]\d|3[01]))?)?(?=[-/_.]|$)/;

export function yearFromUrl(url: string | null | undefined): number | undefined {
  if (typeof url !== 'string') return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const year = Number(URL_YEAR.exec(path.slice(0, 2000))?.groups?.['y']);
  return Number.isNaN(year) ? undefined : year;
}
