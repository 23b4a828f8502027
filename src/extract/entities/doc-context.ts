/**
 * What every step of the entities stage needs to know about one document: its text, words,
 * lexicon hits, which characters a mention already holds, and where sentences and paragraphs
 * (with their languages) begin.
 */
import type { Doc } from '../doc.js';
import type { Hit } from './lexicon-entry.js';
import type { WordTokens } from './word-tokens.js';

// Characters that may open a sentence before its first word: dashes and quotes of speech.
const SENTENCE_OPENERS = new Set([...' \n—–-«“"„「『‘\'(（']);

/** Index of the last element ≤ value in a sorted array, or -1. */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

export class DocContext {
  readonly text: string;
  readonly date: string | null;
  readonly lang: string;
  private readonly covered: Uint8Array;
  private readonly sentenceStarts: readonly number[];
  private readonly paragraphStarts: readonly number[];
  private readonly paragraphLangs: readonly string[];

  constructor(doc: Doc, readonly tokens: WordTokens, readonly hits: readonly Hit[]) {
    this.text = doc.text;
    this.date = doc.date;
    this.lang = doc.lang;
    this.covered = new Uint8Array(doc.text.length);
    for (const hit of hits) this.cover(hit.start, hit.end);
    const paragraphs = doc.getOrEmpty('paragraphs');
    this.paragraphStarts = paragraphs.map((p) => p.start);
    this.paragraphLangs = paragraphs.map((p) => p.lang);
    const sentences = doc.getOrEmpty('sentences').map((s) => s.start);
    this.sentenceStarts = sentences.length > 0 ? sentences : [0, ...this.paragraphStarts];
  }

  /** Index of the first hit starting at or after `offset` (hits.length when none). */
  hitIndexFrom(offset: number): number {
    let lo = 0;
    let hi = this.hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.hits[mid]!.start < offset) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  isFree(start: number, end: number): boolean {
    if (start < 0 || end > this.text.length || end <= start) return false;
    for (let i = start; i < end; i++) if (this.covered[i] === 1) return false;
    return true;
  }

  cover(start: number, end: number): void {
    this.covered.fill(1, start, end);
  }

  /** The language of the paragraph holding `offset` (the document's when paragraphs are unknown). */
  langAt(offset: number): string {
    const i = lastAtOrBefore(this.paragraphStarts, offset);
    return i < 0 ? this.lang : this.paragraphLangs[i] ?? this.lang;
  }

  paragraphAt(offset: number): number {
    return Math.max(0, lastAtOrBefore(this.paragraphStarts, offset));
  }

  /** Whether only an opening dash or quote and one of `leadIns` stand between a sentence start and `offset`. */
  startsSentence(offset: number, leadIns: readonly string[] = ['']): boolean {
    const i = lastAtOrBefore(this.sentenceStarts, offset);
    let from = i < 0 ? 0 : this.sentenceStarts[i]!;
    if (offset - from > 8) return false;
    while (from < offset && SENTENCE_OPENERS.has(this.text[from]!)) from++;
    const before = this.text.slice(from, offset);
    return leadIns.includes(before);
  }
}
