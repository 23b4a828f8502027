/**
 * The article view's segmentation: segments tile the text exactly, list the spans covering them
 * innermost first, and take time linear in the spans, not in the text.
 */
import { describe, expect, it } from 'vitest';
import { EN_RECORD, ZH_RECORD } from '../api/fixtures/fictional-records.js';
import { markedSpans, segmentText } from '../../web/src/components/layer-spans.js';

describe('markedSpans and segmentText', () => {
  it('marks every layer of a record, cues and targets included', () => {
    const spans = markedSpans(EN_RECORD);
    const kinds = new Set(spans.map((s) => s.kind));
    expect([...kinds].sort()).toEqual(['cue', 'figure', 'mention', 'quote', 'speaker', 'stance', 'target', 'time']);
    for (const s of spans) expect(s.end).toBeGreaterThan(s.start);
  });

  it('tiles the text with no gap or overlap, and lists covering spans innermost first', () => {
    for (const record of [EN_RECORD, ZH_RECORD]) {
      const spans = markedSpans(record);
      const segments = segmentText(record.text.length, spans);
      expect(segments.map((s) => record.text.slice(s.start, s.end)).join('')).toBe(record.text);
      for (const seg of segments) {
        const covering = spans.filter((s) => s.start <= seg.start && seg.end <= s.end).map((s) => s.id).sort();
        expect([...seg.spans].sort()).toEqual(covering);
        const lengths = seg.spans.map((id) => spans[id]!.end - spans[id]!.start);
        expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
      }
    }
  });

  it('ignores spans outside the text instead of failing', () => {
    const segments = segmentText(10, [{ id: 0, layer: 'quotes', kind: 'quote', start: 8, end: 30, index: 0 }]);
    expect(segments.at(-1)).toEqual({ start: 8, end: 10, spans: [0] });
  });

  it('handles thousands of spans quickly', () => {
    const spans = Array.from({ length: 20_000 }, (_, i) => ({ id: i, layer: 'figures' as const, kind: 'figure' as const, start: i * 5, end: i * 5 + 3, index: i }));
    const started = performance.now();
    expect(segmentText(100_000, spans)).toHaveLength(40_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
