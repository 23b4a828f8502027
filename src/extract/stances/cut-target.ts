/**
 * The target of a stance: the object span, cut at the clause end. After the cue (Chinese,
 * Russian, English) it runs to the first stop phrase of the pack, the end of the quote holding
 * the cue, or the sentence end; a comma followed by a list word or a capitalised word continues a
 * list (`the Global Development Initiative, the Global Security Initiative…`). Before the cue
 * (Kazakh) it runs back to the subject or the start of the clause.
 */
import type { Offsets } from '../../record/article-record.js';
import type { CompiledStances } from './compile-stances-pack.js';
import { isCapitalized, isSpaceCode, nextWord, previousWord } from './word-scan.js';

const TRAILING = /[\s,;:，；：、]/u;

function trim(text: string, start: number, end: number): Offsets {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text.charAt(s))) s++;
  while (e > s && TRAILING.test(text.charAt(e - 1))) e--;
  return { start: s, end: e };
}

function continuesList(text: string, comma: number, limit: number, pack: CompiledStances): boolean {
  const { listContinuers } = pack.pack;
  if (!listContinuers) return false;
  const word = nextWord(text, comma + 1, limit);
  if (!word) return false;
  return pack.listWords.has(text.slice(word.start, word.end).toLowerCase())
    || (listContinuers.capitalized && isCapitalized(text, word.start));
}

/** [from, limit) cut at the first stop that is not a list comma. */
export function targetAfter(text: string, from: number, limit: number, pack: CompiledStances): Offsets {
  const window = text.slice(from, limit).toLowerCase();
  let searchFrom = 0;
  let end = window.length;
  for (;;) {
    let best = -1;
    let bestStop = '';
    for (const stop of pack.stops) {
      const at = window.indexOf(stop, searchFrom);
      if (at !== -1 && (best === -1 || at < best)) { best = at; bestStop = stop; }
    }
    if (best === -1) break;
    if (bestStop === ',' && continuesList(text, from + best, limit, pack)) { searchFrom = best + 1; continue; }
    end = best;
    break;
  }
  let start = from;
  const lead = pack.trimStart.after(text, start, from + end);
  const wordsEnd = pack.pack.segmentation === 'chars' || isSpaceCode(text.charCodeAt(lead?.end ?? 0));
  if (lead && lead.end < from + end && wordsEnd) start = lead.end;
  return trim(text, start, from + end);
}

/** For target-before-cue packs: [floor, end) cut back to the last clause break. */
export function targetBefore(text: string, floor: number, end: number, pack: CompiledStances): Offsets {
  let start = floor;
  const window = text.slice(floor, end).toLowerCase();
  for (const stop of pack.stops) {
    if (stop === ',') continue;
    const at = window.lastIndexOf(stop);
    if (at !== -1) start = Math.max(start, floor + at + stop.length);
  }
  const breaks = pack.pack.clauseBreakAfter ?? [];
  for (let at = window.lastIndexOf(','); at !== -1 && floor + at >= start; at = at > 0 ? window.lastIndexOf(',', at - 1) : -1) {
    const word = previousWord(text, floor + at, floor);
    const lower = word ? text.slice(word.start, word.end).toLowerCase() : '';
    if (breaks.some((b) => lower.endsWith(b))) { start = Math.max(start, floor + at + 1); break; }
  }
  let cut = end;
  for (let skip = pack.skippable.before(text, cut, start); skip; skip = pack.skippable.before(text, cut, start)) cut = skip.start;
  for (let skip = pack.skippable.after(text, start, cut); skip; skip = pack.skippable.after(text, start, cut)) start = skip.end;
  return trim(text, start, cut);
}
