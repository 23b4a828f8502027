/**
 * Linking cost per ingested article, next to the rest of an ingest: extraction and the store
 * write (SQLite in a temporary directory). Articles come from the fictional benchmark templates
 * through the real extractor; their statement layers are then filled in synthetically (a seeded
 * pool of 400 fictional speakers over a year, quotes on sentences, figures and mentions inside
 * them), so the candidate density does not depend on which extraction stages have landed. A third
 * of the articles re-report an earlier article's statements in other words, and one in twenty is
 * a syndicated copy, so joins and copies are exercised.
 *
 * LINK_BENCH_ARTICLES sets the corpus size (default 3 000; the run stops early after 45 s so the
 * bench stays under a minute on a busy machine). The cost per article over the first and the last
 * thousand shows whether it grows with the corpus.
 * Linking is timed on the SQLite link tables (what `rostrum ingest` uses) and in memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExtractor } from '../extract/extractor.js';
import { ingestText } from '../ingest/index.js';
import { loadPacks } from '../lang/load-packs.js';
import { Linker } from '../link/linker.js';
import { MemoryLinkRepository } from '../link/memory-link-repository.js';
import type { ArticleRecord, FigureRecord, MentionRecord, QuoteRecord, StanceRecord } from '../record/article-record.js';
import { openLinkTables } from '../store/open-link-repository.js';
import { openStore } from '../store/open-store.js';
import { BENCH_LANGS, generateArticle, seededRandom } from './generate-corpus.js';

const SPEAKERS = 400;
const TOPICS = 300;
const WINDOW = 1000;
const TIME_BUDGET_MS = 45_000;

interface Utterance { readonly speaker: string; readonly date: string; readonly topics: readonly string[]; readonly value: number }

function dayOf(random: () => number): string {
  return new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 365) * 86_400_000).toISOString().slice(0, 10);
}

/** Quotes, stances, figures and mentions on the record's own sentences, saying `utterances`. */
function withStatements(record: ArticleRecord, utterances: readonly Utterance[]): ArticleRecord {
  const quotes: QuoteRecord[] = [];
  const stances: StanceRecord[] = [];
  const figures: FigureRecord[] = [];
  const mentions: MentionRecord[] = [];
  const span = (start: number, end: number) => ({ start, end, text: record.text.slice(start, end) });
  record.sentences.slice(0, utterances.length).forEach((s, i) => {
    const u = utterances[i]!;
    const third = s.start + Math.floor((s.end - s.start) / 3);
    quotes.push({ ...span(s.start, s.end), kind: 'direct', speaker: u.speaker, confidence: 0.9 });
    mentions.push({ ...span(s.start, third), entity: u.topics[0]!, via: 'alias' });
    mentions.push({ ...span(third, third + 1), entity: u.topics[1]!, via: 'alias' });
    figures.push({ ...span(third + 1, Math.min(s.end, third + 4)), value: u.value, unit: 'USD', kind: 'money', approx: 'exact' });
    if (i % 2 === 0) stances.push({ ...span(s.start, third), type: 'support', holder: u.speaker, target: span(third, s.end) });
  });
  return { ...record, date: utterances[0]?.date ?? record.date, quotes, stances, figures, mentions };
}

/** Wall time; extraction, store and link are timed article by article, so load hits all alike. */
const now = () => performance.now();

interface Timings { extract: number; store: number; link: number; linkMemory: number }

