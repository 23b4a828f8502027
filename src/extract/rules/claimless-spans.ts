/**
 * Stretches of text where a numeral is part of a name, not a claim: titles (《上合组织未来10年发展
 * 战略》), short quoted names (“三股势力”, «Стратегия … на следующие 10 лет») and fixed expressions
 * (一带一路, 一国两制). Figures and times skip them.
 *
 * A quoted stretch is a name when its marks always enclose titles (《…》), or when it is short, holds
 * no punctuation that speech has (`,` `.` `?`) and is not followed by what closes speech (`, —`).
 * Marks pair up with a stack, so an English name nested in a quotation (“… the “X” …”) is found.
 */
import { charClass, literalPattern } from './literal-trie.js';
import { surfaceForms, type SpellingOptions } from './rule-table.js';

export interface QuotePair {
  readonly open: string;
  readonly close: string;
  /** These marks enclose titles, whatever their length or content. */
  readonly title?: boolean;
}

export interface ClaimlessData {
  readonly quotes: readonly QuotePair[];
  /** The longest quoted text (marks excluded) still taken for a name. */
  readonly maxNameLength: number;
  /** Characters that mark quoted text as speech rather than a name. */
  readonly speechMarks: string;
  /** What follows a closing mark when it closed speech (`,`, ` —`). */
  readonly speechAfter: readonly string[];
  /** Fixed expressions whose numerals count nothing (`三股势力`, `一带一路`). */
  readonly fixed: readonly string[];
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface ClaimlessFinder {
  /** Claimless spans inside text[start, end), sorted by start, possibly nested. */
  find(text: string, start: number, end: number): Span[];
}

export function claimlessFinder(data: ClaimlessData, spelling: SpellingOptions = {}): ClaimlessFinder {
  const fixedForms = data.fixed.flatMap((f) => surfaceForms(f, spelling));
  const fixed = fixedForms.length > 0 ? new RegExp(literalPattern(fixedForms), 'gu') : undefined;
  const opens = new Map(data.quotes.map((q) => [q.open, q]));
  const closes = new Map(data.quotes.map((q) => [q.close, q]));
  const speech = new Set(data.speechMarks);
  const marks = new RegExp(charClass(data.quotes.flatMap((q) => [q.open, q.close])), 'gu');

  function isName(text: string, pair: QuotePair, open: number, close: number): boolean {
    if (pair.title) return true;
    if (close - open - 1 > data.maxNameLength || close - open - 1 < 1) return false;
    for (let i = open + 1; i < close; i++) if (speech.has(text[i]!)) return false;
    return !data.speechAfter.some((after) => text.startsWith(after, close + 1));
  }

  return {
    find(text, start, end) {
      const spans: Span[] = [];
      const stack: Array<{ pair: QuotePair; at: number }> = [];
      // A regex scan finds the marks; a loop over every character is several times slower in V8.
      const slice = text.slice(start, end);
      marks.lastIndex = 0;
      for (let m = marks.exec(slice); m !== null; m = marks.exec(slice)) {
        const i = start + m.index;
        const ch = m[0];
        const closing = closes.get(ch);
        // A mark that both opens and closes (") closes when the innermost open quote is its own.
        if (closing && stack.length > 0) {
          const depth = stack.findLastIndex((s) => s.pair === closing);
          if (depth !== -1 && (closing.open !== closing.close || depth === stack.length - 1)) {
            const { at } = stack[depth]!;
            stack.length = depth;
            if (isName(text, closing, at, i)) spans.push({ start: at, end: i + 1 });
            continue;
          }
        }
        const opening = opens.get(ch);
        // Bounded: a stray opening mark must not make later pairing quadratic.
        if (opening && stack.length < 8) stack.push({ pair: opening, at: i });
      }
      if (fixed) {
        // On the slice alone: a search from `start` in the whole text could run far past `end`.
        fixed.lastIndex = 0;
        for (let m = fixed.exec(slice); m !== null; m = fixed.exec(slice)) {
          spans.push({ start: start + m.index, end: start + m.index + m[0].length });
        }
      }
      return spans.sort((a, b) => a.start - b.start || b.end - a.end);
    },
  };
}
