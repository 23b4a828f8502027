/**
 * Single-threaded extraction throughput per language: the whole path from a string to a record
 * (ingest's text path, normalization, every configured stage), and each stage on its own.
 */
import { ingestText } from '../ingest/index.js';
import type { Extractor } from '../extract/extractor.js';
import { BENCH_LANGS, generateCorpus, type BenchLang } from './generate-corpus.js';

export interface ExtractionFigures {
  readonly lang: BenchLang;
  readonly megabytes: number;
  readonly articles: number;
  readonly seconds: number;
  readonly mbPerSecond: number;
  readonly articlesPerSecond: number;
  /** MB/s of each stage alone (its own time only). */
  readonly stageMbPerSecond: Readonly<Record<string, number>>;
}

export function measureExtraction(extractor: Extractor, megabytesPerLang: number): ExtractionFigures[] {
  const out: ExtractionFigures[] = [];
  for (const lang of BENCH_LANGS) {
    const corpus = generateCorpus(lang, megabytesPerLang * 1024 * 1024);
    const megabytes = corpus.reduce((sum, a) => sum + Buffer.byteLength(a.body), 0) / (1024 * 1024);
    // Warm up so the JIT and lazily built tables do not count against the first language.
    for (const a of corpus.slice(0, 300)) extractor.extract(ingestText(a.body, 'warmup', { date: a.date }));
    const profile = new Map<string, number>();
    const t0 = performance.now();
    let ingestMs = 0;
    for (const [i, a] of corpus.entries()) {
      const i0 = performance.now();
      const article = ingestText(a.body, `bench:${lang}:${i}`, { date: a.date });
      ingestMs += performance.now() - i0;
      extractor.extract(article, { profile });
    }
    const seconds = (performance.now() - t0) / 1000;
    profile.set('ingest', ingestMs);
    const stageMbPerSecond = Object.fromEntries(
      [...profile].map(([name, ms]) => [name, round(megabytes / Math.max(ms / 1000, 1e-9))]),
    );
    out.push({
      lang, megabytes: round(megabytes), articles: corpus.length, seconds: round(seconds),
      mbPerSecond: round(megabytes / seconds), articlesPerSecond: round(corpus.length / seconds), stageMbPerSecond,
    });
  }
  return out;
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
