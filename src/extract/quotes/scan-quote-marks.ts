/**
 * Pairs quote marks inside one paragraph in a single left-to-right pass with a small stack, so
 * nesting («…„…“…», “…“…”…”) resolves and an unclosed mark ends with its paragraph instead of
 * swallowing the article. Only outermost spans are returned: what is nested is part of them.
 */
import type { CompiledQuotesPack, MarkInfo } from './compile-quote-rules.js';

export interface MarkSpan {
  /** Index of the opening mark. */
  readonly open: number;
  /** Index of the closing mark, or -1 when the paragraph ended before it. */
  readonly close: number;
  /** Opened by a title mark (《…》): never speech. */
  readonly title: boolean;
}

interface Open {
  readonly at: number;
  readonly mark: MarkInfo;
}

// Deeper nesting than this is noise (stray marks); further openers are ignored, which keeps the
// per-character work constant.
const MAX_DEPTH = 6;
const LETTER = /\p{L}/u;

function isApostrophe(text: string, at: number): boolean {
  return LETTER.test(text[at - 1] ?? '') && LETTER.test(text[at + 1] ?? '');
}

/** Index in the stack of the innermost open mark that `ch` closes, or -1. */
function closes(stack: readonly Open[], ch: string, text: string, at: number): number {
  for (let k = stack.length - 1; k >= 0; k--) {
    const { mark } = stack[k]!;
    if (mark.close !== ch) continue;
    if (mark.apostrophe && isApostrophe(text, at)) return -1;
    return k;
  }
  return -1;
}

export function scanQuoteMarks(text: string, start: number, end: number, pack: CompiledQuotesPack): MarkSpan[] {
  const spans: MarkSpan[] = [];
  const stack: Open[] = [];
  const finder = pack.markFinder;
  finder.lastIndex = start;
  // Jump from mark to mark: most of a text has none.
  for (let found = finder.exec(text); found !== null && found.index < end; found = finder.exec(text)) {
    const i = found.index;
    const ch = found[0];
    const opener = pack.openers.get(ch);
    if (opener === undefined && !pack.closers.has(ch)) continue;
    if (stack.length > 0 && pack.closers.has(ch)) {
      const k = closes(stack, ch, text, i);
      if (k >= 0) {
        // A closer of an outer mark also ends every mark left open inside it.
        const bottom = stack[0]!;
        stack.length = k;
        if (k === 0) spans.push({ open: bottom.at, close: i, title: bottom.mark.title });
        continue;
      }
    }
    if (opener !== undefined && stack.length < MAX_DEPTH) stack.push({ at: i, mark: opener });
  }
  const unclosed = stack[0];
  if (unclosed !== undefined) spans.push({ open: unclosed.at, close: -1, title: unclosed.mark.title });
  return spans;
}
