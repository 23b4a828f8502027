/**
 * Which reader a source needs: by extension when it has a known one, else by a look at the
 * decoded text (stdin, `.dat`, no extension): HTML markup, a JSON object or JSON lines, Markdown
 * front matter, or plain text.
 */

export type SourceFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl';

const BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};

/** `.html`, `html`, `HTML` → html; unknown or missing → undefined (sniff the content). */
export function formatForExtension(ext: string | undefined): SourceFormat | undefined {
  if (ext === undefined) return undefined;
  return BY_EXTENSION[ext.trim().replace(/^\./, '').toLowerCase()];
}

const HTML_START = /^\s{0,200}(?:<!--[^>]{0,200}-->\s{0,200})?<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b/i;

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object';
  } catch {
    return false;
  }
}

export function sniffFormat(text: string): SourceFormat {
  const head = text.slice(0, 1024);
  if (HTML_START.test(head)) return 'html';
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    if (isJsonObject(trimmed)) return 'json';
    const end = trimmed.indexOf('\n');
    const firstLine = end < 0 ? trimmed : trimmed.slice(0, end);
    if (isJsonObject(firstLine)) return 'jsonl';
  }
  if (/^(?:\uFEFF)?---[ \t]*\r?\n/.test(head)) return 'markdown';
  return 'text';
}
