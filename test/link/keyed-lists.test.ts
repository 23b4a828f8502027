/**
 * The in-memory lists behind the candidate index answer as a plain map of arrays would: the newest
 * `limit` values of a key, newest first, through growth of both the slots and the entries.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashKey, KeyedLists } from '../../src/link/keyed-lists.js';

describe('KeyedLists', () => {
  it('gives the newest values of each key, as a map of arrays would', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 1_000_000 })), { maxLength: 600 }),
      fc.integer({ min: 1, max: 20 }),
      (adds, limit) => {
        // Tiny initial sizes: the property runs through many regrowths.
        const lists = new KeyedLists(16, 16);
        const model = new Map<string, number[]>();
        for (const [k, v] of adds) {
          const key = `w:quote:person:${k}:2025-09-01`;
          lists.add(hashKey(key), v);
          model.set(key, [...(model.get(key) ?? []), v]);
        }
        for (let k = 0; k <= 300; k++) {
          const key = `w:quote:person:${k}:2025-09-01`;
          const got: number[] = [];
          lists.latest(hashKey(key), limit, (v) => got.push(v));
          expect(got).toEqual((model.get(key) ?? []).slice(-limit).reverse());
        }
        expect(lists.size).toBe(adds.length);
        expect(lists.keys).toBe(model.size);
      },
    ), { numRuns: 60 });
  });

  it('hashes distinct keys apart, never to 0, to integers a float holds exactly', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 200_000; i++) {
      const h = hashKey(`t:quote:zh:${i}:2025-09-01`);
      expect(Number.isSafeInteger(h) && h > 0).toBe(true);
      seen.add(h);
    }
    expect(seen.size).toBe(200_000);
    expect(hashKey('')).not.toBe(0);
  });
});
