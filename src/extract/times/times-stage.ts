/**
 * Times: every temporal expression in a sentence, matched by its paragraph's language pack and
 * resolved to a TIMEX3 value against the article date. Nothing is read inside names and titles
 * (《…未来10年发展战略》) or fixed expressions.
 */
import type { TimeRecord } from '../../record/article-record.js';
import type { Doc } from '../doc.js';
import type { StageDefinition } from '../stage.js';
import { claimlessFinder, type ClaimlessFinder, type Span } from '../rules/claimless-spans.js';
import { packLibrary } from '../rules/pack-library.js';
import { compileRules, matchOptions, type CompiledRules } from '../rules/rule-compiler.js';
import { ParagraphSpans, SpanCursor, sentenceUnits } from '../rules/sentence-units.js';
import { parseIsoDate, type CalendarDate } from './calendar.js';
import { resolveTime } from './resolve-time.js';
import type { TimeRule, TimesPack } from './times-pack.js';

interface CompiledTimes {
  readonly rules: CompiledRules<TimeRule>;
  readonly claimless: ClaimlessFinder;
}

function compileTimesPack(pack: TimesPack): CompiledTimes {
  const library = packLibrary({ numerals: pack.numerals, tables: pack.tables, spelling: pack.spelling ?? {} });
  return {
    rules: compileRules(pack.rules, library, matchOptions(pack.spaced)),
    claimless: claimlessFinder(pack.claimless, pack.spelling ?? {}),
  };
}

/** Times in the sentence [start, end) with one pack, appended to `out`; `blocked` are claimless spans. */
function findTimes(
  doc: Doc, compiled: CompiledTimes, sentence: Span, blocked: SpanCursor, reference: CalendarDate | undefined, out: TimeRecord[],
): void {
  const { text } = doc;
  let from = sentence.start;
  while (from < sentence.end) {
    const match = compiled.rules.next(text, from);
    if (match === undefined || match.start >= sentence.end) break;
    if (match.end <= match.start || match.end > sentence.end) { from = match.start + 1; continue; }
    const block = blocked.overlap(match.start, match.end);
    if (block !== undefined) {
      from = block.start <= match.start ? Math.max(block.end, match.start + 1) : match.start + 1;
      continue;
    }
    const resolved = resolveTime(match.roles, reference);
    if (resolved !== undefined) out.push({ ...doc.span(match.start, match.end), ...resolved });
    from = match.end;
  }
}

export const timesStage: StageDefinition = {
  name: 'times',
  reads: ['paragraphs', 'sentences'],
  writes: ['times'],
  packPart: 'times',
  create(packs) {
    const compiled = packs.compileEach('times', compileTimesPack);
    return (doc) => {
      const reference = parseIsoDate(doc.date);
      const times: TimeRecord[] = [];
      const claimless = new ParagraphSpans((code, text, start, end) => compiled.get(code)?.claimless.find(text, start, end) ?? []);
      let cursor: SpanCursor | undefined;
      let cursorSpans: Span[] | undefined;
      for (const unit of sentenceUnits(doc, packs)) {
        const pack = unit.code === undefined ? undefined : compiled.get(unit.code);
        if (pack === undefined) continue;
        const spans = claimless.of(doc.text, unit);
        if (spans !== cursorSpans) { cursorSpans = spans; cursor = new SpanCursor(spans); }
        findTimes(doc, pack, unit, cursor!, reference, times);
      }
      doc.set('times', times);
    };
  },
};
