/**
 * Scores one layer of one record against its gold: spans matched exactly (same start and end) and
 * leniently (one-to-one by greatest overlap), and, over the gold items, how many got each
 * attribute right through their lenient match (`speaker` of a quote, `value` of a figure…).
 * Counts add up across files; metrics are computed from the sums (micro-averaged).
 */
import type { ArticleRecord } from '../record/article-record.js';
import type { GoldSpan, ScoredLayer } from './gold-format.js';

export interface AttributeCount {
  correct: number;
  total: number;
}

export interface LayerCounts {
  gold: number;
  predicted: number;
  exact: number;
  lenient: number;
  attributes: Record<string, AttributeCount>;
}

type Item = GoldSpan & Readonly<Record<string, unknown>>;
/** Whether a predicted item gets an attribute of a gold item right; undefined when the gold says nothing about it. */
type AttributeCheck = (gold: Item, predicted: Item) => boolean | undefined;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sameSpan = (a: unknown, b: unknown) => {
  const x = a as GoldSpan | undefined;
  const y = b as GoldSpan | undefined;
  return x?.start === y?.start && x?.end === y?.end;
};
const closeNumber = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/** Per layer: the attributes scored beyond the span. */
export const LAYER_ATTRIBUTES: Readonly<Record<ScoredLayer, Readonly<Record<string, AttributeCheck>>>> = {
  quotes: {
    speaker: (g, p) => same(g['speaker'], p['speaker']),
    kind: (g, p) => same(g['kind'], p['kind']),
    cue: (g, p) => (g['cue'] === undefined ? undefined : sameSpan(g['cue'], p['cue'])),
  },
  figures: {
    value: (g, p) => closeNumber(g['value'], p['value']) && same(g['unit'], p['unit']),
    approx: (g, p) => (g['approx'] === undefined ? undefined : same(g['approx'], p['approx'])),
  },
  times: {
    value: (g, p) => same(g['value'], p['value']) && same(g['type'], p['type']),
  },
  stances: {
    type: (g, p) => same(g['type'], p['type']),
    holder: (g, p) => same(g['holder'], p['holder']),
  },
};

export function emptyCounts(layer: ScoredLayer): LayerCounts {
  const attributes: Record<string, AttributeCount> = {};
  for (const name of Object.keys(LAYER_ATTRIBUTES[layer])) attributes[name] = { correct: 0, total: 0 };
  return { gold: 0, predicted: 0, exact: 0, lenient: 0, attributes };
}

export function addCounts(into: LayerCounts, from: LayerCounts): void {
  into.gold += from.gold;
  into.predicted += from.predicted;
  into.exact += from.exact;
  into.lenient += from.lenient;
  for (const [name, c] of Object.entries(from.attributes)) {
    const target = (into.attributes[name] ??= { correct: 0, total: 0 });
    target.correct += c.correct;
    target.total += c.total;
  }
}

const overlap = (a: GoldSpan, b: GoldSpan) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Greedy one-to-one pairing of gold items with predicted ones by greatest overlap, in gold order. */
function lenientPairs(gold: readonly Item[], predicted: readonly Item[]): Map<Item, Item> {
  const used = new Set<number>();
  const pairs = new Map<Item, Item>();
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    for (const [k, p] of predicted.entries()) {
      const o = used.has(k) ? 0 : overlap(g, p);
      if (o > bestOverlap) { best = k; bestOverlap = o; }
    }
    if (best >= 0) { used.add(best); pairs.set(g, predicted[best]!); }
  }
  return pairs;
}

/** Gold items whose text no longer matches the record's text: the gold is out of date. */
export function staleGold(record: ArticleRecord, gold: readonly GoldSpan[]): string[] {
  return gold
    .filter((g) => record.text.slice(g.start, g.end) !== g.text)
    .map((g) => `${g.start}..${g.end} ${JSON.stringify(g.text.slice(0, 30))} ≠ ${JSON.stringify(record.text.slice(g.start, g.start + 30))}`);
}

export function scoreLayer(layer: ScoredLayer, gold: readonly GoldSpan[], predicted: readonly GoldSpan[]): LayerCounts {
  const counts = emptyCounts(layer);
  const goldItems = gold as readonly Item[];
  const predictedItems = predicted as readonly Item[];
  counts.gold = gold.length;
  counts.predicted = predicted.length;
  const unmatched = new Map<string, number>();
  for (const p of predicted) unmatched.set(`${p.start}:${p.end}`, (unmatched.get(`${p.start}:${p.end}`) ?? 0) + 1);
  for (const g of gold) {
    const key = `${g.start}:${g.end}`;
    const left = unmatched.get(key) ?? 0;
    if (left > 0) { counts.exact++; unmatched.set(key, left - 1); }
  }
  const pairs = lenientPairs(goldItems, predictedItems);
  counts.lenient = pairs.size;
  for (const g of goldItems) {
    const p = pairs.get(g);
    for (const [name, check] of Object.entries(LAYER_ATTRIBUTES[layer])) {
      const verdict = p ? check(g, p) : check(g, {} as Item);
      if (verdict === undefined) continue;
      const c = counts.attributes[name]!;
      c.total++;
      if (p && verdict) c.correct++;
    }
  }
  return counts;
}
