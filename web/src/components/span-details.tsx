/**
 * What was extracted at a span and from what: the cue that introduced a quote, the entity a name
 * or title resolved to, the normalized value of a figure or a time, with the exact offsets.
 */
import type { ComponentChildren } from 'preact';
import type { EntitySummary } from '../../../src/api/corpus-reader.js';
import type { ArticleRecord } from '../../../src/record/article-record.js';
import { useLabels } from '../i18n/use-labels.js';
import { formatFigure } from '../format-figure.js';
import { EntityLink } from './entity-link.js';
import type { MarkedSpan } from './layer-spans.js';

interface Props {
  readonly record: ArticleRecord;
  readonly span: MarkedSpan;
  readonly entities: Readonly<Record<string, EntitySummary>>;
}

function Row({ label, children }: { readonly label: string; readonly children: ComponentChildren }) {
  return <><dt>{label}</dt><dd>{children}</dd></>;
}

export function SpanDetails({ record, span, entities }: Props) {
  const { t, lang } = useLabels();
  const offsets = <Row label={t.span}><code>{span.start}–{span.end}</code></Row>;
  const text = <blockquote class="span-text">{record.text.slice(span.start, span.end)}</blockquote>;
  let title = t.layer[span.layer] ?? span.layer;
  let rows: ComponentChildren = null;
  switch (span.kind) {
    case 'quote':
    case 'cue': {
      const q = record.quotes[span.index]!;
      title = t.quoteKind[q.kind] ?? q.kind;
      rows = <>
        <Row label={t.speaker}><EntityLink id={q.speaker} entities={entities} /></Row>
        {q.cue ? <Row label={t.cue}><q>{q.cue.text}</q> <code>{q.cue.start}–{q.cue.end}</code></Row> : null}
        <Row label={t.confidence}>{q.confidence.toFixed(2)}</Row>
      </>;
      break;
    }
    case 'stance':
    case 'target': {
      const s = record.stances[span.index]!;
      title = `${t.layer['stances']}: ${t.stance[s.type] ?? s.type}`;
      rows = <>
        <Row label={t.holder}><EntityLink id={s.holder} entities={entities} /></Row>
        {s.speaker && s.speaker !== s.holder ? <Row label={t.speaker}><EntityLink id={s.speaker} entities={entities} /></Row> : null}
        <Row label={t.cue}><q>{s.text}</q></Row>
        <Row label={t.target}><q>{s.target.text}</q></Row>
        {s.target.initiative ? <Row label={t.initiative}><EntityLink id={s.target.initiative} entities={entities} /></Row> : null}
        {s.target.proposer ? <Row label={t.proposer}><EntityLink id={s.target.proposer} entities={entities} /></Row> : null}
      </>;
      break;
    }
    case 'figure': {
      const f = record.figures[span.index]!;
      rows = <>
        <Row label={t.value}><strong>{formatFigure(f.value, f.unit, lang, f.max)}</strong></Row>
        <Row label={t.unit}><code>{f.unit}</code> · {f.kind}</Row>
        <Row label={t.approximation}>{t.approx[f.approx] ?? f.approx}</Row>
        {f.subject ? <Row label={t.measures}><q>{f.subject.text}</q></Row> : null}
        {f.time ? <Row label={t.refersTo}><code>{f.time}</code></Row> : null}
      </>;
      break;
    }
    case 'time': {
      const tm = record.times[span.index]!;
      rows = <>
        <Row label={t.normalized}><code>{tm.value}</code></Row>
        <Row label={t.timeType}>{tm.type}</Row>
      </>;
      break;
    }
    case 'speaker':
    case 'mention': {
      const m = record.mentions[span.index]!;
      rows = <>
        <Row label={t.entity}><EntityLink id={m.entity} entities={entities} /> <code class="muted">{m.entity}</code></Row>
        <Row label={t.via}>{m.via}</Row>
      </>;
      break;
    }
  }
  return (
    <section class={`span-card card-${span.kind}`}>
      <h4>{title}</h4>
      {text}
      <dl>{rows}{offsets}</dl>
    </section>
  );
}
