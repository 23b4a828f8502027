/**
 * Where the cue words are. One pass per paragraph with its pack's trigger alternation finds every
 * word a rule's cue can hold; rules are then tried only in windows holding one, so text without
 * speech costs one scan and nothing more.
 */
import type { Offsets } from '../../record/article-record.js';
import type { CompiledQuotesPack, CompiledRule } from './compile-quote-rules.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;

export class TriggerIndex {
  /** Starts of trigger words, in text order, and the words. */
  private readonly starts: number[] = [];
  private readonly words: string[] = [];

  constructor(text: string, paragraphs: readonly Offsets[], packs: readonly (CompiledQuotesPack | undefined)[]) {
    for (const [p, paragraph] of paragraphs.entries()) {
      const pack = packs[p];
      if (pack) this.collect(text, paragraph, pack);
    }
  }

  private collect(text: string, paragraph: Offsets, pack: CompiledQuotesPack): void {
    const finder = pack.trigger;
    finder.lastIndex = paragraph.start;
    for (let m = finder.exec(text); m !== null && m.index < paragraph.end; m = finder.exec(text)) {
      const end = m.index + m[0].length;
      // Word edges are checked here, not in the alternation: a lookbehind at every position is slow.
      if (pack.wordBoundaries && (WORD_CHAR.test(text[m.index - 1] ?? '') || WORD_CHAR.test(text[end] ?? ''))) {
        finder.lastIndex = m.index + 1;
        continue;
      }
      this.starts.push(m.index);
      this.words.push(m[0]);
    }
  }

  /** Index of the first trigger starting at or after `from`. */
  private firstFrom(from: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < from) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** The first trigger word starting in [from, to), or -1. */
  firstIn(from: number, to: number): number {
    const at = this.starts[this.firstFrom(from)];
    return at !== undefined && at < to ? at : -1;
  }

  /** The last trigger word starting in [from, to), or -1. */
  lastIn(from: number, to: number): number {
    const at = this.starts[this.firstFrom(to) - 1];
    return at !== undefined && at >= from ? at : -1;
  }

  /** Whether [from, to) holds a trigger word this rule's cue can be. */
  admits(rule: CompiledRule, from: number, to: number): boolean {
    for (let k = this.firstFrom(from); k < this.starts.length && this.starts[k]! < to; k++) {
      if (rule.triggers.has(this.words[k]!)) return true;
    }
    return false;
  }
}
