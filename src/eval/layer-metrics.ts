/**
 * Metrics from summed counts: precision, recall and F1 on exact spans, the same on lenient
 * (overlap) matches, and `<attribute>Accuracy` over gold items. With nothing predicted precision
 * is 1 (nothing wrong was said); with no gold, recall is 1 (nothing was missed).
 */
import type { LayerCounts } from './score-layer.js';

export type Metrics = Readonly<Record<string, number>>;

function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function metricsOf(c: LayerCounts): Metrics {
  const precision = ratio(c.exact, c.predicted);
  const recall = ratio(c.exact, c.gold);
  const lenientPrecision = ratio(c.lenient, c.predicted);
  const lenientRecall = ratio(c.lenient, c.gold);
  const out: Record<string, number> = {
    precision, recall, f1: f1(precision, recall),
    lenientPrecision, lenientRecall, lenientF1: f1(lenientPrecision, lenientRecall),
  };
  for (const [name, a] of Object.entries(c.attributes)) {
    if (a.total > 0) out[`${name}Accuracy`] = a.correct / a.total;
  }
  return out;
}
