/**
 * A record as a person reads it: metadata, then one section per layer, each span shown inside a
 * little of the text around it (`…left ⟦span⟧ right…`) with its offsets.
 */
import type { ArticleRecord, SpanText } from '../record/article-record.js';

const CONTEXT = 24;

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}

export function inContext(text: string, span: { start: number; end: number }): string {
  const left = text.slice(Math.max(0, span.start - CONTEXT), span.start);
  const right = text.slice(span.end, span.end + CONTEXT);
  return oneLine(`${span.start > CONTEXT ? '…' : ''}${left}⟦${text.slice(span.start, span.end)}⟧${right}${span.end + CONTEXT < text.length ? '…' : ''}`);
}

function section(title: string, rows: readonly string[]): string[] {
  return [``, `${title} (${rows.length})`, ...rows.map((r) => `  ${r}`)];
}

function at(span: SpanText): string {
  return `[${span.start}–${span.end}]`;
}

export function formatPretty(record: ArticleRecord, source: string): string {
  const { text } = record;
  const names = new Map(record.entities.map((e) => [e.id, e.names['en'] ?? Object.values(e.names)[0] ?? e.id]));
  const who = (id: string | null | undefined) => (id ? `${names.get(id) ?? id}` : '—');
  const lines = [
    `${source}`,
    `  id ${record.id}  lang ${record.lang}  date ${record.date ?? '—'}`,
    ...(record.title ? [`  title ${record.title}`] : []),
    ...(record.url ? [`  url ${record.url}`] : []),
    `  ${record.paragraphs.length} paragraphs, ${record.sentences.length} sentences, ${text.length} characters`,
    ...section('credits', record.credits.map((c) => `${c.role}: ${c.name}   (${c.raw})`)),
    ...section('entities', record.entities.map((e) => `${e.id}  ${Object.entries(e.names).map(([l, n]) => `${l}:${n}`).join('  ')}`)),
    ...section('mentions', record.mentions.map((m) => `${at(m)} ${m.entity} via ${m.via}: ${inContext(text, m)}`)),
    ...section('quotes', record.quotes.map((q) =>
      `${at(q)} ${q.kind} · speaker ${who(q.speaker)} · cue ${q.cue ? `“${q.cue.text}”` : '—'} · confidence ${q.confidence.toFixed(2)}\n      ${oneLine(q.text)}`)),
    ...section('figures', record.figures.map((f) =>
      `${at(f)} ${f.value}${f.max !== undefined ? `–${f.max}` : ''} ${f.unit} (${f.kind}, ${f.approx})${f.subject ? ` of “${f.subject.text}”` : ''}${f.time ? ` in ${f.time}` : ''}: ${inContext(text, f)}`)),
    ...section('times', record.times.map((t) => `${at(t)} ${t.type} ${t.value}: ${inContext(text, t)}`)),
    ...section('stances', record.stances.map((s) =>
      `${at(s)} ${who(s.holder)} ${s.type} “${oneLine(s.target.text)}”${s.target.initiative ? ` → ${s.target.initiative}` : ''}${s.target.proposer ? ` (proposed by ${who(s.target.proposer)})` : ''}`)),
    ...section('events', record.events.map((e) =>
      `${e.id} ${e.type}${e.name ? ` “${e.name}”` : ''}${e.place ? ` at ${who(e.place)}` : ''}${e.date ? ` on ${e.date}` : ''}; participants: ${e.participants.map(who).join(', ') || '—'}`)),
    ...section('sentences', record.sentences.map((s) => `[${s.start}–${s.end}] ${oneLine(text.slice(s.start, s.end))}`)),
  ];
  return `${lines.join('\n')}\n\n`;
}
