/**
 * Text with some ranges marked, rendered as text nodes and <mark> elements only: whatever the
 * text holds (`<script>` included) is shown as characters, never parsed as HTML.
 */
import type { Highlight } from '../../../src/api/corpus-reader.js';

interface Props {
  readonly text: string;
  readonly highlights: readonly Highlight[];
  /** A range drawn as the hit's own span (a figure inside its sentence). */
  readonly focus?: Highlight | null;
}

export function HighlightedText({ text, highlights, focus }: Props) {
  const cuts = new Set<number>([0, text.length]);
  for (const h of highlights) { cuts.add(h.start); cuts.add(h.end); }
  if (focus) { cuts.add(focus.start); cuts.add(focus.end); }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const piece = text.slice(start, end);
    const marked = highlights.some((h) => h.start <= start && end <= h.end);
    const focused = !!focus && focus.start <= start && end <= focus.end && !(focus.start === 0 && focus.end === text.length);
    if (!marked && !focused) parts.push(piece);
    else parts.push(<mark key={start} class={`${marked ? 'hit' : ''}${focused ? ' focus' : ''}`}>{piece}</mark>);
  }
  return <>{parts}</>;
}
