/**
 * Evaluation over records already extracted: any record paired with its gold. Counts are summed
 * per layer and per language, metrics computed from the sums, and each language held to the
 * index's thresholds. A layer no configured stage writes is `n/a`, never a failure.
 */
import type { ArticleRecord } from '../record/article-record.js';
import { SCORED_LAYERS, type GoldFile, type GoldSpan, type ScoredLayer, type Thresholds } from './gold-format.js';
import { metricsOf, type Metrics } from './layer-metrics.js';
import { addCounts, emptyCounts, scoreLayer, staleGold, type LayerCounts } from './score-layer.js';

export interface ScoredFile {
  readonly name: string;
  readonly lang: string;
  readonly counts: Partial<Record<ScoredLayer, LayerCounts>>;
  /** Gold items whose text no longer matches the record: the gold needs remaking. */
  readonly stale: readonly string[];
}

export interface LayerResult {
  readonly counts: LayerCounts;
  readonly metrics: Metrics;
}

export interface LayerReport {
  readonly layer: ScoredLayer;
  /** `scored`; `n/a` when no stage writes the layer; `no gold` when no gold file covers it. */
  readonly status: 'scored' | 'n/a' | 'no gold';
  readonly byLang: Readonly<Record<string, LayerResult>>;
  readonly overall: LayerResult | undefined;
}

export interface EvalReport {
  readonly files: readonly ScoredFile[];
  readonly layers: readonly LayerReport[];
  readonly failures: readonly string[];
  readonly passed: boolean;
}

/** Scores every layer the gold file covers. */
export function scoreRecord(name: string, record: ArticleRecord, gold: GoldFile): ScoredFile {
  const counts: Partial<Record<ScoredLayer, LayerCounts>> = {};
  const stale: string[] = [];
  for (const layer of SCORED_LAYERS) {
    const items = gold[layer] as readonly GoldSpan[] | undefined;
    if (items === undefined) continue;
    stale.push(...staleGold(record, items).map((s) => `${name} ${layer} ${s}`));
    counts[layer] = scoreLayer(layer, items, record[layer] as readonly GoldSpan[]);
  }
  return { name, lang: gold.lang, counts, stale };
}

function resultOf(counts: LayerCounts): LayerResult {
  return { counts, metrics: metricsOf(counts) };
}

export function summarize(
  files: readonly ScoredFile[], thresholds: Thresholds, writtenLayers: ReadonlySet<string>, extraFailures: readonly string[] = [],
): EvalReport {
  const failures = [...extraFailures, ...files.flatMap((f) => f.stale.map((s) => `gold out of date: ${s}`))];
  const layers: LayerReport[] = [];
  for (const layer of SCORED_LAYERS) {
    const byLangCounts = new Map<string, LayerCounts>();
    const overall = emptyCounts(layer);
    for (const file of files) {
      const c = file.counts[layer];
      if (!c) continue;
      if (!byLangCounts.has(file.lang)) byLangCounts.set(file.lang, emptyCounts(layer));
      addCounts(byLangCounts.get(file.lang)!, c);
      addCounts(overall, c);
    }
    const status = !writtenLayers.has(layer) ? 'n/a' : byLangCounts.size === 0 ? 'no gold' : 'scored';
    const byLang = Object.fromEntries([...byLangCounts].sort(([a], [b]) => a.localeCompare(b)).map(([lang, c]) => [lang, resultOf(c)]));
    layers.push({ layer, status, byLang, overall: byLangCounts.size > 0 ? resultOf(overall) : undefined });
    if (status !== 'scored') continue;
    for (const [metric, minimum] of Object.entries(thresholds[layer] ?? {})) {
      for (const [lang, result] of Object.entries(byLang)) {
        const value = result.metrics[metric];
        if (value === undefined) failures.push(`${layer} ${lang}: no metric "${metric}"`);
        else if (value < minimum) failures.push(`${layer} ${lang}: ${metric} ${value.toFixed(3)} < ${minimum}`);
      }
    }
  }
  return { files, layers, failures, passed: failures.length === 0 };
}
