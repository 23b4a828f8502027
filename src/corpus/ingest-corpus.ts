/**
 * `rostrum ingest`'s engine: inputs → articles → records (in the extraction pool) → the store,
 * one transaction per article. An article already stored (same content id) is skipped before
 * extraction, so re-running an ingest — after a crash or a `kill -9` — only does what is left.
 * Records are committed in input order, so versions of one url are numbered as the inputs list
 * them, while extraction of later articles goes on in the pool.
 */
import type { Article } from '../ingest/article.js';
import type { IngestLink } from '../link/ingest-link-hook.js';
import { articleId } from '../record/article-id.js';
import type { ArticleRecord } from '../record/article-record.js';
import type { Store } from '../store/store.js';
import { normalizeText } from '../text/normalize-text.js';
import { expandInputs } from './expand-inputs.js';
import type { ExtractPool } from './extract-pool.js';
import type { ExtractTask } from './extract-worker.js';
import { sourceArticles } from './source-articles.js';

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
  /** Links each record before it is stored; a syndicated copy is then not stored again. */
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

interface Pending {
  readonly article: Article;
  readonly record: Promise<ArticleRecord>;
}

export async function ingestCorpus(paths: readonly string[], options: IngestCorpusOptions): Promise<IngestSummary> {
  const { store, pool } = options;
  const started = performance.now();
  const counts = { files: 0, articles: 0, stored: 0, unchanged: 0, failed: 0 };
  const emit = (event: IngestEvent) => {
    if (event.kind === 'article') counts[event.status]++;
    if (event.kind === 'failure') counts.failed++;
    options.onEvent?.(event);
  };

  const queue: Pending[] = [];
  const maxInFlight = Math.max(2, pool.threads * 3);
  const commitHead = async () => {
    const { article, record } = queue.shift()!;
    let extracted: ArticleRecord;
    try {
      extracted = await record;
    } catch (error) {
      emit({ kind: 'failure', source: article.source, reason: `extraction failed: ${(error as Error).message}` });
      return;
    }
    const linked = await options.link?.(extracted);
    if (linked?.error) emit({ kind: 'failure', source: article.source, reason: linked.error });
    if (linked?.copyOf) {
      emit({ kind: 'article', status: 'unchanged', source: article.source, id: extracted.id });
      return;
    }
    try {
      const outcome = await store.putArticle(extracted, { source: article.source });
      emit(outcome.status === 'inserted'
        ? { kind: 'article', status: 'stored', source: article.source, id: extracted.id, version: outcome.version }
        : { kind: 'article', status: 'unchanged', source: article.source, id: extracted.id });
    } catch (error) {
      emit({ kind: 'failure', source: article.source, reason: `could not store: ${(error as Error).message}` });
    }
  };

  const items = await expandInputs(paths);
  const files = items.filter((i) => i.kind === 'file');
  emit({ kind: 'files', total: files.length });
  for (const item of items) if (item.kind === 'missing') emit({ kind: 'failure', source: item.path, reason: item.reason });

  const seen = new Set<string>();
  // Read one file ahead, so reading overlaps extraction and writing.
  let next = files[0] ? sourceArticles(files[0].path) : undefined;
  for (const [index, file] of files.entries()) {
    const results = await next!;
    next = files[index + 1] ? sourceArticles(files[index + 1]!.path) : undefined;
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
      const record = pool.extract(article, options.extract ?? {});
      record.catch(() => undefined); // reported in input order by commitHead
      queue.push({ article, record });
      while (queue.length >= maxInFlight) await commitHead();
    }
    counts.files++;
    options.onEvent?.({ kind: 'file-done', path: file.path });
  }
  while (queue.length > 0) await commitHead();
  return { ...counts, seconds: (performance.now() - started) / 1000 };
}
