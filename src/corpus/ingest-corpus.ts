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
import { articleId } from '../record/article-id.js';
import type { Store } from '../store/store.js';
import { normalizeText } from '../text/normalize-text.js';
import { expandInputs } from './expand-inputs.js';
import type { ExtractPool } from './extract-pool.js';
import type { ExtractTask, PreparedArticle } from './extract-worker.js';
import type { LinkBatch, LinkThread } from './link-thread.js';
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
  /**
   * Links each record before it is stored, its rows written in the same write session; a
   * syndicated copy is then not stored again. The thread decides while this one writes.
   */
  readonly link?: LinkThread;
  readonly onEvent?: (event: IngestEvent) => void;
  /** Articles per write session (BATCH); tests make several sessions out of a few articles. */
  readonly batch?: number;
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
  const batch = options.batch ?? BATCH;
  // Two batches in flight: the pool extracts the next while this one is written.
  const maxInFlight = Math.max(2 * batch, pool.threads * 4);

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
    let linking: LinkBatch | undefined;
    /** Whether every decision the link thread made was written (else its memory is dropped). */
    let clean = false;
    try {
      await store.writeSession(async (session) => {
        // Under the session's write lock: the link thread may now read and decide for this batch.
        linking = link?.begin(ready.map(({ article, link: prep }) => {
          if (prep === undefined) throw new Error(`${article.source}: no link preparation`);
          return prep;
        }));
        let linked = linking !== undefined;
        for (const [i, { article, record, units }] of ready.entries()) {
          // better-sqlite3 blocks this thread while it writes; between articles, let the pool hand
          // the workers their next tasks so extraction goes on during the batch.
          await new Promise<void>((resolve) => setImmediate(resolve));
          let copyOf: string | null = null;
          if (linking !== undefined) {
            const failed = (reason: string) =>
              events.push({ kind: 'failure', source: article.source, reason: `linking failed (rostrum relink repairs it): ${reason}` });
            try {
              const decision = await linking.decision(i);
              if (decision.error !== undefined) failed(decision.error);
              else if (!linked) failed('an earlier article\'s link rows could not be written');
              else {
                await session.savepoint(() => session.applyLinks(decision.outbox));
                copyOf = decision.copyOf;
              }
            } catch (error) {
              // The thread decided the next articles against rows that are now not written: they
              // are stored unlinked, and the thread forgets this session when it ends.
              linked = false;
              failed((error as Error).message);
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
        clean = linked;
      });
    } catch (error) {
      // The session itself failed (lock timeout, a failed commit): nothing of this batch is stored.
      clean = false;
      for (const { article } of ready) emit({ kind: 'failure', source: article.source, reason: `could not store: ${(error as Error).message}` });
      return;
    } finally {
      linking?.end(clean);
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
      if (queue.length >= maxInFlight) await writeBatch(batch);
    }
  }
  while (queue.length > 0) await writeBatch(batch);
  return { ...counts, seconds: (performance.now() - started) / 1000 };
}
