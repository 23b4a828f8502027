/**
 * The piece of text a search hit shows: the whole span when it is short (a quote usually is), else
 * a window around the first match. The snippet keeps its offset in the article, so the UI can say
 * exactly where it came from and mark the rest as cut.
 */
import type { Highlight, Snippet } from './corpus-reader.js';

export const SNIPPET_LENGTH = 280;
const LEAD = 60;
/** How far a cut may move to land between words instead of inside one. */
const WORD_SLACK = 16;
const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

function isLowSurrogate(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff;
}

/** `highlights` are offsets into `text`; the snippet's are offsets into the snippet. */
export function makeSnippet(text: string, start: number, end: number, highlights: readonly Highlight[]): Snippet {
  let from = Math.max(0, Math.min(start, text.length));
  let to = Math.max(from, Math.min(end, text.length));
  if (to - from > SNIPPET_LENGTH) {
    const first = highlights.find((h) => h.start >= from && h.end <= to);
    from = first ? Math.max(from, Math.min(first.start - LEAD, to - SNIPPET_LENGTH)) : from;
    to = Math.min(to, from + SNIPPET_LENGTH);
  }
  // Alphabetic text is cut between words when a space is near; Chinese can be cut anywhere.
  if (from > start && LETTER.test(text[from - 1] ?? '') && LETTER.test(text[from] ?? '')) {
    for (let k = from; k < Math.min(to, from + WORD_SLACK); k++) if (SPACE.test(text[k]!)) { from = k + 1; break; }
  }
  if (to < end && LETTER.test(text[to - 1] ?? '') && LETTER.test(text[to] ?? '')) {
    for (let k = to - 1; k > Math.max(from, to - WORD_SLACK); k--) if (SPACE.test(text[k]!)) { to = k; break; }
  }
  // Never split a surrogate pair: the UI would draw a replacement character.
  if (from > 0 && isLowSurrogate(text, from)) from -= 1;
  if (to < text.length && isLowSurrogate(text, to)) to += 1;
  const inside = highlights
    .filter((h) => h.end > from && h.start < to)
    .map((h) => ({ start: Math.max(h.start, from) - from, end: Math.min(h.end, to) - from }));
  return { text: text.slice(from, to), start: from, highlights: inside, cutBefore: from > start, cutAfter: to < end };
}