export async function run(): Promise<Record<string, number>> {
  const wanted = Number(process.env['LINK_BENCH_ARTICLES'] ?? 3000);
  const started = now();
  let total = 0;
  const random = seededRandom(9);
  const extractor = await createExtractor();
  const packs = await loadPacks();
  const dir = mkdtempSync(join(tmpdir(), 'rostrum-link-bench-'));
  const store = await openStore(join(dir, 'bench.db'));
  const tables = await openLinkTables(join(dir, 'bench.db'));
  const linker = new Linker(tables.repo, packs);
  const memoryLinker = new Linker(new MemoryLinkRepository(), packs);
  const said: Utterance[][] = [];
  const records: ArticleRecord[] = [];
  const windowMs: number[] = [];
  const t: Timings = { extract: 0, store: 0, link: 0, linkMemory: 0 };
  let bytes = 0;
  let joined = 0;
  let copies = 0;
  let falseCopies = 0;
  let missedCopies = 0;
  try {
    // A busy machine must not push the run past a minute: stop early and report what was done.
    for (let i = 0; i < wanted && now() - started < TIME_BUDGET_MS; i++, total++) {
      const lang = BENCH_LANGS[i % BENCH_LANGS.length]!;
      const generated = generateArticle(lang, random);
      let t0 = now();
      const extracted = extractor.extract(ingestText(generated.body, `bench:${i}`, { date: generated.date, url: `https://bench.example/${i}` }));
      t.extract += now() - t0;
      bytes += Buffer.byteLength(extracted.text);
      const record = nextRecord(extracted, i, random, said, records);
      records.push(record);
      t0 = now();
      const outcome = await linker.add(record);
      const ms = now() - t0;
      t.link += ms;
      windowMs[Math.floor(i / WINDOW)] = (windowMs[Math.floor(i / WINDOW)] ?? 0) + ms;
      t0 = now();
      await memoryLinker.add(record);
      t.linkMemory += now() - t0;
      const isCopy = record.id.startsWith('copy');
      if (outcome.status === 'copy' && !isCopy) falseCopies++;
      if (outcome.status !== 'copy' && isCopy) missedCopies++;
      if (outcome.status === 'copy') {
        copies++;
        continue;
      }
      if (outcome.status === 'linked') joined += outcome.joined;
      t0 = now();
      await store.putArticle(record);
      t.store += now() - t0;
    }
  } finally {
    await tables.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const per = (ms: number) => ms / total;
  const perWindow = (ms: number | undefined, w: number) => (ms ?? 0) / Math.max(1, Math.min(WINDOW, total - w * WINDOW));
  const ingest = per(t.extract) + per(t.store);
  return {
    articles: total,
    megabytes: round(bytes / (1024 * 1024)),
    extractMsPerArticle: round(per(t.extract)),
    storeMsPerArticle: round(per(t.store)),
    linkMsPerArticle: round(per(t.link)),
    linkMemoryMsPerArticle: round(per(t.linkMemory)),
    /** One thread doing everything: how much slower ingest gets with linking. */
    ingestSlowdownPercent: round((100 * per(t.link)) / (ingest + per(t.link))),
    /** With extraction in worker threads, store and link share the main thread: its slowdown. */
    mainThreadSlowdownPercent: round((100 * per(t.link)) / (per(t.store) + per(t.link))),
    linkMsPerArticleFirst1k: round(perWindow(windowMs[0], 0)),
    linkMsPerArticleLast1k: round(perWindow(windowMs[windowMs.length - 1], windowMs.length - 1)),
    statementsJoined: joined,
    syndicatedCopies: copies,
    /** Generated copies (a footer added) not recognised, and distinct articles taken for copies. */
    missedCopies,
    falseCopies,
  };
}

/** The record to link next: a syndicated copy, a re-report of earlier statements, or new ones. */
function nextRecord(extracted: ArticleRecord, i: number, random: () => number, said: Utterance[][], records: readonly ArticleRecord[]): ArticleRecord {
  if (i > 20 && random() < 0.05) {
    const original = records[Math.floor(random() * records.length)]!;
    return { ...original, id: `copy${String(i).padStart(12, '0')}`, url: `https://mirror.example/${i}`, text: `${original.text}\n\nRepublished.` };
  }
  const earlier = i > 20 && random() < 0.33 ? said[Math.floor(random() * said.length)] : undefined;
  const speaker = `person:fictional-${Math.floor(random() * SPEAKERS)}`;
  const date = dayOf(random);
  const utterances = earlier ?? Array.from({ length: Math.min(8, extracted.sentences.length) }, () => ({
    speaker, date,
    topics: [`country:fictional-${Math.floor(random() * TOPICS)}`, `organization:fictional-${Math.floor(random() * TOPICS)}`],
    value: Math.floor(random() * 1000) * 1e9,
  }));
  said.push(utterances);
  return withStatements(extracted, utterances);
}
