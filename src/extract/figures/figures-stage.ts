/**
 * Figures: money, percentages, counts, durations, anniversaries and ordinals, matched per sentence
 * by the paragraph's language pack, with the approximation word beside them in the span
 * (超过6500亿美元, more than $650 billion), the phrase they measure and the date they refer to.
 *
 * Decisions, for the record:
 *  - A calendar year is a time, never a figure: `2027年`, `в 2027 году` are times. The `year` unit
 *    is not emitted yet; it is left to a rule that can tell a claimed year from a dating one.
 *  - A duration is both: `三年`, `три года` are a `years` figure and a DURATION time.
 *  - Nothing is read inside names and titles (《上合组织未来10年发展战略》, “three evils”), fixed
 *    expressions (一带一路, 三股势力) or dates; a count or duration of one in words (一个, a) is none.
 */
import type { FigureRecord, TimeRecord } from '../../record/article-record.js';
import { claimlessFinder, type ClaimlessFinder, type Span } from '../rules/claimless-spans.js';
import { packLibrary } from '../rules/pack-library.js';
import { compileRules, matchOptions, type CompiledRules } from '../rules/rule-compiler.js';
import { ParagraphSpans, SpanCursor, sentenceUnits } from '../rules/sentence-units.js';
import type { Doc } from '../doc.js';
import type { StageDefinition } from '../stage.js';
import { countedNounFinder, type CountedNounFinder } from './counted-noun.js';
import { subjectFinder, type SentenceContext, type SubjectFinder } from './figure-subject.js';
import { FigureTimes } from './figure-time.js';
import type { FigureRule, FiguresPack } from './figures-pack.js';
import { readFigure, type FigureReading } from './read-figure.js';

interface CompiledFigures {
  readonly rules: CompiledRules<FigureRule>;
  readonly claimless: ClaimlessFinder;
  readonly subjects: SubjectFinder;
  readonly nouns: CountedNounFinder;
  /** In spaced languages a count needs its noun (`150 countries`); in Chinese the classifier is enough. */
  readonly countNeedsNoun: boolean;
}

function compileFiguresPack(pack: FiguresPack): CompiledFigures {
  const spelling = pack.spelling ?? {};
  const numeralWords = Object.keys(pack.numerals.words ?? {});
  return {
    rules: compileRules(pack.rules, packLibrary({ numerals: pack.numerals, tables: pack.tables, spelling }), matchOptions(pack.subject.spaced)),
    claimless: claimlessFinder(pack.claimless, spelling),
    subjects: subjectFinder(pack.subject, spelling, numeralWords),
    nouns: countedNounFinder(pack.counts, pack.subject.spaced, spelling, [...pack.subject.predicates, ...numeralWords], pack.subject.predicateEndings),
    countNeedsNoun: pack.subject.spaced,
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface Candidate extends Span {
  readonly rule: FigureRule;
  readonly reading: FigureReading;
}

/** Figure candidates of one sentence: rule matches that overlap no claimless span and no date. */
function candidates(text: string, compiled: CompiledFigures, sentence: Span, claimless: SpanCursor, dates: SpanCursor): Candidate[] {
  const out: Candidate[] = [];
  let from = sentence.start;
  while (from < sentence.end) {
    const match = compiled.rules.next(text, from);
    if (match === undefined || match.start >= sentence.end) break;
    if (match.end <= match.start || match.end > sentence.end) { from = match.start + 1; continue; }
    const block = claimless.overlap(match.start, match.end) ?? dates.overlap(match.start, match.end);
    if (block !== undefined) {
      from = block.start <= match.start ? Math.max(block.end, match.start + 1) : match.start + 1;
      continue;
    }
    const reading = readFigure(match);
    if (reading !== undefined) out.push({ start: match.start, end: match.end, rule: match.rule, reading });
    from = match.end;
  }
  return out;
}

/** Figures of one sentence, appended to `out`. `times` are the sentence's times, sorted. */
function findFigures(
  doc: Doc, compiled: CompiledFigures, sentence: Span, claimless: SpanCursor, times: readonly TimeRecord[], out: FigureRecord[],
): void {
  const { text } = doc;
  // A date or a set is a time, never a figure (2027年, 每年); a duration may be both (未来10年).
  const datesAndSets = times.length === 0 ? times : times.filter((t) => t.type !== 'DURATION');
  const found = candidates(text, compiled, sentence, claimless, new SpanCursor(datesAndSets));
  if (found.length === 0) return;
  const dates = times.filter((t) => t.type === 'DATE');
  const clauses = compiled.subjects.clauses(text, sentence);
  const ctx: SentenceContext = {
    text, sentence, times, clauses,
    stops: times.length === 0 ? found : [...times, ...found].sort((a, b) => a.start - b.start),
  };
  const timeOf = new FigureTimes(dates);
  let own = 0;
  for (const c of found) {
    while (own < clauses.length - 1 && clauses[own]!.end <= c.start) own++;
    const clause = clauses[own];
    let subject: Span | undefined;
    if (c.rule.kind === 'count' || c.rule.kind === 'ordinal') {
      subject = compiled.nouns.nounAfter(text, c.end, clause?.end ?? sentence.end, ctx.stops);
      if (subject === undefined && c.rule.kind === 'count' && compiled.countNeedsNoun) continue;
    } else if (c.rule.kind === 'money' || c.rule.kind === 'percent') {
      subject = compiled.subjects.subjectOf(ctx, c, own);
    }
    const time = timeOf.timeOf(c, clause);
    const figure: Mutable<FigureRecord> = {
      start: c.start, end: c.end, text: text.slice(c.start, c.end),
      value: c.reading.value, unit: c.reading.unit, kind: c.rule.kind, approx: c.reading.approx,
    };
    if (c.reading.max !== undefined) figure.max = c.reading.max;
    if (subject) figure.subject = doc.span(subject.start, subject.end);
    if (time !== undefined) figure.time = time;
    out.push(figure);
  }
}

export const figuresStage: StageDefinition = {
  name: 'figures',
  reads: ['paragraphs', 'sentences', 'times'],
  writes: ['figures'],
  packPart: 'figures',
  create(packs) {
    const compiled = packs.compileEach('figures', compileFiguresPack);
    return (doc) => {
      const times = doc.get('times');
      const figures: FigureRecord[] = [];
      const claimless = new ParagraphSpans((code, text, start, end) => compiled.get(code)?.claimless.find(text, start, end) ?? []);
      let cursor: SpanCursor | undefined;
      let cursorSpans: Span[] | undefined;
      let t = 0;
      for (const unit of sentenceUnits(doc, packs)) {
        while (t < times.length && times[t]!.start < unit.start) t++;
        let u = t;
        while (u < times.length && times[u]!.end <= unit.end) u++;
        const pack = unit.code === undefined ? undefined : compiled.get(unit.code);
        if (pack === undefined) continue;
        const spans = claimless.of(doc.text, unit);
        if (spans !== cursorSpans) { cursorSpans = spans; cursor = new SpanCursor(spans); }
        findFigures(doc, pack, unit, cursor!, t === u ? [] : times.slice(t, u), figures);
      }
      doc.set('figures', figures);
    };
  },
};
