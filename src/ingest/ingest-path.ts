/**
 * A path → articles: `-` is stdin; a file gives one result (several for JSON Lines). The size is
 * checked with stat before anything is read, and every filesystem error becomes a failure with
 * a short reason (`no such file`, `is a directory`, `permission denied`).
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { IngestResult } from './article.js';
import { ingestBytes } from './ingest-bytes.js';
import { DEFAULT_MAX_BYTES, describeError, failure, tooLarge } from './ingest-result.js';
import { readStream } from './read-stream.js';

export interface PathOptions {
  /** Larger files fail as `file too large` without being read; default 50 MB. */
  readonly maxBytes?: number;
}

const FS_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
};

function fsReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return (typeof code === 'string' ? FS_REASONS[code] : undefined) ?? describeError(error);
}

async function ingestStdin(maxBytes: number): Promise<IngestResult[]> {
  const read = await readStream(process.stdin, maxBytes);
  if (!read.ok) return [tooLarge('-', read.size, maxBytes)];
  if (read.bytes.byteLength === 0) return [failure('-', 'empty file')];
  return ingestBytes(read.bytes, '-', { maxBytes });
}

async function ingestFile(path: string, maxBytes: number): Promise<IngestResult[]> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    return [failure(path, fsReason(error))];
  }
  if (info.isDirectory()) return [failure(path, 'is a directory')];
  if (!info.isFile()) return [failure(path, 'not a regular file')];
  if (info.size > maxBytes) return [tooLarge(path, info.size, maxBytes)];
  if (info.size === 0) return [failure(path, 'empty file')];
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return [failure(path, fsReason(error))];
  }
  return ingestBytes(bytes, path, { ext: extname(path), maxBytes });
}

export async function ingestPath(path: string, opts: PathOptions = {}): Promise<IngestResult[]> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    if (typeof path !== 'string' || path === '') return [failure(String(path), 'no path given')];
    return path === '-' ? await ingestStdin(maxBytes) : await ingestFile(path, maxBytes);
  } catch (error) {
    return [failure(String(path), describeError(error))];
  }
}
