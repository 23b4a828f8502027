/**
 * `npm run bench`: prints the benchmark as a table, then as one JSON object, and saves the JSON in
 * .bench/results.json. BENCH_MB sets the corpus size per language (default 10).
 * Targets: extraction ≥ 20 MB/s per stage, cold start < 500 ms.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createExtractor } from '../extract/extractor.js';
import { measureColdStart } from './measure-cold-start.js';
import { measureExtraction } from './measure-extraction.js';
import { runOptionalBenches } from './optional-benches.js';

const megabytes = Number(process.env['BENCH_MB'] ?? 10);
const extractor = await createExtractor();

const coldStart = measureColdStart();
const extraction = measureExtraction(extractor, megabytes);
const optional = await runOptionalBenches();

const stages = [...new Set(extraction.flatMap((e) => Object.keys(e.stageMbPerSecond)))];
const pad = (s: string | number, n: number) => String(s).padStart(n);
const lines = [
  `cold start (rostrum extract on the seed, ${coldStart.runs} runs): median ${coldStart.medianMs} ms, min ${coldStart.minMs} ms, max ${coldStart.maxMs} ms   target < 500 ms`,
  '',
  `extraction, single thread, ${megabytes} MB generated fictional text per language`,
  `${'lang'.padEnd(6)}${pad('MB', 8)}${pad('articles', 10)}${pad('MB/s', 9)}${pad('art/s', 10)}  ${stages.map((s) => pad(s, Math.max(10, s.length + 1))).join('')}`,
  ...extraction.map((e) => `${e.lang.padEnd(6)}${pad(e.megabytes, 8)}${pad(e.articles, 10)}${pad(e.mbPerSecond, 9)}${pad(e.articlesPerSecond, 10)}  ${
    stages.map((s) => pad(e.stageMbPerSecond[s] ?? '—', Math.max(10, s.length + 1))).join('')}`),
  '(per-stage columns: MB/s of that stage alone; target ≥ 20 MB/s)',
  ...Object.entries(optional).flatMap(([name, figures]) => ['', name, ...Object.entries(figures).map(([k, v]) => `  ${k}: ${v}`)]),
];
const results = { date: new Date().toISOString(), node: process.version, megabytesPerLang: megabytes, coldStart, extraction, ...optional };
process.stdout.write(`${lines.join('\n')}\n\n${JSON.stringify(results, null, 2)}\n`);
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
