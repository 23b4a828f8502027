/**
 * Candidate generation for statement linking: each statement is filed under a few keys, and a new
 * statement looks up the same keys for every day of the date window (wording keys: its own day).
 * Keys are what two reports of one utterance share without translation. A speaker alone is no
 * key: on a summit day one speaker has hundreds of statements, and a statement links only on
 * shared content anyway. So a key is a speaker (or stance holder) together with one thing the
 * statement names — an entity, an initiative, a figure, a time; a figure or an initiative alone,
 * for reports that lost the speaker; and, within one language, the smallest hashes of the
 * wording's token pairs (MinHash: two texts share their minimum hash with probability equal to
 * their Jaccard similarity). Statements with none of these meet only by alignment.
 *
 *   w:quote:person:x:organization:sco:2025-09-01     speaker with an entity, per day
 *   f:quote:USD:650000000000:2025-09-01              a figure
 *   i:stance:initiative:y:2025-09-01                 an initiative (or a stance's target)
 *   t:quote:zh:1234567:2025-09-01                    wording, one per TEXT_BANDS smallest hashes
 */
import type { StatementFingerprint } from './link-rows.js';
import { isDay, shiftDay } from './link-dates.js';
import { DATE_WINDOW_DAYS } from './statement-score.js';

export const TEXT_BANDS = 2;
const NO_DATE = 'nodate';

/**
 * How many things a statement is filed under with its speaker. Filing is a write (a row and an
 * index entry each), looking up is a read: a statement files its FILED_CONTENT most specific
 * things (figures, then initiatives, entities, times) and looks up all of them, so two reports
 * meet when one's filed things are among the other's things.
 */
export const FILED_CONTENT = 4;

/** Keys looked up over the whole date window; `filed` keeps only what a statement is filed under. */
function keysOf(fp: StatementFingerprint, filed = false): string[] {
  const keys = new Set<string>();
  const initiatives = fp.target === null ? fp.initiatives : [fp.target, ...fp.initiatives];
  const all = [...fp.figures, ...initiatives, ...fp.entities, ...fp.times];
  const content = filed ? all.slice(0, FILED_CONTENT) : all;
  for (const who of [fp.speaker, fp.holder]) {
    if (who !== null) for (const c of content) keys.add(`w:${fp.kind}:${who}:${c}`);
  }
  for (const f of fp.figures) keys.add(`f:${fp.kind}:${f}`);
  for (const i of initiatives) keys.add(`i:${fp.kind}:${i}`);
  return [...keys];
}

/**
 * Wording keys, looked up on the statement's own day only: they matter for a same-language
 * rewrite that names no speaker, figure or initiative, and such rewrites come out the same day.
 */
function wordingKeys(fp: StatementFingerprint): string[] {
  return fp.bands.map((h) => `t:${fp.kind}:${fp.lang}:${h}`);
}


/** The buckets a statement is filed under: its keys on its own date. */
export function fileBuckets(fp: StatementFingerprint): string[] {
  const day = fp.date !== null && isDay(fp.date) ? fp.date : NO_DATE;
  return [...keysOf(fp, true), ...wordingKeys(fp)].map((k) => `${k}:${day}`);
}

/** The buckets to look a statement's candidates up in: its keys on every day of the window. */
export function queryBuckets(fp: StatementFingerprint): string[] {
  const keys = keysOf(fp);
  if (fp.date === null || !isDay(fp.date)) return [...keys, ...wordingKeys(fp)].map((k) => `${k}:${NO_DATE}`);
  const days = windowOf(fp.date);
  const out: string[] = wordingKeys(fp).map((k) => `${k}:${fp.date}`);
  for (const k of keys) for (const day of days) out.push(`${k}:${day}`);
  return out;
}

// An article's statements share a day, and a corpus has few distinct days: build each window once.
let lastDay = '';
let lastWindow: readonly string[] = [];

function windowOf(day: string): readonly string[] {
  if (day !== lastDay) {
    const days: string[] = [];
    for (let d = -DATE_WINDOW_DAYS; d <= DATE_WINDOW_DAYS; d++) days.push(shiftDay(day, d));
    lastDay = day;
    lastWindow = days;
  }
  return lastWindow;
}
