/**
 * Matches the surfaces of the alphabetic scripts word by word. Each word of a surface is stored by
 * its stem in a character trie, with the paradigm that says which endings may follow (shared
 * inflection helper for Russian and Kazakh; the possessive `'s` for English); a second trie over
 * those words, keyed by the text between them, holds multi-word surfaces. A text word is walked
 * once through the stem trie, so the pass is linear in the text whatever the lexicon size.
 */
import { paradigmOf, type InflectingLanguage } from '../../lang/shared/inflection.js';
import type { Hit, Payload } from './lexicon-entry.js';
import { foldWordChar, tokenizeWords, type WordTokens } from './word-tokens.js';

interface StemKey {
  readonly key: number;
  readonly accepts: (rest: string) => boolean;
  /** English: an accepted rest is a clitic (`'s`), left out of the match. */
  readonly clitic: boolean;
}

interface PhraseEnd {
  readonly payload: Payload;
  readonly lead: string;
  readonly trail: string;
}

interface Candidate {
  readonly key: number;
  readonly end: number;
}

const GAP_SLOTS = 16;
const FIRST_WORD = GAP_SLOTS - 1;
const MAX_GAP = 4;
const MAX_REST = 13;
const englishAccepts = (rest: string) => rest === '' || rest === "'s";

function foldWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) out += String.fromCharCode(foldWordChar(word.charCodeAt(i)));
  return out;
}

/** Word stems in a character trie; walking a word finds every stem it starts with whose paradigm accepts the rest. */
class StemTrie {
  private readonly children: Array<Map<number, number>> = [new Map()];
  private readonly keys: StemKey[][] = [[]];
  /** The root's children by code unit: most words stop at their first letter, so it is read most. */
  private readonly rootNext = new Int32Array(0x530);

  insert(stem: string, entry: StemKey): void {
    let node = 0;
    for (let i = 0; i < stem.length; i++) {
      const code = stem.charCodeAt(i);
      let next = this.children[node]!.get(code);
      if (next === undefined) {
        next = this.children.length;
        this.children.push(new Map());
        this.keys.push([]);
        this.children[node]!.set(code, next);
        if (node === 0 && code < this.rootNext.length) this.rootNext[code] = next;
      }
      node = next;
    }
    this.keys[node]!.push(entry);
  }

  /** The surfaces a word can be (a word may match several stems: Китай and Китайская share one). */
  walk(text: string, start: number, end: number): Candidate[] | undefined {
    const first = foldWordChar(text.charCodeAt(start));
    let node = first < this.rootNext.length ? this.rootNext[first]! : (this.children[0]!.get(first) ?? 0);
    if (node === 0) return undefined;
    let out: Candidate[] | undefined;
    for (let p = start; p < end; p++) {
      if (p > start) {
        const next = this.children[node]!.get(foldWordChar(text.charCodeAt(p)));
        if (next === undefined) break;
        node = next;
      }
      const keys = this.keys[node]!;
      // No paradigm takes more than a few letters after its stem: a longer rest is another word.
      if (keys.length === 0 || end - p - 1 > MAX_REST) continue;
      const rest = p + 1 === end ? '' : foldWord(text.slice(p + 1, end));
      for (const k of keys) {
        if (k.accepts(rest)) (out ??= []).push({ key: k.key, end: k.clitic && rest !== '' ? p + 1 : end });
      }
    }
    return out;
  }
}

export class WordAutomaton {
  /** Words that open a surface: most text words fail here within a character or two. */
  private readonly initial = new StemTrie();
  private readonly anywhere = new StemTrie();
  private readonly initialKeys = new Set<number>();
  private readonly phraseChildren: Array<Map<number, number>> = [new Map()];
  private readonly phraseEnds: PhraseEnd[][] = [[]];
  private readonly keyIds = new Map<string, number>();
  private readonly stemKeys: StemKey[] = [];
  private readonly stems: string[] = [];
  private readonly gapIds = new Map<string, number>([[' ', 0]]);

