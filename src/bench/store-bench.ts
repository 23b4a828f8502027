/**
 * Corpus benchmark: ingest throughput into SQLite through the real pipeline (worker pool sized to
 * the cores, one transaction per article), store-only write throughput (records already
 * extracted), analyzer speed, and search latency (p50/p95) over mixed queries. The corpus is
 * generated from the fictional templates with a fixed seed; STORE_BENCH_ARTICLES sets its size
 * (default 120: well under a minute on two cores even while extraction is slow).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExtractPool } from '../corpus/extract-pool.js';
import { ingestCorpus } from '../corpus/ingest-corpus.js';
import { analyzeText } from '../search/analyze-text.js';
import type { SearchQuery } from '../search/search-query.js';
import { openStore } from '../store/open-store.js';
import { BENCH_LANGS, generateCorpus, seededRandom } from './generate-corpus.js';
import { TEMPLATES } from './corpus-templates.js';

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Queries a user of this corpus would type: names, places, 1–2 character Chinese, inflected words. */
function benchQueries(count: number): SearchQuery[] {
  const random = seededRandom(7);
  const words = ['贸易', '合作', '天', '银行', 'поддерживает', 'торговли', 'trade', 'cooperation', 'forum', 'ынтымақтастық'];
  const names = BENCH_LANGS.flatMap((l) => TEMPLATES[l].persons);
  const places = BENCH_LANGS.flatMap((l) => [...TEMPLATES[l].countries, ...TEMPLATES[l].cities]);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, i): SearchQuery => {
    switch (i % 4) {
      case 0: return { text: pick(words), limit: 20 };
      case 1: return { text: pick(places), limit: 20 };
      case 2: return { text: `${pick(words)} ${pick(places)}`, type: 'article', limit: 20 };
      default: return { speaker: pick(names), limit: 20 };
    }
  });
}

export async function runStoreBench(): Promise<Record<string, number>> {
  const articles = Number(process.env['STORE_BENCH_ARTICLES'] ?? 120);
  const dir = mkdtempSync(join(tmpdir(), 'rostrum-store-bench-'));
  try {
    const perLang = Math.ceil(articles / BENCH_LANGS.length);
    const corpus = BENCH_LANGS.flatMap((lang) => generateCorpus(lang, perLang * 6000).slice(0, perLang)
      .map((a, i) => ({ url: `https://bench.example/${lang}/${i}`, date: a.date, text: a.body })));
    const input = join(dir, 'corpus.jsonl');
    writeFileSync(input, corpus.map((a) => JSON.stringify(a)).join('\n'));
    const megabytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;

    // The full pipeline: read, extract in the pool, one transaction per article.
    const store = await openStore(join(dir, 'pipeline.db'));
    const pool = await createExtractPool();
    const summary = await ingestCorpus([input], { store, pool });
    await pool.close();

    // The store alone, fed the records the pipeline stored (read back, so nothing is extracted twice).
    const ids = (await store.search({ type: 'article', since: '0000-01-01', limit: null })).map((h) => h.article.id);
    const records = [];
    for (const id of ids) {
      const stored = await store.getArticle(id);
      if (stored) records.push(stored.record);
    }
    const writeOnly = await openStore(join(dir, 'write-only.db'));
    const w0 = performance.now();
    for (const r of records) await writeOnly.putArticle(r);
    const writeSeconds = (performance.now() - w0) / 1000;
    await writeOnly.close();

    for (const a of corpus.slice(0, 20)) analyzeText(a.text); // opencc's tables load on first use
    const a0 = performance.now();
    for (const a of corpus) analyzeText(a.text);
    const analyzeSeconds = (performance.now() - a0) / 1000;

    const queries = benchQueries(200);
    for (const query of queries.slice(0, 20)) await store.search(query);
    const latencies: number[] = [];
    let hits = 0;
    for (const query of queries) {
      const t0 = performance.now();
      hits += (await store.search(query)).length;
      latencies.push(performance.now() - t0);
    }
    latencies.sort((x, y) => x - y);
    const counts = await store.counts();
    await store.close();

    return {
      articles: summary.stored,
      store_write_articles: records.length,
      errors: summary.failed,
      corpus_mb: round(megabytes, 2),
      pool_threads: pool.threads,
      ingest_articles_per_s: round(summary.stored / summary.seconds),
      store_write_articles_per_s: round(records.length / writeSeconds),
      analyze_mb_per_s: round(megabytes / analyzeSeconds),
      search_units: counts.units,
      search_queries: queries.length,
      search_mean_hits: round(hits / queries.length),
      search_p50_ms: round(percentile(latencies, 50), 2),
      search_p95_ms: round(percentile(latencies, 95), 2),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
