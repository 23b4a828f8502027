/**
 * A file listing URLs, one a line (`#` comments and blank lines allowed): each URL is fetched
 * and its body goes through ingest like a file would, with the URL as the article's url. A page
 * that cannot be fetched is one failed source; the list goes on.
 */
import { extname } from 'node:path';
import { ingestBytes, type IngestResult } from '../ingest/index.js';

const URL_LINE = /^https?:\/\/\S+$/i;
const FETCH_TIMEOUT_MS = 30_000;

/** True when every non-blank, non-comment line is an http(s) URL (and there is at least one). */
export function looksLikeUrlList(text: string): boolean {
  let urls = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!URL_LINE.test(line)) return false;
    urls++;
  }
  return urls > 0;
}

export function urlsOf(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => URL_LINE.test(l));
}

function extensionFor(url: string, contentType: string | null): string | undefined {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('html')) return '.html';
  if (type.includes('json')) return '.json';
  if (type.includes('markdown')) return '.md';
  if (type.startsWith('text/plain')) return '.txt';
  const ext = extname(new URL(url).pathname);
  return ext === '' ? undefined : ext;
}

export async function fetchArticle(url: string): Promise<IngestResult[]> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
    if (!response.ok) return [{ kind: 'failure', failure: { source: url, reason: `HTTP ${response.status}` } }];
    const bytes = new Uint8Array(await response.arrayBuffer());
    const ext = extensionFor(response.url || url, response.headers.get('content-type'));
    return ingestBytes(bytes, url, ext ? { ext } : {}).map((r): IngestResult =>
      r.kind === 'article' ? { kind: 'article', article: { ...r.article, url: r.article.url ?? url } } : r);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return [{ kind: 'failure', failure: { source: url, reason: `fetch failed${cause ? ` (${cause})` : `: ${(error as Error).message}`}` } }];
  }
}
