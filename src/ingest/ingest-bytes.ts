/**
 * Bytes in memory → articles: size check, decoding (decode-bytes.ts), then the reader for the
 * format the extension names or the content shows. Never throws: whatever goes wrong becomes an
 * IngestFailure with a short reason.
 */
import type { IngestResult } from './article.js';
import { decodeBytes } from './decode-bytes.js';
import { formatForExtension, sniffFormat, type SourceFormat } from './detect-format.js';
import { ingestHtml } from './ingest-html.js';
import { ingestJson, ingestJsonLines } from './ingest-json.js';
import { articleResult, DEFAULT_MAX_BYTES, describeError, failure, tooLarge } from './ingest-result.js';
import { ingestText } from './ingest-text.js';
import { readMarkdown } from './read-markdown.js';
import { sniffHtmlCharset } from './sniff-html-charset.js';

export interface BytesHint {
  /** The source's file extension (`.html`, `md`); without one the content decides. */
  readonly ext?: string;
  /** Larger inputs fail as `file too large`; default 50 MB. */
  readonly maxBytes?: number;
}

function readDecoded(text: string, source: string, format: SourceFormat): IngestResult[] {
  switch (format) {
    case 'html':
      return [articleResult(ingestHtml(text, source))];
    case 'markdown': {
      const { text: body, meta } = readMarkdown(text);
      return [articleResult(ingestText(body, source, meta))];
    }
    case 'json':
      return ingestJson(text, source);
    case 'jsonl':
      return ingestJsonLines(text, source);
    case 'text':
      return [articleResult(ingestText(text, source))];
  }
}

function ingest(bytes: Uint8Array, source: string, hint: BytesHint): IngestResult[] {
  const maxBytes = hint.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > maxBytes) return [tooLarge(source, bytes.byteLength, maxBytes)];
  const stated = formatForExtension(hint.ext);
  // Only HTML declares its charset inside; content of unknown type may be HTML.
  const declared = stated === 'html' || stated === undefined ? sniffHtmlCharset(bytes) : undefined;
  const decoded = decodeBytes(bytes, declared);
  if (!decoded.ok) return [failure(source, decoded.reason)];
  if (decoded.text.trim() === '') return [failure(source, 'no text (only white space)')];
  return readDecoded(decoded.text, source, stated ?? sniffFormat(decoded.text));
}

export function ingestBytes(bytes: Uint8Array, source: string, hint: BytesHint = {}): IngestResult[] {
  try {
    if (!(bytes instanceof Uint8Array)) return [failure(source, 'not bytes')];
    return ingest(bytes, source, hint);
  } catch (error) {
    // A bug, not bad input; still one failed source rather than a failed batch.
    return [failure(source, `internal error: ${describeError(error)}`)];
  }
}
