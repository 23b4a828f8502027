/**
 * 64-bit SimHash over character shingles, for the same article under several URLs. Near-copies
 * (a different footer, a fixed typo, another photo credit) differ in a few bits; different texts in
 * about half. Shingles are five consecutive letters, digits or Han characters with spaces and
 * punctuation skipped, so re-wrapped or re-punctuated copies hash alike.
 *
 * The hash is kept as two 32-bit halves (no BigInt on the hot path) and printed as 16 hex digits;
 * the two halves take their bits from two mixes of one 32-bit rolling hash of the shingle.
 * Candidates are found by pigeonhole: split into BANDS bands (of 10 or 11 bits); two hashes
 * within MAX_DISTANCE (< BANDS) bits agree exactly on at least one band. Band keys carry the
 * language, since a copy is in the language of its original. A distance of 5 lets a copy carry a
 * footer or a credit line of its own; syndication.ts asks for agreeing facts on top, which keeps
 * same-template texts (bulletins) that SimHash finds close apart.
 */

export const SHINGLE = 5;
export const MAX_DISTANCE = 5;
const BAND_WIDTHS = [11, 11, 11, 11, 10, 10] as const;
export const BANDS = BAND_WIDTHS.length;

export interface SimHash {
  readonly hi: number;
  readonly lo: number;
}

/** Per UTF-16 code unit: 0 for what shingles skip (spaces, punctuation), else the lower-cased unit. */
const CONTENT = (() => {
  const table = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    const candidate = (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c >= 0xc0;
    const punct = c === 0x3000 || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3001 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f)
      || (c >= 0xff1a && c <= 0xff20) || c === 0xa0 || c === 0xab || c === 0xbb || c === 0xb7 || c === 0xd7 || c === 0xf7;
    if (!candidate || punct) continue;
    table[c] = (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f) ? c + 32 : c;
  }
  return table;
})();

const BASE = 0x01000193;
/** BASE to the power SHINGLE, modulo 2^32: what the character leaving the shingle contributed. */
const BASE_OUT = Array.from({ length: SHINGLE }).reduce<number>((acc) => Math.imul(acc, BASE), 1);

/**
 * Bits of a byte spread one per byte lane: bits 0–3 over the four bytes of SPREAD_LO, bits 4–7
 * over SPREAD_HI. Adding these counts eight bits of a hash with two additions (SWAR), and a lane
 * holds up to 255 before it must be flushed into the full counters.
 */
const SPREAD_LO = new Int32Array(256);
const SPREAD_HI = new Int32Array(256);
for (let v = 0; v < 256; v++) {
  for (let b = 0; b < 4; b++) {
    if (v & (1 << b)) SPREAD_LO[v]! |= 1 << (8 * b);
    if (v & (1 << (b + 4))) SPREAD_HI[v]! |= 1 << (8 * b);
  }
}
const FLUSH_EVERY = 255;

function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** Adds the eight bytes of two 32-bit hashes into sixteen lane accumulators. */
function accumulate(acc: Int32Array, a: number, b: number): void {
  acc[0]! += SPREAD_LO[a & 0xff]!; acc[1]! += SPREAD_HI[a & 0xff]!;
  acc[2]! += SPREAD_LO[(a >>> 8) & 0xff]!; acc[3]! += SPREAD_HI[(a >>> 8) & 0xff]!;
  acc[4]! += SPREAD_LO[(a >>> 16) & 0xff]!; acc[5]! += SPREAD_HI[(a >>> 16) & 0xff]!;
  acc[6]! += SPREAD_LO[a >>> 24]!; acc[7]! += SPREAD_HI[a >>> 24]!;
  acc[8]! += SPREAD_LO[b & 0xff]!; acc[9]! += SPREAD_HI[b & 0xff]!;
  acc[10]! += SPREAD_LO[(b >>> 8) & 0xff]!; acc[11]! += SPREAD_HI[(b >>> 8) & 0xff]!;
  acc[12]! += SPREAD_LO[(b >>> 16) & 0xff]!; acc[13]! += SPREAD_HI[(b >>> 16) & 0xff]!;
  acc[14]! += SPREAD_LO[b >>> 24]!; acc[15]! += SPREAD_HI[b >>> 24]!;
}

/** Moves the byte lanes into the per-bit counters: counts[8w + 4h + k] is bit 8w + 4h + k. */
function flush(acc: Int32Array, counts: Int32Array): void {
  for (let w = 0; w < 16; w++) {
    const lanes = acc[w]!;
    const base = (w >> 1) * 8 + (w & 1) * 4;
    for (let k = 0; k < 4; k++) counts[base + k]! += (lanes >>> (8 * k)) & 0xff;
    acc[w] = 0;
  }
}

export function simhash(text: string): SimHash {
  // Each bit of the result is a vote over all shingles: set when most shingles' hashes set it.
  const acc = new Int32Array(16);
  const counts = new Int32Array(64);
  const ring = new Uint16Array(8);
  let filled = 0;
  let rolling = 0;
  let shingles = 0;
  let pending = 0;
  for (let i = 0; i < text.length; i++) {
    const c = CONTENT[text.charCodeAt(i)]!;
    if (c === 0) continue;
    // A polynomial rolling hash over the last SHINGLE characters: O(1) per character.
    rolling = (Math.imul(rolling, BASE) + c - Math.imul(ring[(filled - SHINGLE) & 7]!, BASE_OUT)) | 0;
    ring[filled & 7] = c;
    filled++;
    if (filled < SHINGLE) continue;
    accumulate(acc, fmix32(rolling), fmix32(rolling ^ 0x9e3779b9));
    shingles++;
    if (++pending === FLUSH_EVERY) {
      flush(acc, counts);
      pending = 0;
    }
  }
  flush(acc, counts);
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (counts[b]! * 2 > shingles) hi |= 1 << b;
    if (counts[32 + b]! * 2 > shingles) lo |= 1 << b;
  }
  return { hi: hi >>> 0, lo: lo >>> 0 };
}

function popcount(x: number): number {
  let v = x >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

export function hammingDistance(a: SimHash, b: SimHash): number {
  return popcount(a.hi ^ b.hi) + popcount(a.lo ^ b.lo);
}

export function formatSimHash(h: SimHash): string {
  return h.hi.toString(16).padStart(8, '0') + h.lo.toString(16).padStart(8, '0');
}

export function parseSimHash(hex: string): SimHash {
  return { hi: Number.parseInt(hex.slice(0, 8), 16) >>> 0, lo: Number.parseInt(hex.slice(8, 16), 16) >>> 0 };
}

/** The band keys a hash is filed under and looked up by (`b0:zh:1f3`…). */
export function simhashBands(h: SimHash, lang: string): string[] {
  const bits = h.hi.toString(2).padStart(32, '0') + h.lo.toString(2).padStart(32, '0');
  const out: string[] = [];
  let at = 0;
  BAND_WIDTHS.forEach((width, i) => {
    out.push(`b${i}:${lang}:${Number.parseInt(bits.slice(at, at + width), 2).toString(16)}`);
    at += width;
  });
  return out;
}
