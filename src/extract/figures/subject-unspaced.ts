/** Clause subjects in Chinese, where words are not spaced: the pack's words are found as substrings. */
import { literalPattern } from '../rules/literal-trie.js';
import { firstStartingFrom, spanContaining } from '../rules/sentence-units.js';
import { surfaceForms, type SpellingOptions } from '../rules/rule-table.js';
import type { ClauseSubjectFinder, SentenceContext } from './figure-subject.js';
import type { SubjectData } from './figures-pack.js';

/** Characters read past the longest subject: room for a leading time, conjunction or adverbial. */
const WINDOW_SLACK = 40;

// Marks a subject never starts with: dashes and quotes that open direct speech.
const OPENING_MARKS = /[\s—–\-―“”"‘’「」『』:：]/u;

function sticky(words: readonly string[], spelling: SpellingOptions): RegExp {
  return new RegExp(literalPattern(words.flatMap((w) => surfaceForms(w, spelling))), 'uy');
}

function search(words: readonly string[], spelling: SpellingOptions): RegExp {
  return new RegExp(literalPattern(words.flatMap((w) => surfaceForms(w, spelling))), 'ug');
}

export function unspacedClauseSubject(data: SubjectData, spelling: SpellingOptions): ClauseSubjectFinder {
  const leading = sticky([...data.leading, ...data.timePrepositions], spelling);
  const openers = sticky(Object.keys(data.openers), spelling);
  const closers = search(data.closers, spelling);
  const predicates = search(data.predicates, spelling);
  const anaphor = sticky(data.anaphors, spelling);

  const at = (re: RegExp, text: string, i: number): number => {
    re.lastIndex = i;
    return re.test(text) ? re.lastIndex - i : 0;
  };

  function skipLeading(ctx: SentenceContext, i: number, end: number): number {
    for (;;) {
      if (i >= end) return i;
      if (OPENING_MARKS.test(ctx.text[i]!)) { i++; continue; }
      const time = spanContaining(ctx.times, i);
      if (time && time.start === i) { i = time.end; continue; }
      const n = at(leading, ctx.text, i);
      if (n > 0) { i += n; continue; }
      return i;
    }
  }

  return {
    subject(ctx, clause, limit) {
      // A subject opens its clause: only a bounded window at the start is read, however long the clause.
      const end = Math.min(clause.end, limit, clause.start + data.maxLength + WINDOW_SLACK);
      const slice = ctx.text.slice(clause.start, end);
      let i = clause.start;
      closers.lastIndex = 0;
      for (let m = closers.exec(slice); m !== null; m = closers.exec(slice)) i = clause.start + m.index + m[0].length;
      i = skipLeading(ctx, i, end);
      if (at(openers, ctx.text, i) > 0) return undefined;
      let stop = end;
      const next = firstStartingFrom(ctx.stops, i);
      if (next !== undefined && next.start < stop) stop = next.start;
      predicates.lastIndex = i - clause.start;
      const p = predicates.exec(slice);
      if (p !== null && clause.start + p.index < stop) stop = clause.start + p.index;
      if (spanContaining(ctx.stops, i) !== undefined) return undefined;
      let e = stop;
      while (e > i && OPENING_MARKS.test(ctx.text[e - 1]!)) e--;
      return e > i ? { start: i, end: e } : undefined;
    },
    isAnaphor(ctx, span) {
      for (let i = span.start; i < span.end;) {
        const n = at(anaphor, ctx.text, i);
        if (n === 0) return false;
        i += n;
      }
      return true;
    },
  };
}
