/** Constructors for IngestResult, and the size limit every entry point shares. */
import type { Article, IngestResult } from './article.js';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export function failure(source: string, reason: string): IngestResult {
  return { kind: 'failure', failure: { source, reason } };
}

/** An article, unless nothing was left of its body: an article without text is a failure. */
export function articleResult(article: Article): IngestResult {
  if (article.body.trim() === '') return failure(article.source, 'no text');
  return { kind: 'article', article };
}

/** `63.2 MB`, `50 MB`, `12 KB`, `300 bytes`: one decimal at most, none when whole. */
export function formatSize(bytes: number): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'bytes'];
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} ${unit}`;
}

export function tooLarge(source: string, size: number, maxBytes: number): IngestResult {
  return failure(source, `file too large (${formatSize(size)} > ${formatSize(maxBytes)})`);
}

/** A short, one-line account of an unexpected error, for a failure reason. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n')[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
