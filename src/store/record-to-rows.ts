/**
 * A record taken apart into table rows. Every field of every layer item lands in a column or, if
 * the record grew a field this schema does not know yet, in the row's `extra` JSON; rows-to-record
 * puts the same record back together, which the store test checks field for field.
 */
import type { ArticleRecord } from '../record/article-record.js';
import type {
  ArticleEntitiesTable, ArticlesTable, EventsTable, FiguresTable, MentionsTable, QuotesTable,
  StancesTable, TimesTable,
} from './store-schema.js';

type Unstored<T> = Omit<T, 'unit_id'>;

export interface RecordRows {
  readonly article: Omit<ArticlesTable, 'version' | 'is_latest' | 'source' | 'ingested_at'>;
  readonly entities: readonly ArticleEntitiesTable[];
  readonly mentions: readonly MentionsTable[];
  readonly quotes: readonly Unstored<QuotesTable>[];
  readonly figures: readonly Unstored<FiguresTable>[];
  readonly times: readonly TimesTable[];
  readonly stances: readonly Unstored<StancesTable>[];
  readonly events: readonly EventsTable[];
}

export const ARTICLE_KEYS = ['schema', 'id', 'url', 'title', 'date', 'lang', 'text', 'credits', 'paragraphs',
  'sentences', 'entities', 'mentions', 'quotes', 'figures', 'times', 'stances', 'events'] as const;
export const SPAN_KEYS = ['start', 'end', 'text'] as const;
export const MENTION_KEYS = [...SPAN_KEYS, 'entity', 'via'] as const;
export const QUOTE_KEYS = [...SPAN_KEYS, 'kind', 'speaker', 'cue', 'confidence'] as const;
export const FIGURE_KEYS = [...SPAN_KEYS, 'value', 'max', 'unit', 'kind', 'approx', 'subject', 'time'] as const;
export const TIME_KEYS = [...SPAN_KEYS, 'value', 'type'] as const;
export const STANCE_KEYS = [...SPAN_KEYS, 'type', 'holder', 'speaker', 'target'] as const;
export const TARGET_KEYS = [...SPAN_KEYS, 'initiative', 'proposer'] as const;
export const EVENT_KEYS = ['id', 'type', 'name', 'place', 'date', 'organization', 'participants', 'span'] as const;

/** JSON of the fields not in `known`, or null when there are none (the usual case). */
export function extraOf(item: object, known: readonly string[], nested: Record<string, unknown> = {}): string | null {
  const extra: Record<string, unknown> = { ...nested };
  for (const [key, value] of Object.entries(item)) if (!known.includes(key) && value !== undefined) extra[key] = value;
  return Object.keys(extra).length > 0 ? JSON.stringify(extra) : null;
}

export function recordToRows(record: ArticleRecord): RecordRows {
  const article_id = record.id;
  return {
    article: {
      id: record.id, url: record.url, title: record.title, date: record.date, lang: record.lang, text: record.text,
      credits: JSON.stringify(record.credits), paragraphs: JSON.stringify(record.paragraphs),
      sentences: JSON.stringify(record.sentences), extra: extraOf(record, ARTICLE_KEYS),
    },
    entities: record.entities.map((e, ord) => ({ article_id, ord, entity_id: e.id, record: JSON.stringify(e) })),
    mentions: record.mentions.map((m, ord) => ({
      article_id, ord, span_start: m.start, span_end: m.end, text: m.text, entity_id: m.entity, via: m.via,
      extra: extraOf(m, MENTION_KEYS),
    })),
    quotes: record.quotes.map((q, ord) => ({
      article_id, ord, span_start: q.start, span_end: q.end, text: q.text, kind: q.kind, speaker_id: q.speaker,
      cue_start: q.cue?.start ?? null, cue_end: q.cue?.end ?? null, cue_text: q.cue?.text ?? null,
      confidence: q.confidence,
      extra: extraOf(q, QUOTE_KEYS, q.cue && extraOf(q.cue, SPAN_KEYS) ? { '$cue': JSON.parse(extraOf(q.cue, SPAN_KEYS)!) } : {}),
    })),
    figures: record.figures.map((f, ord) => ({
      article_id, ord, span_start: f.start, span_end: f.end, text: f.text, value: f.value, max: f.max ?? null,
      unit: f.unit, kind: f.kind, approx: f.approx, subject_start: f.subject?.start ?? null,
      subject_end: f.subject?.end ?? null, subject_text: f.subject?.text ?? null, time: f.time ?? null,
      extra: extraOf(f, FIGURE_KEYS),
    })),
    times: record.times.map((t, ord) => ({
      article_id, ord, span_start: t.start, span_end: t.end, text: t.text, value: t.value, type: t.type,
      extra: extraOf(t, TIME_KEYS),
    })),
    stances: record.stances.map((s, ord) => ({
      article_id, ord, span_start: s.start, span_end: s.end, text: s.text, type: s.type, holder_id: s.holder,
      speaker_id: s.speaker ?? null, target_start: s.target.start, target_end: s.target.end,
      target_text: s.target.text, target_initiative: s.target.initiative ?? null,
      target_proposer: s.target.proposer ?? null,
      extra: extraOf(s, STANCE_KEYS, extraOf(s.target, TARGET_KEYS) ? { '$target': JSON.parse(extraOf(s.target, TARGET_KEYS)!) } : {}),
    })),
    events: record.events.map((e, ord) => ({
      article_id, ord, id: e.id, type: e.type, name: e.name ?? null, place: e.place ?? null, date: e.date ?? null,
      organization: e.organization ?? null, participants: JSON.stringify(e.participants),
      span_start: e.span?.start ?? null, span_end: e.span?.end ?? null, span_text: e.span?.text ?? null,
      extra: extraOf(e, EVENT_KEYS),
    })),
  };
}
