/**
 * Lifts a leading date marker (`date 2025-09-01`) that some feeds glue to the first sentence:
 * ` date 2025-09-01 国家元首感谢…` → date `2025-09-01`, line `国家元首感谢…`. The marker may
 * also stand alone on the first line, with a colon (`Date: 2025-09-01`).
 */
import { formatDate } from './calendar-date.js';

const LEADING_DATE = /^[\s\uFEFF]{0,20}date[ \t]{0,3}:?[ \t]{0,3}(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!\d)[ \t]{0,10}/i;

export interface LiftedDate {
  readonly date: string;
  /** The line with the marker removed (empty when the marker stood alone). */
  readonly rest: string;
}

export function liftLeadingDate(line: string): LiftedDate | undefined {
  const match = LEADING_DATE.exec(line);
  const g = match?.groups;
  if (!match || !g) return undefined;
  const date = formatDate(Number(g['y']), Number(g['m']), Number(g['d']));
  if (date === null) return undefined;
  return { date, rest: line.slice(match[0].length) };
}
