/**
 * Table rows put back together into the `rostrum.article/1` record they came from: optional
 * fields absent when their column is null, `extra` fields merged back, layers in their order.
 */
import {
  ARTICLE_SCHEMA, type ArticleRecord, type EntityRecord, type EventRecord, type FigureRecord,
  type MentionRecord, type QuoteRecord, type StanceRecord, type TimeRecord,
} from '../record/article-record.js';
import type {
  ArticleEntitiesTable, ArticlesTable, EventsTable, FiguresTable, MentionsTable, QuotesTable,
  StancesTable, TimesTable,
} from './store-schema.js';

export interface StoredRows {
  readonly article: ArticlesTable;
  readonly entities: readonly ArticleEntitiesTable[];
  readonly mentions: readonly MentionsTable[];
  readonly quotes: readonly QuotesTable[];
  readonly figures: readonly FiguresTable[];
  readonly times: readonly TimesTable[];
  readonly stances: readonly StancesTable[];
  readonly events: readonly EventsTable[];
}

type Extra = Record<string, unknown>;

function parseExtra(json: string | null): Extra {
  return json ? (JSON.parse(json) as Extra) : {};
}

/** Splits the nested extras (`$cue`, `$target`) from the item's own. */
function takeNested(extra: Extra, key: string): [Extra, Extra] {
  const { [key]: nested, ...own } = extra;
  return [own, (nested as Extra | undefined) ?? {}];
}

const span = (start: number, end: number, text: string) => ({ start, end, text });
const byOrd = <T extends { ord: number }>(rows: readonly T[]) => [...rows].sort((a, b) => a.ord - b.ord);

export function quoteFromRow(r: QuotesTable): QuoteRecord {
  const [own, cueExtra] = takeNested(parseExtra(r.extra), '$cue');
  return {
    ...span(r.span_start, r.span_end, r.text), kind: r.kind as QuoteRecord['kind'], speaker: r.speaker_id,
    ...(r.cue_start !== null && r.cue_end !== null ? { cue: { ...span(r.cue_start, r.cue_end, r.cue_text ?? ''), ...cueExtra } } : {}),
    confidence: r.confidence, ...own,
  };
}

export function figureFromRow(r: FiguresTable): FigureRecord {
  return {
    ...span(r.span_start, r.span_end, r.text), value: r.value, ...(r.max !== null ? { max: r.max } : {}),
    unit: r.unit, kind: r.kind, approx: r.approx as FigureRecord['approx'],
    ...(r.subject_start !== null && r.subject_end !== null ? { subject: span(r.subject_start, r.subject_end, r.subject_text ?? '') } : {}),
    ...(r.time !== null ? { time: r.time } : {}), ...parseExtra(r.extra),
  };
}

export function stanceFromRow(r: StancesTable): StanceRecord {
  const [own, targetExtra] = takeNested(parseExtra(r.extra), '$target');
  return {
    ...span(r.span_start, r.span_end, r.text), type: r.type as StanceRecord['type'], holder: r.holder_id,
    ...(r.speaker_id !== null ? { speaker: r.speaker_id } : {}),
    target: {
      ...span(r.target_start, r.target_end, r.target_text),
      ...(r.target_initiative !== null ? { initiative: r.target_initiative } : {}),
      ...(r.target_proposer !== null ? { proposer: r.target_proposer } : {}),
      ...targetExtra,
    },
    ...own,
  };
}

function mentionFromRow(r: MentionsTable): MentionRecord {
  return { ...span(r.span_start, r.span_end, r.text), entity: r.entity_id, via: r.via as MentionRecord['via'], ...parseExtra(r.extra) };
}

function timeFromRow(r: TimesTable): TimeRecord {
  return { ...span(r.span_start, r.span_end, r.text), value: r.value, type: r.type as TimeRecord['type'], ...parseExtra(r.extra) };
}

function eventFromRow(r: EventsTable): EventRecord {
  return {
    id: r.id, type: r.type, ...(r.name !== null ? { name: r.name } : {}), ...(r.place !== null ? { place: r.place } : {}),
    ...(r.date !== null ? { date: r.date } : {}), ...(r.organization !== null ? { organization: r.organization } : {}),
    participants: JSON.parse(r.participants) as string[],
    ...(r.span_start !== null && r.span_end !== null ? { span: span(r.span_start, r.span_end, r.span_text ?? '') } : {}),
    ...parseExtra(r.extra),
  };
}

export function rowsToRecord(rows: StoredRows): ArticleRecord {
  const a = rows.article;
  return {
    schema: ARTICLE_SCHEMA, id: a.id, url: a.url, title: a.title, date: a.date, lang: a.lang, text: a.text,
    credits: JSON.parse(a.credits) as ArticleRecord['credits'],
    paragraphs: JSON.parse(a.paragraphs) as ArticleRecord['paragraphs'],
    sentences: JSON.parse(a.sentences) as ArticleRecord['sentences'],
    entities: byOrd(rows.entities).map((r) => JSON.parse(r.record) as EntityRecord),
    mentions: byOrd(rows.mentions).map(mentionFromRow),
    quotes: byOrd(rows.quotes).map(quoteFromRow),
    figures: byOrd(rows.figures).map(figureFromRow),
    times: byOrd(rows.times).map(timeFromRow),
    stances: byOrd(rows.stances).map(stanceFromRow),
    events: byOrd(rows.events).map(eventFromRow),
    ...parseExtra(a.extra),
  };
}
