/**
 * Turns an article's quotes and stances into language-independent fingerprints: who spoke, when,
 * which entities, initiatives, figures and times the statement holds, where it stands among the
 * article's statements, and a sketch of its wording. Only the sketch depends on the language.
 */
import type { ArticleRecord, FigureRecord, QuoteRecord, StanceRecord } from '../record/article-record.js';
import type { StatementFingerprint } from './link-rows.js';
import { isDay } from './link-dates.js';
import type { RecordSpans } from './record-spans.js';
import { TEXT_BANDS } from './statement-buckets.js';
import { wordingOf } from './text-sketch.js';

export interface StatementDraft {
  readonly key: string;
  readonly articleId: string;
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly label: string;
  readonly fingerprint: StatementFingerprint;
}

/** The date statements in this article were made: the one event's date if it names one, else the article's. */
export function statementDate(record: ArticleRecord): string | null {
  const dates = new Set(record.events.map((e) => e.date).filter((d): d is string => typeof d === 'string' && isDay(d)));
  if (dates.size === 1) return [...dates][0]!;
  return record.date !== null && isDay(record.date) ? record.date : null;
}

export const baseLang = (tag: string) => tag.toLowerCase().split('-')[0] ?? tag;

/** `USD:650000000000`: three significant digits, so 6500亿 and 650 billion meet however printed. */
export function figureKey(figure: Pick<FigureRecord, 'unit' | 'value'>): string {
  const value = Number.isFinite(figure.value) ? Number(figure.value.toPrecision(3)) : figure.value;
  return `${figure.unit}:${value}`;
}

const wording = (text: string) => wordingOf(text, TEXT_BANDS);

const sortedUnique = (items: Iterable<string>) => [...new Set(items)].sort();

interface SpanContent {
  entities: string[];
  initiatives: string[];
  figures: string[];
  times: string[];
}

function contentOf(spans: RecordSpans, start: number, end: number, exclude: ReadonlySet<string>): SpanContent {
  const entities: string[] = [];
  const initiatives: string[] = [];
  for (const m of spans.mentionsIn(start, end)) {
    if (exclude.has(m.entity)) continue;
    (spans.typeOf(m.entity) === 'initiative' ? initiatives : entities).push(m.entity);
  }
  return {
    entities: sortedUnique(entities),
    initiatives: sortedUnique(initiatives),
    figures: sortedUnique(spans.figuresIn(start, end).map(figureKey)),
    times: sortedUnique(spans.timesIn(start, end).map((t) => t.value)),
  };
}

function quoteDraft(record: ArticleRecord, spans: RecordSpans, q: QuoteRecord, index: number, ordinal: number, count: number, date: string | null): StatementDraft {
  const exclude = new Set(q.speaker ? [q.speaker] : []);
  return {
    key: `${record.id}#q${index}`,
    articleId: record.id,
    index,
    start: q.start,
    end: q.end,
    text: q.text,
    label: q.kind,
    fingerprint: {
      kind: 'quote', lang: baseLang(spans.langAt(q.start, q.end)), date,
      speaker: q.speaker, holder: null, stance: null, target: null, proposer: null,
      ...contentOf(spans, q.start, q.end, exclude),
      ordinal, count, ...wording(q.text),
    },
  };
}

function stanceDraft(record: ArticleRecord, spans: RecordSpans, s: StanceRecord, index: number, ordinal: number, count: number, date: string | null): StatementDraft {
  const start = Math.min(s.start, s.target.start);
  const end = Math.max(s.end, s.target.end);
  const exclude = new Set([s.holder, s.speaker, s.target.initiative].filter((x): x is string => typeof x === 'string'));
  return {
    key: `${record.id}#s${index}`,
    articleId: record.id,
    index,
    start: s.start,
    end: s.end,
    text: s.text,
    label: s.type,
    fingerprint: {
      kind: 'stance', lang: baseLang(spans.langAt(s.start, s.end)), date,
      speaker: s.speaker ?? null, holder: s.holder, stance: s.type, target: s.target.initiative ?? null,
      proposer: s.target.proposer ?? null,
      ...contentOf(spans, start, end, exclude),
      ordinal, count, ...wording(record.text.slice(start, end)),
    },
  };
}

/** Every quote and stance of the article, in text order within each kind. */
export function statementsOf(record: ArticleRecord, spans: RecordSpans): StatementDraft[] {
  const date = statementDate(record);
  const order = <T extends { start: number; end: number }>(items: readonly T[]) =>
    items.map((item, index) => ({ item, index })).sort((a, b) => a.item.start - b.item.start || a.item.end - b.item.end);
  const out: StatementDraft[] = [];
  const quotes = order(record.quotes);
  quotes.forEach(({ item, index }, ordinal) => out.push(quoteDraft(record, spans, item, index, ordinal, quotes.length, date)));
  const stances = order(record.stances);
  stances.forEach(({ item, index }, ordinal) => out.push(stanceDraft(record, spans, item, index, ordinal, stances.length, date)));
  return out;
}
