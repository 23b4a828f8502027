/**
 * `npm run bench`, HTTP part: search latency with 64 concurrent clients against `rostrum serve`'s
 * app over the real Store (SQLite), on the demo corpus plus generated fictional articles (fixed
 * seed). The clients run in a worker thread on loopback; the whole run is bounded (< 60 s).
 * Three measurements: as served from a cold start (answers are reused for 30 s, as analysts
 * repeat queries and facet clicks, but every query is computed once here), as served once those
 * answers exist, and with the answer cache off, so every request reaches the database.
 * Target: p95 ≤ 100 ms. HTTP_BENCH_KB sets the generated text per language (default 400);
 * HTTP_BENCH_DB serves an existing corpus instead (the store bench's, kept with STORE_BENCH_KEEP).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildApp } from '../api/build-app.js';
import { exampleFiles, loadFiles } from '../api/demo-corpus.js';
import { listen } from '../api/serve-app.js';
import { StoreCorpus } from '../api/store-adapter.js';
import { createExtractor } from '../extract/extractor.js';
import { BENCH_LANGS, generateCorpus } from './generate-corpus.js';
import type { LoadJob, LoadResult } from './http-load-client.js';

const CONCURRENCY = 64;

/** What analysts type: words and Chinese runs in every language, alone and with the facets they click. */
const TERMS = ['开发银行', '贸易', '数字论坛', 'Valdoria', 'trade', 'humanitarian', 'Каллен', 'товарооборот', 'форум', 'Marenia', '上合组织', 'development centre'];
const FILTERS = ['', '&type=quote', '&type=figure', '&lang=en', '&since=2025-03-01&until=2025-06-30'];
const QUERIES = [
  ...TERMS.flatMap((t) => FILTERS.map((f) => `q=${encodeURIComponent(t)}${f}`)),
  'speaker=Kallen', 'country=country:kz', 'type=stance&lang=zh', `q=${encodeURIComponent('贸易')}&offset=20`,
];

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round = (n: number) => Math.round(n * 10) / 10;

function prefixed(prefix: string, figures: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(figures).map(([k, v]) => [prefix ? `${prefix}${k[0]!.toUpperCase()}${k.slice(1)}` : k, v]));
}

/** One app, then one run of the load per entry of `totals`, one after the other. */
async function measure(corpus: StoreCorpus, paths: readonly string[], cache: boolean, totals: readonly number[], deadlineMs: number): Promise<Array<Record<string, number>>> {
  const app = await buildApp({ corpus, webRoot: null, ...(cache ? {} : { cache: false }) });
  const base = await listen(app, '127.0.0.1', 0);
  try {
    // Warm the JIT and the record cache on other pages of the same queries, not on the measured ones.
    await load({ base, paths: paths.map((p) => `${p}&offset=40`), concurrency: CONCURRENCY, total: 200, deadlineMs: 8_000 });
    const out: Array<Record<string, number>> = [];
    for (const total of totals) {
      const result = await load({ base, paths, concurrency: CONCURRENCY, total, deadlineMs });
      const sorted = [...result.latencies].sort((a, b) => a - b);
      out.push({
        requests: sorted.length,
        errors: result.errors,
        requestsPerSecond: round(sorted.length / (result.elapsedMs / 1000)),
        p50Ms: round(percentile(sorted, 50)),
        p95Ms: round(percentile(sorted, 95)),
        p99Ms: round(percentile(sorted, 99)),
        maxMs: round(sorted.at(-1) ?? Number.NaN),
      });
    }
    return out;
  } finally {
    await app.close();
  }
}

function load(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./http-load-client.js', import.meta.url), { workerData: job });
    worker.once('message', (m: LoadResult | { error: string }) => { void worker.terminate(); if ('error' in m) reject(new Error(m.error)); else resolve(m); });
    worker.once('error', reject);
  });
}

export async function run(): Promise<Record<string, number>> {
  const kb = Number(process.env['HTTP_BENCH_KB'] ?? 400);
  // A corpus built beforehand (STORE_BENCH_KEEP of the store bench: 100,000 articles) is served as it is.
  const prebuilt = process.env['HTTP_BENCH_DB'];
  const dir = mkdtempSync(join(tmpdir(), 'rostrum-http-bench-'));
  const corpus = await StoreCorpus.open(prebuilt ?? join(dir, 'bench.db'));
  try {
    const t0 = performance.now();
    const extractor = await createExtractor();
    if (!prebuilt) await loadFiles(corpus, exampleFiles(), extractor);
    let generated = 0;
    for (const lang of prebuilt ? [] : BENCH_LANGS) {
      for (const [k, article] of generateCorpus(lang, kb * 1024).entries()) {
        const record = extractor.extract({ source: `bench:${lang}:${k}`, url: null, title: null, date: article.date, lang, body: article.body, credits: [] });
        if ((await corpus.addArticle(record)).created) generated += 1;
      }
    }
    const loadSeconds = (performance.now() - t0) / 1000;

    const paths = QUERIES.map((q) => `api/search?${q}&limit=20`);
    // Served as `rostrum serve` serves: the first request of each query computes, repeats reuse it.
    const [cold, warm] = await measure(corpus, paths, true, [3000, 3000], 15_000);
    // Every request to the database: the cost of queries nobody asked in the last 30 seconds.
    const [uncached] = await measure(corpus, paths, false, [600], 12_000);
    return {
      articles: (await corpus.store.counts()).articles,
      generatedArticles: generated,
      corpusLoadSeconds: round(loadSeconds),
      concurrency: CONCURRENCY,
      distinctQueries: paths.length,
      ...prefixed('', cold!),
      ...prefixed('warm', warm!),
      ...prefixed('uncached', uncached!),
      targetP95Ms: 100,
    };
  } finally {
    await corpus.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
