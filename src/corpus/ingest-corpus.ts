/**
 * `rostrum ingest`'s engine: inputs → articles → records (in the extraction pool) → the store,
 * in write sessions of up to BATCH articles (one transaction, a savepoint per article, linking
 * included), so every article is stored whole or not at all. An article already stored (same
 * content id) is skipped before extraction, so re-running an ingest — after a crash or a
 * `kill -9` — only does what is left.
 * Records are committed in input order, so versions of one url are numbered as the inputs list
 * them, while extraction of later articles goes on in the pool.
 */
import type { Article, IngestResult } from '../ingest/article.js';
import type { IngestLink } from '../link/ingest-link-hook.js';
import { articleId } from '../record/article-id.js';
import type { Store } from '../store/store.js';
import { normalizeText } from '../text/normalize-text.js';
import { expandInputs } from './expand-inputs.js';
import type { ExtractPool } from './extract-pool.js';
import type { ExtractTask, PreparedArticle } from './extract-worker.js';
import { sourceChunks } from './source-chunks.js';

export type IngestEvent =
  | { readonly kind: 'files'; readonly total: number }
  | { readonly kind: 'file-done'; readonly path: string }
  | { readonly kind: 'article'; readonly status: 'stored' | 'unchanged'; readonly source: string; readonly id: string; readonly version?: number }
  | { readonly kind: 'failure'; readonly source: string; readonly reason: string };

export interface IngestSummary {
  readonly files: number;
  readonly articles: number;
  readonly stored: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly seconds: number;
}

export interface IngestCorpusOptions {
  readonly store: Store;
  readonly pool: ExtractPool;
  readonly extract?: ExtractTask['options'];
  /** The date given to articles that state none. */
  readonly defaultDate?: string;
  /** Links each record before it is stored, in the same write session; a syndicated copy is then not stored again. */
  readonly link?: IngestLink;
  readonly onEvent?: (event: IngestEvent) => void;
}

/** The id the extractor will give the article, to skip stored ones before extracting them. */
function expectedId(article: Article): string | undefined {
  try {
    return articleId(normalizeText(article.body), article.url);
  } catch {
    return undefined;
  }
}

type Piece = { readonly kind: 'chunk'; readonly results: IngestResult[] } | { readonly kind: 'file-done'; readonly path: string };

/** Every file's articles in chunks (a JSON Lines dump streams), each file followed by its end. */
async function* fileChunks(paths: readonly string[]): AsyncGenerator<Piece> {
  for (const path of paths) {
    for await (const results of sourceChunks(path)) yield { kind: 'chunk', results };
    yield { kind: 'file-done', path };
  }
}

/** Reads one piece ahead, so reading and parsing the next chunk overlap extracting and writing this one. */
async function* readAhead<T>(source: AsyncIterator<T>): AsyncGenerator<T> {
  let next = source.next();
  for (;;) {
    const current = await next;
    if (current.done) return;
    next = source.next();
    next.catch(() => undefined); // awaited on the next turn
    yield current.value;
  }
}

interface Pending {
  readonly article: Article;
  readonly prepared: Promise<PreparedArticle>;
}

/**
 * Articles per write session. A commit rewrites every page the articles dirtied (the FTS index,
 * b-tree interiors), so committing a batch costs about what committing one article did; a crash
 * loses at most one batch of work, which the next run redoes. 20,000 articles, two runs each:
 * 64 gave 554 and 537 articles/s, 128 gave 556 and 572.
 */
const BATCH = 128;

