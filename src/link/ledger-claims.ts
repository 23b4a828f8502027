/**
 * Figures as ledger claims: what a figure measures, of whom, in which unit and year, and who
 * claims it. The key groups claims that can be compared (figure-ledger.ts compares them).
 *
 * - measure: the measure word (measures-pack.ts) nearest the figure in its clause (for a count:
 *   in its subject or right next to it, since counts mostly count things); if the clause
 *   has none, the sentence up to the clause's end ("Intra-regional trade has grown, and last year
 *   it amounted to …"). A ratio (share, growth) combines with the nearest base measure found the
 *   same way: `share:gdp`. Qualifiers (intra, world, ai…) come from the same window.
 * - scope: countries and organisations in the figure's subject, else the window its measure was
 *   found in, else its sentence, else the nearest one earlier in its paragraph (the trade "within
 *   the region" of the SCO named a sentence before). The claimant is never its own scope.
 * - year: the figure's own time, else the nearest dated time in its sentence, else the year the
 *   statement was made: a figure with no time is a figure about now.
 * - claimant: the speaker of the quote holding the figure; null when the outlet says it itself.
 */
import type { ArticleRecord, FigureRecord, MentionRecord, Offsets } from '../record/article-record.js';
import type { ClaimRow } from './link-rows.js';
import type { MeasureHit, MeasureMatcher } from './measure-matcher.js';
import type { MeasureConcept, MeasureQualifier } from './measure-types.js';
import { RATIO_CONCEPTS } from './measures-pack.js';
import type { RecordSpans } from './record-spans.js';
import { baseLang, statementDate } from './statement-fingerprint.js';

const MONEY = /^[A-Z]{3}$/;
const LEDGER_UNITS = new Set(['percent', 'count']);
const MAX_CONTEXT = 400;
const SCOPE_TYPES = new Set(['country', 'organization']);
/** How far from a count its measure word may stand, in UTF-16 units. */
const COUNT_REACH = 12;

export const isLedgerUnit = (unit: string) => MONEY.test(unit) || LEDGER_UNITS.has(unit);

/** Separators between clauses; an ASCII comma only before a space, so `1,5` and `1,500` stay whole. */
function isClauseBreak(text: string, i: number): boolean {
  const c = text[i]!;
  if ('，；;：、'.includes(c)) return c !== '、';
  if (c === ',' || c === ':') return /\s/.test(text[i + 1] ?? '');
  return false;
}

function clauseOf(text: string, figure: Offsets, sentence: Offsets): Offsets {
  let start = figure.start;
  while (start > sentence.start && !isClauseBreak(text, start - 1)) start--;
  let end = figure.end;
  while (end < sentence.end && !isClauseBreak(text, end)) end++;
  return { start, end };
}

const distance = (hit: MeasureHit, f: Offsets) => (hit.end <= f.start ? f.start - hit.end : hit.start >= f.end ? hit.start - f.end : 0);

function nearest(hits: readonly MeasureHit[], f: Offsets, ratio: boolean): MeasureConcept | undefined {
  let best: MeasureHit | undefined;
  for (const h of hits) {
    if (h.kind !== 'measure' || RATIO_CONCEPTS.has(h.name as MeasureConcept) !== ratio) continue;
    if (best === undefined || distance(h, f) < distance(best, f)) best = h;
  }
  return best?.name as MeasureConcept | undefined;
}

interface Measured {
  readonly measure: string;
  readonly concepts: MeasureConcept[];
  readonly qualifiers: MeasureQualifier[];
  /** Where the measure was found: the clause, or the sentence up to the clause's end. */
  readonly window: Offsets;
}

/**
 * A count measures something only when the measure word is its own subject or stands right next
 * to it (`population of 19 million`); otherwise it counts things ("between two member states"
 * near "re-exports" is no count of exports).
 */
function countMeasureOf(record: ArticleRecord, spans: RecordSpans, matcher: MeasureMatcher, figure: FigureRecord, sentence: Offsets): Measured | undefined {
  const lang = spans.langAt(figure.start, figure.end);
  const clause = clauseOf(record.text, figure, sentence);
  const hits = figure.subject
    ? matcher.find(record.text, figure.subject.start, figure.subject.end, lang)
    : matcher.find(record.text, clause.start, clause.end, lang).filter((h) => distance(h, figure) <= COUNT_REACH);
  const base = nearest(hits, figure, false);
  if (base === undefined) return undefined;
  const qualifiers = [...new Set(hits.filter((h) => h.kind === 'qualifier').map((h) => h.name as MeasureQualifier))].sort();
  return { measure: base, concepts: [base], qualifiers, window: clause };
}

