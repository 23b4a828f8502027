/**
 * The spans of a record the article view can mark, by layer, and the text cut into segments at
 * every span boundary. Each segment lists the spans covering it, innermost first, so a click on
 * a segment selects the most specific thing there. One sweep over sorted boundaries: linear in
 * the number of spans and segments, whatever the article's length.
 */
import type { ArticleRecord } from '../../../src/record/article-record.js';

export const LAYERS = ['speakers', 'quotes', 'stances', 'figures', 'times', 'mentions'] as const;
export type LayerName = (typeof LAYERS)[number];

export type SpanKind = 'speaker' | 'cue' | 'quote' | 'stance' | 'target' | 'figure' | 'time' | 'mention';

export interface MarkedSpan {
  readonly id: number;
  readonly layer: LayerName;
  readonly kind: SpanKind;
  readonly start: number;
  readonly end: number;
  /** Index of the item in its record layer (`quotes[index]`, `mentions[index]`…). */
  readonly index: number;
}

export interface Segment {
  readonly start: number;
  readonly end: number;
  /** Ids of the covering spans, shortest first. */
  readonly spans: readonly number[];
}

export function markedSpans(record: ArticleRecord): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  const add = (layer: LayerName, kind: SpanKind, start: number, end: number, index: number) => {
    if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= record.text.length) {
      out.push({ id: out.length, layer, kind, start, end, index });
    }
  };
  const types = new Map(record.entities.map((e) => [e.id, e.type]));
  const speakers = new Set<string>();
  for (const q of record.quotes) if (q.speaker) speakers.add(q.speaker);
  for (const s of record.stances) for (const id of [s.holder, s.speaker]) if (id) speakers.add(id);

  record.quotes.forEach((q, i) => {
    add('quotes', 'quote', q.start, q.end, i);
    if (q.cue) add('speakers', 'cue', q.cue.start, q.cue.end, i);
  });
  record.mentions.forEach((m, i) => {
    const speaking = speakers.has(m.entity) || types.get(m.entity) === 'person';
    add(speaking ? 'speakers' : 'mentions', speaking ? 'speaker' : 'mention', m.start, m.end, i);
  });
  record.stances.forEach((s, i) => {
    add('stances', 'stance', s.start, s.end, i);
    if (s.target.start !== s.start || s.target.end !== s.end) add('stances', 'target', s.target.start, s.target.end, i);
  });
  record.figures.forEach((f, i) => add('figures', 'figure', f.start, f.end, i));
  record.times.forEach((t, i) => add('times', 'time', t.start, t.end, i));
  return out;
}

export function segmentText(length: number, spans: readonly MarkedSpan[]): Segment[] {
  const starts = new Map<number, MarkedSpan[]>();
  const ends = new Map<number, MarkedSpan[]>();
  const bounds = new Set<number>([0, length]);
  for (const s of spans) {
    (starts.get(s.start) ?? starts.set(s.start, []).get(s.start)!).push(s);
    (ends.get(s.end) ?? ends.set(s.end, []).get(s.end)!).push(s);
    bounds.add(s.start);
    bounds.add(s.end);
  }
  const sorted = [...bounds].filter((b) => b >= 0 && b <= length).sort((a, b) => a - b);
  const active = new Map<number, MarkedSpan>();
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const at = sorted[i]!;
    for (const s of ends.get(at) ?? []) active.delete(s.id);
    for (const s of starts.get(at) ?? []) active.set(s.id, s);
    const covering = [...active.values()].sort((a, b) => (a.end - a.start) - (b.end - b.start)).map((s) => s.id);
    segments.push({ start: at, end: sorted[i + 1]!, spans: covering });
  }
  return segments;
}
