/** Clause subjects in languages written with spaces (Russian, Kazakh, English), word by word. */
import type { Span } from '../rules/claimless-spans.js';
import { literalPattern } from '../rules/literal-trie.js';
import { spanContaining } from '../rules/sentence-units.js';
import { surfaceForms, type SpellingOptions } from '../rules/rule-table.js';
import type { ClauseSubjectFinder, SentenceContext } from './figure-subject.js';
import type { SubjectData } from './figures-pack.js';
import { LazyWords, PhraseList, type Word } from './word-tokens.js';

const DIGIT_START = /^[0-9０-９]/;
/** Words looked at beyond the subject's longest allowed length: enough to see what ends it. */
const SLACK = 40;

export function spacedClauseSubject(data: SubjectData, spelling: SpellingOptions, numeralWords: readonly string[]): ClauseSubjectFinder {
  const leading = new PhraseList(data.leading, spelling);
  const timePrepositions = new PhraseList(data.timePrepositions, spelling);
  const openers = new PhraseList(Object.keys(data.openers), spelling);
  const openerSkip = new Map(Object.entries(data.openers).map(([k, v]) => [k.toLowerCase(), v]));
  const closers = data.closers.length > 0
    ? new RegExp(literalPattern(data.closers.flatMap((c) => surfaceForms(c, spelling))), 'gu')
    : undefined;
  const predicates = new PhraseList(data.predicates, spelling);
  const anaphors = new PhraseList(data.anaphors, spelling);
  const numerals = new PhraseList(numeralWords, spelling);
  const endings = data.predicateEndings.map((e) => e.toLowerCase());

  const isPredicate = (words: LazyWords, i: number) => {
    const w = words.at(i)!.lower;
    return predicates.matchAt(words, i) > 0 || endings.some((e) => w.length >= e.length + 3 && w.endsWith(e));
  };
  const isNumber = (w: Word) => DIGIT_START.test(w.lower) || numerals.has(w.lower);
  const spanAt = (spans: readonly Span[], w: Word) => spanContaining(spans, w.start);

  /** Index after conjunctions, times and prepositions that carry a time, from `i`. */
  function skipLeading(ctx: SentenceContext, words: LazyWords, i: number): number {
    for (;;) {
      const w = words.at(i);
      if (w === undefined) return i;
      const time = spanAt(ctx.times, w);
      if (time) { while (words.has(i) && words.at(i)!.start < time.end) i++; continue; }
      const conj = leading.matchAt(words, i);
      if (conj > 0) { i += conj; continue; }
      const prep = timePrepositions.matchAt(words, i);
      const after = words.at(i + prep);
      if (prep > 0 && after && spanAt(ctx.times, after)) { i += prep; continue; }
      return i;
    }
  }

  /** Where the subject may start: after the last closer of an adverbial phrase (…құрылғаннан бері). */
  function afterClosers(ctx: SentenceContext, clause: Span, end: number): number {
    if (!closers) return clause.start;
    const slice = ctx.text.slice(clause.start, end);
    let at = clause.start;
    closers.lastIndex = 0;
    for (let m = closers.exec(slice); m !== null; m = closers.exec(slice)) at = clause.start + m.index + m[0].length;
    return at;
  }

  return {
    subject(ctx, clause, limit) {
      // A subject opens its clause: only a bounded window at the start is read, however long the clause.
      const end = Math.min(clause.end, limit, clause.start + 3 * data.maxLength);
      const from = afterClosers(ctx, clause, end);
      // The opening words (conjunctions, a time, an opener) and the subject fit in a bounded window.
      const words = new LazyWords(ctx.text, from, Math.min(end, from + data.maxLength + SLACK));
      let i = skipLeading(ctx, words, 0);
      const opener = words.has(i) ? openers.matchAt(words, i) : 0;
      if (opener > 0) {
        const phrase = Array.from({ length: opener }, (_, k) => words.at(i + k)!.lower).join(' ');
        const skip = openerSkip.get(phrase);
        if (skip === null || skip === undefined) return undefined;
        i = skipLeading(ctx, words, i + opener + skip);
      }
      // A clause may open with its verb (Растет и товарооборот…): step over up to two such words.
      for (let k = 0; k < 2 && words.has(i) && isPredicate(words, i); k++) i = skipLeading(ctx, words, i + 1);
      const first = words.at(i);
      if (first === undefined || spanAt(ctx.stops, first) || isNumber(first)) return undefined;
      let j = i + 1;
      for (let w = words.at(j); w !== undefined; w = words.at(++j)) {
        if (isPredicate(words, j) || isNumber(w) || spanAt(ctx.stops, w)) break;
        if (w.end - first.start > data.maxLength) return undefined;
      }
      return { start: first.start, end: words.at(j - 1)!.end };
    },
    isAnaphor(ctx, span) {
      const words = new LazyWords(ctx.text, span.start, span.end);
      for (let i = 0; words.has(i);) {
        const n = anaphors.matchAt(words, i);
        if (n === 0) return false;
        i += n;
      }
      return true;
    },
  };
}