  /** Adds a surface; returns false when it has no word or too many kinds of separator. */
  add(surface: string, inflection: InflectingLanguage | undefined, payload: Payload): boolean {
    const tokens = tokenizeWords(surface);
    const count = tokens.starts.length;
    if (count === 0) return false;
    const edges: number[] = [];
    for (let k = 0; k < count; k++) {
      const word = foldWord(surface.slice(tokens.starts[k], tokens.ends[k]));
      let slot = FIRST_WORD;
      if (k > 0) {
        const gap = foldWord(surface.slice(tokens.ends[k - 1], tokens.starts[k])).replace(/\s+/g, ' ');
        if (gap.length > MAX_GAP) return false;
        let id = this.gapIds.get(gap);
        if (id === undefined) {
          if (this.gapIds.size >= FIRST_WORD) return false;
          id = this.gapIds.size;
          this.gapIds.set(gap, id);
        }
        slot = id;
      }
      const key = this.keyOf(word, inflection);
      if (k === 0 && !this.initialKeys.has(key)) {
        this.initialKeys.add(key);
        this.initial.insert(this.stems[key]!, this.stemKeys[key]!);
      }
      edges.push(key * GAP_SLOTS + slot);
    }
    let node = 0;
    for (const edge of edges) {
      let next = this.phraseChildren[node]!.get(edge);
      if (next === undefined) {
        next = this.phraseChildren.length;
        this.phraseChildren.push(new Map());
        this.phraseEnds.push([]);
        this.phraseChildren[node]!.set(edge, next);
      }
      node = next;
    }
    const lead = surface.slice(0, tokens.starts[0]).trim();
    const trail = surface.slice(tokens.ends[count - 1]).trim();
    this.phraseEnds[node]!.push({ payload, lead, trail });
    return true;
  }

  private keyOf(word: string, inflection: InflectingLanguage | undefined): number {
    const name = `${inflection ?? ''}|${word}`;
    let key = this.keyIds.get(name);
    if (key !== undefined) return key;
    key = this.keyIds.size;
    this.keyIds.set(name, key);
    const paradigm = inflection ? paradigmOf(inflection, word) : { stem: word, accepts: englishAccepts };
    const entry: StemKey = { key, accepts: paradigm.accepts, clitic: inflection === undefined };
    this.stemKeys.push(entry);
    this.stems.push(paradigm.stem);
    this.anywhere.insert(paradigm.stem, entry);
    return key;
  }

  private gapSlot(text: string, from: number, to: number): number | undefined {
    if (to - from === 1 && text.charCodeAt(from) === 0x20) return 0;
    if (to - from > MAX_GAP || to <= from) return undefined;
    return this.gapIds.get(foldWord(text.slice(from, to)).replace(/\s+/g, ' '));
  }

  scan(text: string, into: Hit[], tokens: WordTokens = tokenizeWords(text)): void {
    const { starts, ends } = tokens;
    for (let i = 0; i < starts.length; i++) {
      const first = this.initial.walk(text, starts[i]!, ends[i]!);
      if (first === undefined) continue;
      let frontier: Array<readonly [node: number, end: number]> = [];
      for (const c of first) {
        const node = this.phraseChildren[0]!.get(c.key * GAP_SLOTS + FIRST_WORD);
        if (node !== undefined) frontier.push([node, c.end]);
      }
      for (let j = i; frontier.length > 0; j++) {
        for (const [node, end] of frontier) this.emit(text, starts[i]!, end, node, into);
        const nextWord = j + 1;
        const nextCands = nextWord < starts.length ? this.anywhere.walk(text, starts[nextWord]!, ends[nextWord]!) : undefined;
        if (nextCands === undefined) break;
        const next: Array<readonly [number, number]> = [];
        for (const [node, end] of frontier) {
          // A possessive ends a surface: `Kazakhstan's President` is two things, not one.
          if (end !== ends[j]) continue;
          const slot = this.gapSlot(text, end, starts[nextWord]!);
          if (slot === undefined) continue;
          for (const c of nextCands) {
            const child = this.phraseChildren[node]!.get(c.key * GAP_SLOTS + slot);
            if (child !== undefined) next.push([child, c.end]);
          }
        }
        frontier = next;
      }
    }
  }

  private emit(text: string, start: number, end: number, node: number, into: Hit[]): void {
    const found = this.phraseEnds[node]!;
    if (found.length === 0) return;
    let from = start;
    let to = end;
    const lead = found[0]!.lead;
    const trail = found[0]!.trail;
    if (lead && text.startsWith(lead, start - lead.length)) from = start - lead.length;
    if (trail && text.startsWith(trail, end)) to = end + trail.length;
    into.push({ start: from, end: to, payloads: found.map((f) => f.payload) });
  }
}
