/**
 * A small, fixed-size summary of a statement's wording for same-language similarity: the k
 * smallest hashes of its tokens (a bottom-k MinHash sketch). Two sketches estimate the Jaccard
 * similarity of the token sets without keeping the tokens, so a stored statement costs k numbers.
 *
 * Tokens: Han characters as overlapping bigrams (Chinese has no word spaces); Latin and Cyrillic
 * words lower-cased and cut to five letters, a crude stem that lets торговля/торговли and
 * support/supports meet; digit runs as they are.
 */

export const SKETCH_SIZE = 48;
/** Texts with fewer token pairs than this get no wording keys. */
export const MIN_BAND_PAIRS = 8;
const STEM_LENGTH = 5;

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLetter = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  || (c >= 0x400 && c <= 0x4ff);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** murmur3's finaliser: spreads the bits of an FNV-1a state evenly. */
function finish(state: number): number {
  let h = state;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const lowerCase = (c: number) => ((c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f) ? c + 32 : c >= 0xc0 && c <= 0xde && c !== 0xd7 ? c + 32 : c);

/**
 * Calls `emit` with the hash of every token of `text`, hashing code units as it scans (no token
 * strings are built: this runs over every quote of every article). A letter token hashes as its
 * lower-cased first five letters (FNV-1a over the code units, then murmur3's finaliser).
 */
export function forEachTokenHash(text: string, emit: (hash: number) => void): void {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isHan(c)) {
      let h = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (isHan(next)) h = Math.imul(h ^ next, FNV_PRIME);
      emit(finish(h));
      i++;
    } else if (isLetter(c)) {
      let h = FNV_OFFSET;
      const from = i;
      while (i < n && isLetter(text.charCodeAt(i))) {
        if (i - from < STEM_LENGTH) h = Math.imul(h ^ lowerCase(text.charCodeAt(i)), FNV_PRIME);
        i++;
      }
      emit(finish(h));
    } else if (isDigit(c)) {
      let h = FNV_OFFSET;
      while (i < n && isDigit(text.charCodeAt(i))) h = Math.imul(h ^ text.charCodeAt(i++), FNV_PRIME);
      emit(finish(h));
    } else {
      i++;
    }
  }
}

export interface Wording {
  /** The `SKETCH_SIZE` smallest distinct token hashes, ascending. */
  readonly sketch: number[];
  /**
   * The `bandCount` smallest hashes of consecutive token pairs: keys for finding candidates by
   * wording. Single tokens would not do: a function word is often a statement's smallest hash,
   * and every statement of the day shares it; a pair of tokens is specific to its statement.
   */
  readonly bands: number[];
}

export function wordingOf(text: string, bandCount: number): Wording {
  const tokens: number[] = [];
  const pairs: number[] = [];
  let previous = -1;
  forEachTokenHash(text, (h) => {
    tokens.push(h);
    if (previous >= 0) pairs.push(finish(Math.imul(previous ^ h, FNV_PRIME) ^ h));
    previous = h;
  });
  // A short text's wording ("supports the initiative") is shared by every statement like it: no key.
  return { sketch: smallest(tokens, SKETCH_SIZE), bands: pairs.length >= MIN_BAND_PAIRS ? smallest(pairs, bandCount) : [] };
}

export function sketchOf(text: string): number[] {
  return wordingOf(text, 0).sketch;
}

/** The k smallest distinct values, ascending. */
function smallest(hashes: readonly number[], k: number): number[] {
  if (k === 0 || hashes.length === 0) return [];
  const sorted = Uint32Array.from(hashes).sort();
  const out: number[] = [];
  for (let i = 0; i < sorted.length && out.length < k; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(sorted[i]!);
  }
  return out;
}

/**
 * Estimated Jaccard similarity of the token sets behind two sketches: among the k smallest hashes
 * of the union, the fraction found in both. 0 when either is empty.
 */
export function sketchSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const k = Math.min(SKETCH_SIZE, Math.max(a.length, b.length));
  let i = 0;
  let j = 0;
  let seen = 0;
  let both = 0;
  while (seen < k && (i < a.length || j < b.length)) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x === y) { both++; i++; j++; } else if (x < y) i++; else j++;
    seen++;
  }
  return seen === 0 ? 0 : both / seen;
}
