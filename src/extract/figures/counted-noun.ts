/**
 * What a count counts: the noun right after it (150多个国家 → 国家, more than 150 countries →
 * countries, четырех центров → центров). Spaced languages take up to `maxWords` words, stopping at
 * punctuation, stop words, numbers and predicates; Chinese takes the run of Han characters after
 * the classifier and cuts it after its last noun-final character (国家支持 → 国家).
 */
import type { Span } from '../rules/claimless-spans.js';
import type { SpellingOptions } from '../rules/rule-table.js';
import { firstStartingFrom, spanContaining } from '../rules/sentence-units.js';
import type { CountData } from './figures-pack.js';
import { LazyWords, PhraseList } from './word-tokens.js';

const HAN = /\p{sc=Han}/u;
const MAX_HAN = 6;
const LOOKAHEAD = 80;

export interface CountedNounFinder {
  /** The counted noun after `from` (the figure's end), not crossing `stops`; undefined if none. */
  nounAfter(text: string, from: number, limit: number, stops: readonly Span[]): Span | undefined;
}

export function countedNounFinder(
  data: CountData, spaced: boolean, spelling: SpellingOptions, extraStops: readonly string[], predicateEndings: readonly string[] = [],
): CountedNounFinder {
  if (!spaced) {
    const finals = new Set(data.nounFinals ?? '');
    const stopChars = new Set(data.nounStops ?? '');
    return {
      nounAfter(text, from, limit, stops) {
        let end = from;
        const max = Math.min(limit, from + MAX_HAN);
        const nextStop = firstStartingFrom(stops, from)?.start ?? Infinity;
        while (end < max && end < nextStop && HAN.test(text[end]!) && !stopChars.has(text[end]!)) end++;
        let cut = end;
        while (cut > from && !finals.has(text[cut - 1]!)) cut--;
        if (cut === from) cut = end - from <= 2 ? end : from;
        return cut > from ? { start: from, end: cut } : undefined;
      },
    };
  }
  const stopWords = new PhraseList([...data.stopWords, ...extraStops], spelling);
  const endings = predicateEndings.map((e) => e.toLowerCase());
  return {
    nounAfter(text, from, limit, stops) {
      const end = Math.min(limit, from + LOOKAHEAD);
      const words = new LazyWords(text, from, end);
      let j = 0;
      let last: number | undefined;
      for (let w = words.at(0); w !== undefined && j < data.maxWords; w = words.at(++j)) {
        // Words of one noun phrase are separated by a single space.
        const gapStart = j === 0 ? from : words.at(j - 1)!.end;
        if (w.start - gapStart > 1 || (w.start > gapStart && text[gapStart] !== ' ')) break;
        if (stopWords.matchAt(words, j) > 0 || /^[0-9０-９]/.test(w.lower)) break;
        if (endings.some((e) => w.lower.length >= e.length + 3 && w.lower.endsWith(e))) break;
        if (spanContaining(stops, w.start) !== undefined || (firstStartingFrom(stops, w.start)?.start ?? Infinity) < w.end) break;
        if (data.lowerCase && text[w.start] !== w.lower[0]) break;
        last = w.end;
      }
      return last === undefined ? undefined : { start: words.at(0)!.start, end: last };
    },
  };
}
