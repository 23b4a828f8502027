/**
 * One text prepared for repeated queries: folded once, words stemmed once. A query then costs an
 * `indexOf` per Han run and a map lookup per word, instead of a scan of the text per request.
 */
import type { Highlight } from './corpus-reader.js';
import { foldForSearch, parseQuery, wordPositions, type QueryTerms } from './query-terms.js';

export class IndexedText {
  private readonly folded: string;
  private readonly words = new Map<string, Highlight[]>();

  constructor(readonly text: string) {
    this.folded = foldForSearch(text);
    for (const w of wordPositions(text)) {
      const list = this.words.get(w.stem);
      if (list) list.push({ start: w.start, end: w.end });
      else this.words.set(w.stem, [{ start: w.start, end: w.end }]);
    }
  }

  /**
   * Where every term occurs inside [start, end), sorted; null when some term does not occur there
   * (terms are AND-ed, as in the Store's search).
   */
  match(terms: QueryTerms, start = 0, end = this.text.length): Highlight[] | null {
    const found: Highlight[] = [];
    for (const run of terms.han) {
      const before = found.length;
      for (let at = this.folded.indexOf(run, start); at >= 0 && at + run.length <= end; at = this.folded.indexOf(run, at + run.length)) {
        found.push({ start: at, end: at + run.length });
      }
      if (found.length === before) return null;
    }
    for (const stem of terms.words) {
      const before = found.length;
      for (const h of this.words.get(stem) ?? []) if (h.start >= start && h.end <= end) found.push(h);
      if (found.length === before) return null;
    }
    return found.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

/** Every occurrence of any term inside [start, end): for showing what a Store's search matched. */
export function highlightIn(indexed: IndexedText, terms: QueryTerms, start: number, end: number): Highlight[] {
  const found: Highlight[] = [];
  for (const run of terms.han) found.push(...(indexed.match({ han: [run], words: [] }, start, end) ?? []));
  for (const stem of terms.words) found.push(...(indexed.match({ han: [], words: [stem] }, start, end) ?? []));
  return mergeHighlights(found);
}

/** Highlights of a query in a text seen once (a snippet the Store returned). */
export function highlightText(text: string, q: string | undefined): Highlight[] {
  return highlightIn(new IndexedText(text), parseQuery(q), 0, text.length);
}

/** Sorted, with overlapping ranges joined, so the UI can cut the text without double marks. */
export function mergeHighlights(ranges: readonly Highlight[]): Highlight[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Highlight[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}
