/**
 * Where rules are tried: trigger positions (any numeral, or any word a rule's first required
 * table starts with) and, before each, the word starts where a rule's optional prefix can begin.
 *
 * Speed: one alternation of all triggers defeats V8's fast skipping (a digit scan alone runs at
 * over 1 GB/s, a union with a word trie at a tenth), so each trigger pattern is scanned on its own
 * and the hits are merged by position. Each scan's next hit is kept between calls: a scan with
 * rare hits must not search the rest of the text again for every match, which would make a pass
 * over a document quadratic.
 */
import { trieBody, WORD_END, WORD_START } from './literal-trie.js';

/** Triggers are each literal's first characters: longer keys only make the trie bigger. */
const KEY_LENGTH = 6;
/** What a word can follow in spaced text: a space, a line break, an opening quote, bracket or dash. */
const WORD_BOUNDARY = new Set([...' \n"\'(«“„‘—–-'].map((ch) => ch.charCodeAt(0)));

export interface MatchOptions {
  /** How far before a trigger a match may start (the longest prefix of approximation words or bounds). */
  readonly maxBack: number;
  /** Whether a match may start at any character (Chinese) or only where a word starts. */
  readonly anyStart: boolean;
}

/** Spaced languages: a match starts at a word start up to 24 characters before its trigger (`no less than $`); Chinese: anywhere up to 8 characters before (`不超过`, `人民币`). */
export function matchOptions(spaced: boolean): MatchOptions {
  return spaced ? { maxBack: 24, anyStart: false } : { maxBack: 8, anyStart: true };
}

/** Literal prefixes, kept apart by whether they are whole literals (guarded at the word end) or cut. */
export class KeySet {
  private readonly whole = new Set<string>();
  private readonly cut = new Set<string>();

  add(literals: readonly string[]): void {
    for (const literal of literals) {
      const chars = [...literal];
      if (chars.length <= KEY_LENGTH) this.whole.add(literal);
      else this.cut.add(chars.slice(0, KEY_LENGTH).join(''));
    }
  }

  /**
   * One trie behind one word-start guard (V8 skips fastest through a single guarded trie); whole
   * literals also end at a word end, so `Mar` does not fire on `Marenia`.
   */
  pattern(): string {
    const parts = [];
    if (this.whole.size > 0) parts.push(`${trieBody(this.whole)}${WORD_END}`);
    if (this.cut.size > 0) parts.push(trieBody(this.cut));
    return parts.length === 0 ? '(?!)' : `${WORD_START}(?:${parts.join('|')})`;
  }
}

export class TriggerScanner {
  private readonly scans: RegExp[];
  private readonly starter: RegExp;
  private readonly pending: Array<RegExpExecArray | null>;
  private text: string | undefined;
  private from = 0;

  /** `sources`: trigger patterns scanned separately; `starts`: what an optional prefix begins with. */
  constructor(sources: readonly string[], starts: string, private readonly options: MatchOptions) {
    this.scans = sources.filter((p) => p !== '(?!)').map((p) => new RegExp(p, 'gu'));
    this.starter = new RegExp(starts, 'yu');
    this.pending = this.scans.map(() => null);
  }

  /** Positions the pending hits at `from` or after, reusing those still ahead. */
  seek(text: string, from: number): void {
    const fresh = text !== this.text || from < this.from;
    this.text = text;
    this.from = from;
    for (let i = 0; i < this.scans.length; i++) {
      const p = this.pending[i];
      if (fresh || (p && p.index < from)) {
        this.scans[i]!.lastIndex = from;
        this.pending[i] = this.scans[i]!.exec(text);
      }
    }
  }

  /** The next trigger position, or undefined when there is none. */
  peek(): number | undefined {
    let at: number | undefined;
    for (const p of this.pending) if (p && (at === undefined || p.index < at)) at = p.index;
    return at;
  }

  /** Moves every scan past the trigger at `at`. */
  skip(at: number): void {
    for (let i = 0; i < this.scans.length; i++) {
      const p = this.pending[i];
      if (p && p.index <= at) {
        this.scans[i]!.lastIndex = at + 1;
        this.pending[i] = this.scans[i]!.exec(this.text!);
      }
    }
  }

  /** The earliest place before a trigger at `at` where a match may start (then `at` itself is also tried). */
  firstStart(from: number, at: number): number {
    return Math.max(from, at - this.options.maxBack);
  }

  /** Whether a match may start at `q`, before its trigger: a word start that opens a rule's prefix. */
  canStart(text: string, q: number): boolean {
    if (!this.options.anyStart && q > 0 && !WORD_BOUNDARY.has(text.charCodeAt(q - 1))) return false;
    this.starter.lastIndex = q;
    return this.starter.test(text);
  }
}
