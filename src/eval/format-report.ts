/**
 * The evaluation report as plain text: one table per layer, a row per language and one overall,
 * with exact and lenient precision, recall and F1 and the attribute accuracies; then failures.
 */
import type { EvalReport, LayerResult } from './evaluate-records.js';

const pct = (n: number | undefined) => (n === undefined ? '   –  ' : `${(n * 100).toFixed(1).padStart(5)}%`);

function row(label: string, r: LayerResult): string {
  const m = r.metrics;
  const c = r.counts;
  const attributes = Object.keys(c.attributes)
    .filter((name) => m[`${name}Accuracy`] !== undefined)
    .map((name) => `${name} ${pct(m[`${name}Accuracy`])}`)
    .join('  ');
  return [
    label.padEnd(8),
    String(c.gold).padStart(5), String(c.predicted).padStart(5),
    pct(m['precision']), pct(m['recall']), pct(m['f1']),
    ' ', pct(m['lenientF1']),
    '  ', attributes,
  ].join(' ');
}

export function formatReport(report: EvalReport): string {
  const lines: string[] = [];
  for (const layer of report.layers) {
    lines.push(`${layer.layer}: ${layer.status}`);
    if (layer.status === 'n/a' || !layer.overall) continue;
    lines.push(`  ${'lang'.padEnd(8)}  gold  pred  precis  recall      F1   lenientF1   attributes (over gold)`);
    for (const [lang, result] of Object.entries(layer.byLang)) lines.push(`  ${row(lang, result)}`);
    lines.push(`  ${row('all', layer.overall)}`);
  }
  lines.push('');
  lines.push(`${report.files.length} gold file(s) scored.`);
  if (report.passed) {
    lines.push('All thresholds met.');
  } else {
    lines.push(`FAILED (${report.failures.length}):`);
    for (const f of report.failures) lines.push(`  - ${f}`);
  }
  return lines.join('\n');
}
