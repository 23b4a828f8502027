/**
 * Search hits for people (a numbered list: what, when, who, the span in its context, where from)
 * and for programs (plain JSON objects with the same fields).
 */
import type { SearchHit } from '../store/store.js';

const SPAN_CHARS = 240;
const ARTICLE_CHARS = 160;

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

export function hitToJson(hit: SearchHit): Record<string, unknown> {
  return {
    kind: hit.kind, article: hit.article, start: hit.start, end: hit.end, text: hit.text,
    speaker: hit.speaker, score: hit.score, ...(hit.item ? { item: hit.item } : {}),
    ...(hit.context ? { context: hit.context } : {}),
  };
}

export function formatHitTable(hit: SearchHit, rank: number): string {
  const { article } = hit;
  const who = hit.speaker ? `${hit.speaker.name} (${hit.speaker.id})` : '—';
  const head = `${rank}. ${[hit.kind, article.date ?? 'undated', article.lang, who]
    .concat(hit.score !== null ? [`score ${hit.score.toFixed(2)}`] : []).join(' · ')}`;
  // An article hit's span is the whole text: show its title and opening, not thousands of characters.
  const span = hit.kind === 'article'
    ? clip(oneLine(`${article.title ? `${article.title} — ` : ''}${hit.text}`), ARTICLE_CHARS)
    : clip(oneLine(hit.text), SPAN_CHARS);
  const before = hit.context ? oneLine(hit.context.before) : '';
  const after = hit.context ? oneLine(hit.context.after) : '';
  const where = `${article.url ?? '(no url)'}  [article ${article.id}, ${hit.start}–${hit.end}]`;
  return `${head}\n   ${before ? `…${before}` : ''}⟦${span}⟧${after ? `${after}…` : ''}\n   ${where}\n`;
}
