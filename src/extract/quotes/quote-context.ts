/**
 * What the quote finders share for one document: the text, its paragraphs with the pack each one
 * reads with, sentence lookup by offset, the trigger and mention indexes, and windowed rule
 * matching that reports group offsets in document coordinates. Windows are capped so every rule
 * runs on a bounded slice: linear overall.
 */
import type { Offsets, ParagraphRecord } from '../../record/article-record.js';
import type { CompiledQuotesPack, CompiledRule } from './compile-quote-rules.js';
import type { MentionIndex } from './mention-index.js';
import { TriggerIndex } from './trigger-index.js';

/** The longest stretch a rule ever looks at: attributions and introductions are short. */
export const MAX_WINDOW = 240;

export interface RuleMatch {
  readonly rule: CompiledRule;
  readonly start: number;
  readonly end: number;
  readonly cue: Offsets;
  readonly speaker: Offsets | undefined;
  readonly owner: Offsets | undefined;
  /** Reported words added after a closing attribution (`, adding that …`), with their cue. */
  readonly added: { readonly cue: Offsets; readonly content: Offsets } | undefined;
}

const SPACE = /\s/u;

function shifted(pair: [number, number] | undefined, by: number): Offsets | undefined {
  return pair ? { start: by + pair[0], end: by + pair[1] } : undefined;
}

export class QuoteContext {
  readonly triggers: TriggerIndex;

  constructor(
    readonly text: string,
    readonly paragraphs: readonly ParagraphRecord[],
    readonly sentences: readonly Offsets[],
    private readonly packs: readonly (CompiledQuotesPack | undefined)[],
    readonly mentions: MentionIndex,
  ) {
    this.triggers = new TriggerIndex(text, paragraphs, packs);
  }

  packOf(paragraph: number): CompiledQuotesPack | undefined {
    return this.packs[paragraph];
  }

  /** Index of the first sentence ending after `at` (the one holding it, or the next), or -1. */
  sentenceIndexAt(at: number): number {
    let lo = 0;
    let hi = this.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentences[mid]!.end <= at) lo = mid + 1; else hi = mid;
    }
    return lo < this.sentences.length ? lo : -1;
  }

  /** Start of the sentence holding `at` (or `floor` when that sentence begins before it). */
  sentenceStartBefore(at: number, floor: number): number {
    const k = this.sentenceIndexAt(Math.max(0, at - 1));
    const s = k >= 0 ? this.sentences[k]! : undefined;
    return s && s.start <= at ? Math.max(s.start, floor) : floor;
  }

  skipSpaces(from: number, limit: number): number {
    let i = from;
    while (i < limit && SPACE.test(this.text[i]!)) i++;
    return i;
  }

  /** `end` moved left over spaces and over the listed trailing characters. */
  trimEnd(start: number, end: number, trailing: string): number {
    let e = end;
    while (e > start && (SPACE.test(this.text[e - 1]!) || trailing.includes(this.text[e - 1]!))) e--;
    return e;
  }

  /** Runs a rule (or a frame rule's tail) on text[from, to); null when the window is too long or nothing matches. */
  match(rule: CompiledRule, from: number, to: number, tail = false): RuleMatch | null {
    if (to - from > MAX_WINDOW || to <= from) return null;
    const test = tail ? rule.tailTest : rule.test;
    const regex = tail ? rule.tail : rule.regex;
    const window = this.text.slice(from, to);
    if (!test || !regex || !test.test(window)) return null;
    const m = regex.exec(window);
    const groups = m?.indices?.groups;
    const cue = groups?.['cue'];
    if (!m || !groups || !cue) return null;
    const addCue = groups['addCue'];
    const added = groups['added'];
    return {
      rule,
      start: from + m.index,
      end: from + m.index + m[0].length,
      cue: shifted(cue, from)!,
      speaker: shifted(groups['speaker'], from),
      owner: shifted(groups['owner'], from),
      added: addCue && added ? { cue: shifted(addCue, from)!, content: shifted(added, from)! } : undefined,
    };
  }

  /** The first of `rules` that matches text[from, to). */
  firstMatch(rules: readonly CompiledRule[], from: number, to: number): RuleMatch | null {
    for (const rule of rules) {
      if (!this.triggers.admits(rule, from, to)) continue;
      const m = this.match(rule, from, to);
      if (m) return m;
    }
    return null;
  }
}
