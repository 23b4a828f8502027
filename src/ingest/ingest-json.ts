/**
 * JSON and JSON Lines → articles. A record is an object with `text` or `html` (html goes through
 * the HTML reader) and optional `url`, `title`, `date`, `lang`. A `.json` file holds one record
 * (or an array of them); a `.jsonl` file one per line, where a bad line fails alone as
 * `path:LINE` and the other lines still become articles.
 */
import type { IngestResult } from './article.js';
import { ingestHtml } from './ingest-html.js';
import { articleResult, describeError, failure } from './ingest-result.js';
import { ingestText, type TextMeta } from './ingest-text.js';

function stringField(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export function ingestRecord(value: unknown, source: string): IngestResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return failure(source, 'not a JSON object');
  const record = value as Record<string, unknown>;
  const meta: Partial<TextMeta> = {
    url: stringField(record, 'url'),
    title: stringField(record, 'title'),
    date: stringField(record, 'date'),
    lang: stringField(record, 'lang'),
  };
  const text = stringField(record, 'text');
  if (text !== null) return articleResult(ingestText(text, source, meta));
  const html = stringField(record, 'html');
  if (html !== null) return articleResult(ingestHtml(html, source, meta));
  return failure(source, 'no text or html field');
}

function parse(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${describeError(error)})` };
  }
}

export function ingestJson(text: string, source: string): IngestResult[] {
  const parsed = parse(text);
  if (!parsed.ok) return [failure(source, parsed.reason)];
  if (Array.isArray(parsed.value)) {
    if (parsed.value.length === 0) return [failure(source, 'no records (empty array)')];
    return parsed.value.map((value, i) => ingestRecord(value, `${source}[${i}]`));
  }
  return [ingestRecord(parsed.value, source)];
}

/** One line of a JSON Lines file (numbered from 1); null for a blank line. */
export function ingestJsonLine(line: string, source: string, lineNumber: number): IngestResult | null {
  if (line.trim() === '') return null;
  const where = `${source}:${lineNumber}`;
  const parsed = parse(line);
  return parsed.ok ? ingestRecord(parsed.value, where) : failure(where, parsed.reason);
}

export function ingestJsonLines(text: string, source: string): IngestResult[] {
  const results: IngestResult[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    const result = ingestJsonLine(line, source, i + 1);
    if (result) results.push(result);
  });
  return results.length > 0 ? results : [failure(source, 'no records')];
}