function measureOf(record: ArticleRecord, spans: RecordSpans, matcher: MeasureMatcher, figure: FigureRecord, sentence: Offsets): Measured | undefined {
  if (figure.unit === 'count') return countMeasureOf(record, spans, matcher, figure, sentence);
  const lang = spans.langAt(figure.start, figure.end);
  const clause = clauseOf(record.text, figure, sentence);
  let window = clause;
  let hits = matcher.find(record.text, clause.start, clause.end, lang);
  if (figure.subject) hits = [...hits, ...matcher.find(record.text, figure.subject.start, figure.subject.end, lang)];
  if (nearest(hits, figure, false) === undefined) {
    hits = [...hits, ...matcher.find(record.text, sentence.start, clause.start, lang)];
    window = { start: sentence.start, end: clause.end };
  }
  const base = nearest(hits, figure, false);
  const ratio = nearest(hits, figure, true);
  const concepts = [ratio, base].filter((c): c is MeasureConcept => c !== undefined);
  if (concepts.length === 0) return undefined;
  const qualifiers = [...new Set(hits.filter((h) => h.kind === 'qualifier').map((h) => h.name as MeasureQualifier))].sort();
  return { measure: concepts.join(':'), concepts, qualifiers, window };
}

/** The claimant is who speaks, not what the figure is about, so it never counts as scope. */
function scopeOf(spans: RecordSpans, figure: FigureRecord, sentence: Offsets, window: Offsets, claimant: string | null): string[] {
  const isScope = (m: MentionRecord) => m.entity !== claimant && SCOPE_TYPES.has(spans.typeOf(m.entity) ?? '');
  const within = (o: Offsets) => [...new Set(spans.mentionsIn(o.start, o.end).filter(isScope).map((m) => m.entity))].sort();
  for (const o of [figure.subject, window, sentence]) {
    const found = o ? within(o) : [];
    if (found.length > 0) return found;
  }
  const paragraph = spans.paragraphOf(figure.start, figure.end);
  const before = spans.mentionsIn(paragraph.start, sentence.start).filter(isScope);
  return before.length > 0 ? [before[before.length - 1]!.entity] : [];
}

function yearOf(spans: RecordSpans, figure: FigureRecord, sentence: Offsets, fallback: string | null): string | null {
  const own = figure.time?.match(/^\d{4}/)?.[0];
  if (own !== undefined) return own;
  let best: { year: string; distance: number } | undefined;
  for (const t of spans.timesIn(sentence.start, sentence.end)) {
    const year = t.type === 'DATE' ? t.value.match(/^\d{4}/)?.[0] : undefined;
    if (year === undefined || (t.start < figure.end && figure.start < t.end)) continue;
    const d = t.end <= figure.start ? figure.start - t.end : t.start - figure.end;
    if (best === undefined || d < best.distance) best = { year, distance: d };
  }
  return best?.year ?? fallback?.slice(0, 4) ?? null;
}

export function ledgerKey(c: Pick<ClaimRow, 'measure' | 'qualifiers' | 'scope' | 'unit' | 'year'>): string {
  return [c.measure, c.qualifiers.join('+'), c.scope.join('+'), c.unit, c.year ?? '-'].join('|');
}

export function claimsOf(record: ArticleRecord, spans: RecordSpans, matcher: MeasureMatcher): ClaimRow[] {
  const quoteIndex = new Map(record.quotes.map((q, i) => [q, i]));
  const date = statementDate(record);
  const claims: ClaimRow[] = [];
  for (const figure of spans.figures) {
    if (!isLedgerUnit(figure.unit) || !Number.isFinite(figure.value)) continue;
    const sentence = spans.sentenceOf(figure.start, figure.end);
    const measured = measureOf(record, spans, matcher, figure, sentence);
    if (measured === undefined) continue;
    const quote = spans.quoteHolding(figure.start, figure.end);
    const claimant = quote?.speaker ?? null;
    const scope = scopeOf(spans, figure, sentence, measured.window, claimant);
    const year = yearOf(spans, figure, sentence, date);
    const { measure, qualifiers } = measured;
    claims.push({
      ledgerKey: ledgerKey({ measure, qualifiers, scope, unit: figure.unit, year }),
      measure, qualifiers, concepts: measured.concepts, scope, unit: figure.unit, year,
      value: figure.value, max: figure.max ?? null, approx: figure.approx,
      claimant, articleId: record.id, date, lang: baseLang(spans.langAt(figure.start, figure.end)),
      start: figure.start, end: figure.end, text: figure.text,
      context: record.text.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_CONTEXT)),
      statementKey: quote ? `${record.id}#q${quoteIndex.get(quote)}` : null,
    });
  }
  return claims;
}
