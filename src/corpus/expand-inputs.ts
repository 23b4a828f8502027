/**
 * The inputs of `rostrum ingest PATH…` as a list of files: a file is itself, a directory every
 * article-like file below it (recursively, hidden names skipped), a glob its matches, `-` stdin.
 * A path that is none of these is reported, not fatal.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { expandGlob, hasGlob } from './glob-match.js';

/** What a directory walk picks up: the formats ingest reads, feeds and URL lists. */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.json', '.jsonl', '.ndjson',
  '.xml', '.rss', '.atom', '.urls',
]);

export type InputItem =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'missing'; readonly path: string; readonly reason: string };

async function walk(dir: string, out: string[]): Promise<void> {
  const list = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of [...list].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, out);
    else if (e.isFile() && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(path);
  }
}

export async function expandInputs(paths: readonly string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for (const path of paths) {
    if (path === '-') {
      items.push({ kind: 'file', path });
      continue;
    }
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const files: string[] = [];
      await walk(path, files);
      if (files.length === 0) items.push({ kind: 'missing', path, reason: 'no article files in directory' });
      for (const file of files) items.push({ kind: 'file', path: file });
    } else if (info) {
      items.push({ kind: 'file', path });
    } else if (hasGlob(path)) {
      const files = await expandGlob(path);
      if (files.length === 0) items.push({ kind: 'missing', path, reason: 'no file matches' });
      for (const file of files) items.push({ kind: 'file', path: file });
    } else {
      items.push({ kind: 'missing', path, reason: 'no such file' });
    }
  }
  return items;
}
