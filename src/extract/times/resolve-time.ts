/**
 * Turns the roles a time rule captured into a TIMEX3 value, resolved against the article date.
 * Choices, for the record: a month without a year takes the article's year (`11月` in a September
 * article → this November); a weekday without a week is the nearest such day, before or after
 * (`周一` in a Thursday article → this Monday); `今天`/`today` is the article date. Without an
 * article date, relative times are not resolved and a month keeps an unknown year (`XXXX-11`).
 */
import type { Capture } from '../rules/rule-compiler.js';
import {
  addDays, addMonths, formatDate, formatMonth, formatWeek, formatYear, isoWeek, isoWeekday,
  isValidDate, type CalendarDate,
} from './calendar.js';
import type { TimeType } from './times-pack.js';

export interface ResolvedTime {
  readonly value: string;
  readonly type: TimeType;
}

type Roles = Readonly<Partial<Record<string, Capture>>>;

const FULL_WIDTH_ZERO = 0xff10;

/** A role's number: a table value, a parsed numeral `{ value }`, or its own digits. */
function numberOf(capture: Capture | undefined): number | undefined {
  if (capture === undefined) return undefined;
  const { value } = capture;
  if (typeof value === 'number') return value;
  if (value !== null && typeof value === 'object' && typeof (value as { value?: unknown }).value === 'number') {
    return (value as { value: number }).value;
  }
  let digits = '';
  for (const ch of capture.text) {
    const code = ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - FULL_WIDTH_ZERO;
    if (code < 0 || code > 9) return undefined;
    digits += String(code);
  }
  return digits === '' ? undefined : Number(digits);
}

function resolveWeekday(reference: CalendarDate, weekday: number, relWeek: number | undefined): CalendarDate {
  const today = isoWeekday(reference);
  if (relWeek !== undefined) return addDays(reference, relWeek * 7 + weekday - today);
  let delta = weekday - today;
  if (delta > 3) delta -= 7;
  if (delta < -3) delta += 7;
  return addDays(reference, delta);
}

function resolveDate(roles: Roles, reference: CalendarDate | undefined): string | undefined {
  const relDay = numberOf(roles['relDay']);
  const relWeek = numberOf(roles['relWeek']);
  const relMonth = numberOf(roles['relMonth']);
  const relYear = numberOf(roles['relYear']);
  const weekday = numberOf(roles['weekday']);
  const relative = [relDay, relWeek, relMonth, relYear, weekday].some((n) => n !== undefined);
  if (relative && reference === undefined) return undefined;
  if (reference !== undefined) {
    if (relDay !== undefined) return formatDate(addDays(reference, relDay));
    if (weekday !== undefined) {
      if (weekday < 1 || weekday > 7) return undefined;
      return formatDate(resolveWeekday(reference, weekday, relWeek));
    }
    if (relWeek !== undefined) {
      const { year, week } = isoWeek(addDays(reference, relWeek * 7));
      return formatWeek(year, week);
    }
  }
  let year = numberOf(roles['year']);
  let month = numberOf(roles['month']);
  const day = numberOf(roles['day']);
  if (relMonth !== undefined && reference !== undefined) {
    ({ year, month } = addMonths(reference.year, reference.month, relMonth));
  } else if (relYear !== undefined && reference !== undefined) {
    year = reference.year + relYear;
  }
  if (year === undefined && month !== undefined) year = reference?.year;
  if (month === undefined) {
    if (day !== undefined || year === undefined) return undefined;
    return year >= 1 && year <= 9999 ? formatYear(year) : undefined;
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (day === undefined) return year === undefined ? `XXXX-${String(month).padStart(2, '0')}` : formatMonth(year, month);
  if (year === undefined) return day >= 1 && day <= 31 ? `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : undefined;
  return isValidDate(year, month, day) ? formatDate({ year, month, day }) : undefined;
}

export function resolveTime(roles: Roles, reference: CalendarDate | undefined): ResolvedTime | undefined {
  const set = roles['set'];
  if (set !== undefined) return typeof set.value === 'string' ? { value: set.value, type: 'SET' } : undefined;
  const unit = roles['unit'];
  if (unit !== undefined) {
    const n = roles['number'] === undefined ? 1 : numberOf(roles['number']);
    if (n === undefined || !(n > 0) || n > 10_000 || typeof unit.value !== 'string') return undefined;
    return { value: `P${n}${unit.value}`, type: 'DURATION' };
  }
  const value = resolveDate(roles, reference);
  return value === undefined ? undefined : { value, type: 'DATE' };
}
