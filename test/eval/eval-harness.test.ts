/**
 * The evaluation harness: the gold set meets the index's thresholds with the configured
 * extractor, and the harness itself can tell bad output from good (scores drop, thresholds
 * fail, stale gold is caught, layers without a stage are n/a).
 */
import { describe, expect, it } from 'vitest';
import { scoreRecord, summarize } from '../../src/eval/evaluate-records.js';
import { formatReport } from '../../src/eval/format-report.js';
import type { GoldFile, GoldQuote } from '../../src/eval/gold-format.js';
import { metricsOf } from '../../src/eval/layer-metrics.js';
import { loadGoldIndex } from '../../src/eval/load-gold.js';
import { DEFAULT_INDEX, recordFor, runEval } from '../../src/eval/run-eval.js';
import { scoreLayer } from '../../src/eval/score-layer.js';
import type { ArticleRecord, QuoteRecord } from '../../src/record/article-record.js';
import { testExtractor } from '../support/extract-text.js';

const ALL_LAYERS = new Set(['quotes', 'figures', 'times', 'stances']);

describe('gold set', () => {
  it('meets every threshold of the gold index, per language', async () => {
    const report = await runEval({ extractor: await testExtractor() });
    expect(report.failures, formatReport(report)).toEqual([]);
    const quotes = report.layers.find((l) => l.layer === 'quotes')!;
    expect(Object.keys(quotes.byLang)).toEqual(expect.arrayContaining(['en', 'kk', 'ru', 'zh']));
  });

  it('covers the seed, its three translations and fiction in every language', async () => {
    const { files } = await loadGoldIndex(DEFAULT_INDEX);
    const sources = files.map((f) => f.gold.source);
    for (const suffix of ['.txt', '.ru.txt', '.en.txt', '.kk.txt']) expect(sources).toContain(`examples/000_57bb135459f8ca34${suffix}`);
    const fictionLangs = new Set(files.filter((f) => f.gold.source.startsWith('examples/fiction/')).map((f) => f.gold.lang));
    for (const lang of ['zh', 'zh-Hant', 'ru', 'en', 'kk']) expect(fictionLangs).toContain(lang);
  });

  it('holds the seed at exactly 10 direct and 10 reported quotes per language, all Tokayev', async () => {
    const { files } = await loadGoldIndex(DEFAULT_INDEX);
    const seeds = files.filter((f) => f.name.startsWith('seed/'));
    expect(seeds).toHaveLength(4);
    for (const { gold } of seeds) {
      const quotes = gold.quotes ?? [];
      expect(quotes.filter((q) => q.kind === 'direct'), gold.lang).toHaveLength(10);
      expect(quotes.filter((q) => q.kind === 'reported'), gold.lang).toHaveLength(10);
      expect(new Set(quotes.map((q) => q.speaker))).toEqual(new Set(['person:kassym-jomart-tokayev']));
    }
  });
});

describe('harness', () => {
  const gold: GoldFile = {
    source: 'examples/000_57bb135459f8ca34.en.txt',
    lang: 'en',
    quotes: [],
  };

  async function seedRecord(): Promise<ArticleRecord> {
    return recordFor('examples/000_57bb135459f8ca34.en.txt', await testExtractor());
  }

  const asGold = (q: QuoteRecord): GoldQuote => ({ start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker });

  it('fails the thresholds when spans or speakers are wrong', async () => {
    const record = await seedRecord();
    const perfect = { ...gold, quotes: record.quotes.map(asGold) };
    const thresholds = { quotes: { f1: 0.95, speakerAccuracy: 0.95 } };
    expect(summarize([scoreRecord('perfect', record, perfect)], thresholds, ALL_LAYERS).passed).toBe(true);

    // Output whose quotes each lose their last character and half of whose speakers are wrong.
    const damaged: ArticleRecord = {
      ...record,
      quotes: record.quotes.map((q, i) => ({
        ...q, end: q.end - 1, text: q.text.slice(0, -1), speaker: i % 2 === 0 ? q.speaker : 'person:arvid-kallen',
      })),
    };
    const report = summarize([scoreRecord('damaged', damaged, perfect)], thresholds, ALL_LAYERS);
    expect(report.passed).toBe(false);
    const m = report.layers.find((l) => l.layer === 'quotes')!.byLang['en']!.metrics;
    expect(m['f1']).toBe(0);
    expect(m['lenientF1']).toBe(1);
    expect(m['speakerAccuracy']).toBeCloseTo(0.5, 1);
    expect(report.failures.join('\n')).toMatch(/quotes en: f1 0\.000 < 0\.95/);
  });

  it('catches gold whose text no longer matches the record', async () => {
    const record = await seedRecord();
    const first = record.quotes[0]!;
    const stale = { ...gold, quotes: [{ ...asGold(first), start: first.start + 1, end: first.end + 1 }] };
    const report = summarize([scoreRecord('stale', record, stale)], {}, ALL_LAYERS);
    expect(report.failures.join('\n')).toMatch(/gold out of date/);
  });

  it('reports a layer no stage writes as n/a, not as a failure', async () => {
    const record = await seedRecord();
    const withStances: GoldFile = { ...gold, quotes: record.quotes.map(asGold), stances: [{ start: 0, end: 3, text: record.text.slice(0, 3), type: 'support', holder: null }] };
    const report = summarize([scoreRecord('x', record, withStances)], { stances: { f1: 1 } }, new Set(['quotes']));
    expect(report.layers.find((l) => l.layer === 'stances')!.status).toBe('n/a');
    expect(report.passed).toBe(true);
  });
});

describe('layer scoring', () => {
  const span = (start: number, end: number, extra: Record<string, unknown> = {}) => ({ start, end, text: 'x'.repeat(end - start), ...extra });

  it('counts exact and overlapping matches one to one', () => {
    const counts = scoreLayer('quotes',
      [span(0, 10, { speaker: 'a', kind: 'direct' }), span(20, 30, { speaker: 'b', kind: 'reported' })],
      [span(0, 10, { speaker: 'a', kind: 'direct' }), span(22, 30, { speaker: 'c', kind: 'reported' }), span(40, 50)]);
    expect(counts).toMatchObject({ gold: 2, predicted: 3, exact: 1, lenient: 2 });
    expect(counts.attributes['speaker']).toEqual({ correct: 1, total: 2 });
    const m = metricsOf(counts);
    expect(m['precision']).toBeCloseTo(1 / 3);
    expect(m['recall']).toBeCloseTo(1 / 2);
    expect(m['lenientRecall']).toBe(1);
  });

  it('scores nothing predicted against nothing expected as perfect, and misses as zero recall', () => {
    expect(metricsOf(scoreLayer('times', [], []))['f1']).toBe(1);
    expect(metricsOf(scoreLayer('times', [span(0, 4, { value: '2024', type: 'DATE' })], []))['f1']).toBe(0);
  });
});
