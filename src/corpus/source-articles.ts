/**
 * One input file → its articles, whatever it holds: an RSS/Atom feed, a list of URLs, or anything
 * ingest reads itself (text, Markdown, HTML, JSON, JSON Lines). Never throws.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { ingestBytes, ingestPath, type IngestResult } from '../ingest/index.js';
import { looksLikeFeed, readFeed } from './read-feed.js';
import { fetchArticle, looksLikeUrlList, urlsOf } from './read-url-list.js';

const FEED_EXTENSIONS = new Set(['.rss', '.atom', '.xml']);
const SNIFF_EXTENSIONS = new Set(['.txt', '.urls', '.list', '']);
const MAX_SNIFF_BYTES = 5 * 1024 * 1024;
const MAX_READ_BYTES = 50 * 1024 * 1024;

/** Looks inside only when the file might be a feed or a URL list. */
function sniff(path: string, bytes: Uint8Array): 'feed' | 'urls' | 'other' {
  const ext = extname(path).toLowerCase();
  if (!FEED_EXTENSIONS.has(ext) && !SNIFF_EXTENSIONS.has(ext)) return 'other';
  if (bytes.byteLength > MAX_SNIFF_BYTES) return 'other';
  const text = new TextDecoder('utf-8').decode(bytes);
  if (looksLikeFeed(text)) return 'feed';
  if (looksLikeUrlList(text)) return 'urls';
  return 'other';
}

export async function sourceArticles(path: string): Promise<IngestResult[]> {
  try {
    if (path === '-') return await ingestPath(path);
    let bytes: Uint8Array;
    try {
      const info = await stat(path);
      if (!info.isFile() || info.size === 0 || info.size > MAX_READ_BYTES) return await ingestPath(path);
      bytes = await readFile(path);
    } catch {
      // ingest words filesystem errors its own way (`no such file`, `permission denied`).
      return await ingestPath(path);
    }
    const kind = sniff(path, bytes);
    if (kind === 'feed') return readFeed(new TextDecoder('utf-8').decode(bytes), path);
    if (kind === 'urls') {
      const results: IngestResult[] = [];
      for (const url of urlsOf(new TextDecoder('utf-8').decode(bytes))) results.push(...await fetchArticle(url));
      return results;
    }
    return ingestBytes(bytes, path, { ext: extname(path) });
  } catch (error) {
    return [{ kind: 'failure', failure: { source: path, reason: (error as Error).message } }];
  }
}
