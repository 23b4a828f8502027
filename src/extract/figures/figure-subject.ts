/**
 * The phrase a money or percent figure measures, best effort and language-neutral: the subject of
 * the figure's own clause, or, when that clause has none or only an anaphor (`it`, `ее объем`,
 * `规模`), the subject of the sentence's first clause that has one.
 *
 *   区域内贸易稳步增长，去年规模超过6500亿美元。      → 区域内贸易
 *   Intra-regional trade has grown steadily, and last year it amounted to more than $650 billion.
 *                                                     → Intra-regional trade
 *
 * A clause's subject starts after conjunctions, times and adverbial openers, and ends before the
 * first predicate word, number, time or figure. Packs give those word lists (SubjectData). Work
 * per figure is bounded: a subject longer than the pack's `maxLength` is given up, not searched.
 */
import type { SpellingOptions } from '../rules/rule-table.js';
import { charClass } from '../rules/literal-trie.js';
import type { Span } from '../rules/claimless-spans.js';
import type { SubjectData } from './figures-pack.js';
import { spacedClauseSubject } from './subject-spaced.js';
import { unspacedClauseSubject } from './subject-unspaced.js';

export interface SentenceContext {
  readonly text: string;
  readonly sentence: Span;
  /** The first clause with a usable subject, once looked for: every figure of the sentence may fall back to it. */
  sentenceSubject?: { readonly clause: number; readonly span: Span } | null;
  /** Times and figures of the sentence, sorted: a subject never crosses one. */
  readonly stops: readonly Span[];
  /** Just the times, sorted: skipped where they open a clause. */
  readonly times: readonly Span[];
  /** The sentence's clauses, from `SubjectFinder.clauses`. */
  readonly clauses: readonly Span[];
}

export interface ClauseSubjectFinder {
  /** The subject of clause [clause.start, limit), or undefined; never longer than `maxLength`. */
  subject(ctx: SentenceContext, clause: Span, limit: number): Span | undefined;
  /** Whether the span says nothing alone (only anaphors). */
  isAnaphor(ctx: SentenceContext, span: Span): boolean;
}

export interface SubjectFinder {
  clauses(text: string, sentence: Span): Span[];
  /** `clause` is the index of the figure's clause in `ctx.clauses`. */
  subjectOf(ctx: SentenceContext, figure: Span, clause: number): Span | undefined;
}

export function subjectFinder(data: SubjectData, spelling: SpellingOptions, numeralWords: readonly string[]): SubjectFinder {
  // A break character between two digits separates thousands or decimals (1,500; 1,5), not clauses.
  const breakChars = charClass(data.clauseBreaks);
  const breaks = new RegExp(`(?<![0-9０-９])${breakChars}|${breakChars}(?![0-9０-９])`, 'gu');
  const finder: ClauseSubjectFinder = data.spaced
    ? spacedClauseSubject(data, spelling, numeralWords)
    : unspacedClauseSubject(data, spelling);

  const usable = (ctx: SentenceContext, s: Span | undefined) =>
    s !== undefined && s.end - s.start <= data.maxLength && !finder.isAnaphor(ctx, s) ? s : undefined;

  return {
    clauses(text, sentence) {
      const out: Span[] = [];
      const slice = text.slice(sentence.start, sentence.end);
      let start = sentence.start;
      breaks.lastIndex = 0;
      for (let m = breaks.exec(slice); m !== null; m = breaks.exec(slice)) {
        const at = sentence.start + m.index;
        if (at > start) out.push({ start, end: at });
        start = at + 1;
      }
      if (sentence.end > start) out.push({ start, end: sentence.end });
      return out;
    },
    subjectOf(ctx, figure, own) {
      const clause = ctx.clauses[own];
      if (clause === undefined) return undefined;
      const mine = usable(ctx, finder.subject(ctx, clause, figure.start));
      if (mine) return mine;
      // Looked for once per sentence, so a sentence of many figures stays linear.
      if (ctx.sentenceSubject === undefined) {
        ctx.sentenceSubject = null;
        for (let i = 0; i < ctx.clauses.length; i++) {
          const found = usable(ctx, finder.subject(ctx, ctx.clauses[i]!, ctx.clauses[i]!.end));
          if (found) { ctx.sentenceSubject = { clause: i, span: found }; break; }
        }
      }
      return ctx.sentenceSubject !== null && ctx.sentenceSubject.clause < own ? ctx.sentenceSubject.span : undefined;
    },
  };
}
