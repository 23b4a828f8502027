/**
 * Markdown → text and metadata. An optional YAML front matter block (`---` … `---`) gives
 * `title`, `date`, `url` and `lang`; without a front-matter title, a leading `# Heading` is the
 * title and leaves the body. Broken YAML is skipped rather than read as body text.
 */
import YAML from 'yaml';
import type { TextMeta } from './ingest-text.js';
import { isAtxHeading, stripMarkdown, stripMarkdownLine } from './strip-markdown.js';
import { firstTextLine, splitLines } from './tidy-body.js';

export interface MarkdownContent {
  readonly text: string;
  readonly meta: Partial<TextMeta>;
}

/** Front matter longer than this is not front matter but a document that starts with a rule. */
const MAX_FRONT_MATTER_LINES = 200;
const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

function scalar(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return null;
}

function readFrontMatter(lines: readonly string[]): { meta: Partial<TextMeta>; bodyStart: number } {
  if (!OPEN.test(lines[0] ?? '')) return { meta: {}, bodyStart: 0 };
  const limit = Math.min(lines.length, MAX_FRONT_MATTER_LINES + 1);
  let close = -1;
  for (let i = 1; i < limit; i += 1) {
    if (CLOSE.test(lines[i] ?? '')) {
      close = i;
      break;
    }
  }
  if (close < 0) return { meta: {}, bodyStart: 0 };
  let data: unknown;
  try {
    data = YAML.parse(lines.slice(1, close).join('\n'));
  } catch {
    data = undefined;
  }
  const fields = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return {
    meta: { title: scalar(fields['title']), date: scalar(fields['date']), url: scalar(fields['url']), lang: scalar(fields['lang']) },
    bodyStart: close + 1,
  };
}

export function readMarkdown(text: string): MarkdownContent {
  const lines = splitLines(text);
  const { meta, bodyStart } = readFrontMatter(lines);
  const body = lines.slice(bodyStart);
  let title = meta.title ?? null;
  const first = firstTextLine(body);
  const opening = body[first] ?? '';
  if (first >= 0 && isAtxHeading(opening) && /^ {0,3}#(?!#)/.test(opening)) {
    const heading = stripMarkdownLine(opening).trim();
    if (title === null || heading === title.trim()) {
      title = heading;
      body[first] = '';
    }
  }
  return { text: stripMarkdown(body).join('\n'), meta: { ...meta, title } };
}