export async function ingestCorpus(paths: readonly string[], options: IngestCorpusOptions): Promise<IngestSummary> {
  const { store, pool, link } = options;
  const started = performance.now();
  const counts = { files: 0, articles: 0, stored: 0, unchanged: 0, failed: 0 };
  const emit = (event: IngestEvent) => {
    if (event.kind === 'article') counts[event.status]++;
    if (event.kind === 'failure') counts.failed++;
    options.onEvent?.(event);
  };

  const queue: Pending[] = [];
  // Two batches in flight: the pool extracts the next while this one is written.
  const maxInFlight = Math.max(2 * BATCH, pool.threads * 4);

  /** Writes the oldest `count` pending articles (input order) in one write session. */
  const writeBatch = async (count: number) => {
    const ready: Array<{ article: Article } & PreparedArticle> = [];
    for (const { article, prepared } of queue.splice(0, count)) {
      try {
        ready.push({ article, ...await prepared });
      } catch (error) {
        emit({ kind: 'failure', source: article.source, reason: `extraction failed: ${(error as Error).message}` });
      }
    }
    if (ready.length === 0) return;
    // Reported once the session commits: an article is stored only when its batch is.
    const events: IngestEvent[] = [];
    try {
      await store.writeSession(async (session) => {
        for (const { article, record, units, link: prep } of ready) {
          // better-sqlite3 blocks this thread while it writes; between articles, let the pool hand
          // the workers their next tasks so extraction goes on during the batch.
          await new Promise<void>((resolve) => setImmediate(resolve));
          let copyOf: string | null = null;
          if (link) {
            try {
              copyOf = (await session.savepoint(() => link(record, session.links, prep))).copyOf;
            } catch (error) {
              events.push({ kind: 'failure', source: article.source, reason: `linking failed (rostrum relink repairs it): ${(error as Error).message}` });
            }
          }
          if (copyOf !== null) {
            events.push({ kind: 'article', status: 'unchanged', source: article.source, id: record.id });
            continue;
          }
          try {
            const outcome = await session.putArticle(record, { source: article.source, units });
            events.push(outcome.status === 'inserted'
              ? { kind: 'article', status: 'stored', source: article.source, id: record.id, version: outcome.version }
              : { kind: 'article', status: 'unchanged', source: article.source, id: record.id });
          } catch (error) {
            events.push({ kind: 'failure', source: article.source, reason: `could not store: ${(error as Error).message}` });
          }
        }
      });
    } catch (error) {
      // The session itself failed (lock timeout, a failed commit): nothing of this batch is stored.
      for (const { article } of ready) emit({ kind: 'failure', source: article.source, reason: `could not store: ${(error as Error).message}` });
      return;
    }
    for (const event of events) emit(event);
  };

  const items = await expandInputs(paths);
  const files = items.filter((i) => i.kind === 'file');
  emit({ kind: 'files', total: files.length });
  for (const item of items) if (item.kind === 'missing') emit({ kind: 'failure', source: item.path, reason: item.reason });

  const seen = new Set<string>();
  for await (const piece of readAhead(fileChunks(files.map((f) => f.path)))) {
    if (piece.kind === 'file-done') {
      counts.files++;
      options.onEvent?.({ kind: 'file-done', path: piece.path });
      continue;
    }
    const { results } = piece;
    const articles = results.flatMap((r) => (r.kind !== 'article' ? []
      : [options.defaultDate && r.article.date === null ? { ...r.article, date: options.defaultDate } : r.article]));
    for (const r of results) if (r.kind === 'failure') emit({ kind: 'failure', source: r.failure.source, reason: r.failure.reason });
    const ids = articles.map(expectedId);
    const stored = await store.storedIds(ids.filter((id): id is string => id !== undefined));
    for (const [k, article] of articles.entries()) {
      counts.articles++;
      const id = ids[k];
      if (id !== undefined && (stored.has(id) || seen.has(id))) {
        emit({ kind: 'article', status: 'unchanged', source: article.source, id });
        continue;
      }
      if (id !== undefined) seen.add(id);
      const prepared = pool.extract(article, options.extract ?? {}, { link: link !== undefined });
      prepared.catch(() => undefined); // reported in input order by writeBatch
      queue.push({ article, prepared });
      if (queue.length >= maxInFlight) await writeBatch(BATCH);
    }
  }
  while (queue.length > 0) await writeBatch(BATCH);
  return { ...counts, seconds: (performance.now() - started) / 1000 };
}
