/**
 * Corpus benchmark: `rostrum ingest` run for real (a child process: the CLI, its worker pool sized
 * to the cores, write sessions) on a generated fictional corpus (fixed seed) — into SQLite without
 * linking (the store alone), with linking (what `rostrum ingest` does by default: the difference is
 * the cost of linking), and into PostgreSQL when STORE_BENCH_PG names a server — then search
 * latency (p50/p95) over mixed queries on the SQLite corpus, and store-only write speed.
 *
 * STORE_BENCH_ARTICLES sets the corpus size (default 1,200: well under a minute on two cores; the
 * issue's figures are taken with 100000). STORE_BENCH_LINK=0 skips the linked ingest.
 * STORE_BENCH_KEEP=FILE keeps the SQLite corpus there (HTTP_BENCH_DB can then serve it).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { ArticleRecord } from '../record/article-record.js';
import { analyzeText } from '../search/analyze-text.js';
import type { SearchQuery } from '../search/search-query.js';
import { LINK_TABLES } from '../store/link-tables.js';
import { openStore } from '../store/open-store.js';
import { BENCH_LANGS, generateCorpus, seededRandom } from './generate-corpus.js';
import { TEMPLATES } from './corpus-templates.js';

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const CLI = fileURLToPath(new URL('../../bin/rostrum.js', import.meta.url));
/** Records written again, store alone: enough for a steady rate, few enough to hold in memory. */
const WRITE_ONLY_SAMPLE = 2000;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Queries a user of this corpus would type: names, places, 1–2 character Chinese, inflected words. */
export function benchQueries(count: number): SearchQuery[] {
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

/** Writes the corpus as one JSON Lines file, article by article; returns its size in MB of text. */
async function writeCorpus(path: string, articles: number): Promise<number> {
  const perLang = Math.ceil(articles / BENCH_LANGS.length);
  const out = createWriteStream(path);
  let bytes = 0;
  for (const lang of BENCH_LANGS) {
    for (const [i, a] of generateCorpus(lang, perLang * 6000).slice(0, perLang).entries()) {
      bytes += Buffer.byteLength(a.body);
      if (!out.write(`${JSON.stringify({ url: `https://bench.example/${lang}/${i}`, date: a.date, text: a.body })}\n`)) {
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      }
    }
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return bytes / 1e6;
}

/** A SQLite file's size (pages in use) and how many rows its link tables hold. */
function databaseShape(path: string): { megabytes: number; linkRows: number } {
  const db = new Database(path, { readonly: true });
  try {
    const pages = db.pragma('page_count', { simple: true }) as number;
    const free = db.pragma('freelist_count', { simple: true }) as number;
    const size = db.pragma('page_size', { simple: true }) as number;
    const linkRows = LINK_TABLES.reduce((n, t) => n + (db.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n, 0);
    return { megabytes: ((pages - free) * size) / 1e6, linkRows };
  } finally {
    db.close();
  }
}

interface IngestRun { readonly stored: number; readonly errors: number; readonly perSecond: number; readonly peakRssMb: number }

/** `rostrum ingest` in a child process, as a user runs it; its final JSON line. */
function ingest(input: string, db: string, extra: readonly string[]): Promise<IngestRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'ingest', input, '--db', db, ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (last + chunk).split('\n');
      last = lines.pop() ?? '';
      for (const line of lines) if (line.includes('"event":"done"')) last = line;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr = (stderr + chunk).slice(-2000); });
    child.on('error', reject);
    child.on('close', () => {
      try {
        const done = JSON.parse(last) as { stored: number; errors: number; per_second: number; peak_rss_mb: number };
        resolve({ stored: done.stored, errors: done.errors, perSecond: done.per_second, peakRssMb: done.peak_rss_mb });
      } catch {
        reject(new Error(`rostrum ingest gave no summary: ${stderr}`));
      }
    });
  });
}

export async function runStoreBench(): Promise<Record<string, number>> {
  const articles = Number(process.env['STORE_BENCH_ARTICLES'] ?? 1200);
  const pg = process.env['STORE_BENCH_PG'];
  const dir = mkdtempSync(join(tmpdir(), 'rostrum-store-bench-'));
  try {
    const input = join(dir, 'corpus.jsonl');
    const megabytes = await writeCorpus(input, articles);
    const figures: Record<string, number> = { articles, corpus_mb: round(megabytes, 1) };

    const plain = await ingest(input, join(dir, 'plain.db'), ['--no-link']);
    Object.assign(figures, {
      ingest_articles_per_s: plain.perSecond, ingest_peak_rss_mb: plain.peakRssMb, ingest_errors: plain.errors,
    });
    if (process.env['STORE_BENCH_LINK'] !== '0') {
      const linked = await ingest(input, join(dir, 'linked.db'), []);
      const [plainDb, linkedDb] = [databaseShape(join(dir, 'plain.db')), databaseShape(join(dir, 'linked.db'))];
      Object.assign(figures, {
        linked_ingest_articles_per_s: linked.perSecond, linked_ingest_peak_rss_mb: linked.peakRssMb,
        link_throughput_drop_percent: round((1 - linked.perSecond / plain.perSecond) * 100),
        // What linking writes: rows per article and the database it adds, next to the store's own.
        plain_db_mb: round(plainDb.megabytes), linked_db_mb: round(linkedDb.megabytes),
        link_rows_per_article: round(linkedDb.linkRows / Math.max(1, linked.stored)),
      });
    }
    if (pg) {
      const intoPg = await ingest(input, pg, ['--no-link']);
      Object.assign(figures, { postgres_ingest_articles_per_s: intoPg.perSecond, postgres_ingest_errors: intoPg.errors });
    }

    const store = await openStore(join(dir, 'plain.db'));
    try {
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

      // The store alone, fed records the pipeline stored (read back, so nothing is extracted twice).
      const sample = (await store.search({ type: 'article', since: '0000-01-01', limit: WRITE_ONLY_SAMPLE })).map((h) => h.article.id);
      const records: ArticleRecord[] = [];
      for (const id of sample) {
        const stored = await store.getArticle(id);
        if (stored) records.push(stored.record);
      }
      const writeOnly = await openStore(join(dir, 'write-only.db'));
      const w0 = performance.now();
      await writeOnly.writeSession(async (session) => {
        for (const r of records) await session.putArticle(r);
      });
      const writeSeconds = (performance.now() - w0) / 1000;
      await writeOnly.close();

      for (const r of records.slice(0, 20)) analyzeText(r.text); // opencc's tables load on first use
      const a0 = performance.now();
      let analyzed = 0;
      for (const r of records) {
        analyzeText(r.text);
        analyzed += Buffer.byteLength(r.text);
      }
      const analyzeSeconds = (performance.now() - a0) / 1000;
      Object.assign(figures, {
        search_units: (await store.counts()).units,
        search_queries: queries.length,
        search_mean_hits: round(hits / queries.length),
        search_p50_ms: round(percentile(latencies, 50), 2),
        search_p95_ms: round(percentile(latencies, 95), 2),
        store_write_articles: records.length,
        store_write_articles_per_s: round(records.length / writeSeconds),
        analyze_mb_per_s: round(analyzed / 1e6 / analyzeSeconds),
      });
    } finally {
      await store.close();
    }
    const keep = process.env['STORE_BENCH_KEEP'];
    if (keep) copyFileSync(join(dir, 'plain.db'), keep);
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
