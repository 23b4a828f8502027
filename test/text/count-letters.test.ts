/** The counts of a text's parts add up to the counts of the whole: what lets a document skip its own pass. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLetterCounter, sumLetterCounts } from '../../src/text/count-letters.js';

const sets = ['әғқңөұүһі', '們這國會', '们这国会', 'әa'];
const count = createLetterCounter(sets);

describe('letter counts', () => {
  it('count letters per script in order of appearance, and each set\'s members', () => {
    const text = 'Ақорда, Astana: 們这們 — 2025';
    const counts = count(text, 0, text.length);
    expect([...counts.scripts]).toEqual([['Cyrillic', 6], ['Latin', 6], ['Han', 3]]);
    // The Cyrillic а of Ақорда is not the Latin a of the last set.
    expect(counts.sets).toEqual([1, 2, 1, 2]);
    expect(count(text, 16, 99).sets).toEqual([0, 2, 1, 0]);
  });

  it('of consecutive parts add up to those of the whole', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', 'ә', 'д', '們', '们', '𠀋', ' ', '1', '\n'), maxLength: 60 });
    fc.assert(fc.property(text, fc.array(fc.nat(), { maxLength: 4 }), (s, cuts) => {
      const bounds = [0, ...cuts.map((c) => c % (s.length + 1)).sort((a, b) => a - b), s.length];
      const parts = bounds.slice(1).map((end, i) => count(s, bounds[i]!, end));
      const whole = count(s, 0, s.length);
      const sum = sumLetterCounts(parts, sets.length);
      expect(sum.sets).toEqual(whole.sets);
      expect(new Map(sum.scripts)).toEqual(new Map(whole.scripts));
      expect([...sum.scripts.keys()]).toEqual([...whole.scripts.keys()]);
    }));
  });
});
