/**
 * Newest-first lists of integers under string keys, in typed arrays: the linker's candidate
 * indexes (statement buckets, SimHash bands) held in memory. A key is reduced to a 53-bit hash, so
 * millions of keys cost no strings and no Map entries; two keys share a list only when their hashes
 * collide (about one pair in 10^9 at a million keys), which at worst offers the clusterer one more
 * candidate to score. Entries are only appended, each linked to the previous head of its key, so
 * reading the newest `limit` entries of a key walks exactly those entries.
 */

/** Murmur3's finalizer: every input bit flips each output bit with probability about 1/2. */
function mix32(x: number): number {
  let h = x ^ (x >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A 53-bit hash of a string: two FNV-1a lanes with different primes, each finalized; never 0. */
export function hashKey(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x3c6ef372;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  const lo = mix32(a ^ s.length);
  const hi = mix32(b + lo) & 0x1fffff;
  const hash = hi * 4294967296 + lo;
  return hash === 0 ? 1 : hash;
}

const EMPTY = 0;
/** No entry: what `newest` and `before` return past the oldest one. */
export const NONE = -1;

export class KeyedLists {
  /** Open addressing: the key hash per slot (0: free) and the index of its newest entry. */
  private slotKeys: Float64Array;
  private slotHeads: Int32Array;
  private mask: number;
  private keyCount = 0;
  /** Entries in append order: their value and the entry before them under the same key. */
  private values: Int32Array;
  private previous: Int32Array;
  private entries = 0;

  constructor(slots = 1024, entries = 1024) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, slots)));
    this.slotKeys = new Float64Array(size);
    this.slotHeads = new Int32Array(size);
    this.mask = size - 1;
    this.values = new Int32Array(Math.max(16, entries));
    this.previous = new Int32Array(Math.max(16, entries));
  }

  get size(): number {
    return this.entries;
  }

  get keys(): number {
    return this.keyCount;
  }

  add(hash: number, value: number): void {
    if (this.entries === this.values.length) this.growEntries();
    if ((this.keyCount + 1) * 4 > this.slotKeys.length * 3) this.growSlots();
    const slot = this.findSlot(hash);
    const e = this.entries++;
    this.values[e] = value;
    if (this.slotKeys[slot] === EMPTY) {
      this.slotKeys[slot] = hash;
      this.keyCount++;
      this.previous[e] = NONE;
    } else {
      this.previous[e] = this.slotHeads[slot]!;
    }
    this.slotHeads[slot] = e;
  }

  /**
   * The newest entry under `hash` (NONE when there is none); `before` walks to older ones and
   * `valueAt` reads one. A cursor rather than a callback: the clusterer's hot loop walks many.
   */
  newest(hash: number): number {
    const slot = this.findSlot(hash);
    return this.slotKeys[slot] === EMPTY ? NONE : this.slotHeads[slot]!;
  }

  before(entry: number): number {
    return this.previous[entry]!;
  }

  valueAt(entry: number): number {
    return this.values[entry]!;
  }

  /** Calls `visit` with the newest `limit` values filed under `hash`, newest first. */
  latest(hash: number, limit: number, visit: (value: number) => void): void {
    let e = this.newest(hash);
    for (let n = 0; n < limit && e !== NONE; n++) {
      visit(this.values[e]!);
      e = this.previous[e]!;
    }
  }

  /** The slot holding `hash`, or the free slot where it would go (linear probing). */
  private findSlot(hash: number): number {
    let slot = (hash >>> 0) & this.mask;
    for (;;) {
      const k = this.slotKeys[slot]!;
      if (k === hash || k === EMPTY) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  private growEntries(): void {
    const values = new Int32Array(this.values.length * 2);
    values.set(this.values);
    const previous = new Int32Array(this.previous.length * 2);
    previous.set(this.previous);
    this.values = values;
    this.previous = previous;
  }

  private growSlots(): void {
    const oldKeys = this.slotKeys;
    const oldHeads = this.slotHeads;
    this.slotKeys = new Float64Array(oldKeys.length * 2);
    this.slotHeads = new Int32Array(oldKeys.length * 2);
    this.mask = this.slotKeys.length - 1;
    for (let s = 0; s < oldKeys.length; s++) {
      const k = oldKeys[s]!;
      if (k === EMPTY) continue;
      const slot = this.findSlot(k);
      this.slotKeys[slot] = k;
      this.slotHeads[slot] = oldHeads[s]!;
    }
  }
}
