import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInterval, hull, intersects, intervalOf } from '../../src/link/figure-interval.js';
import type { Approx } from '../../src/record/article-record.js';

const APPROX: readonly Approx[] = ['exact', 'about', 'more_than', 'less_than', 'up_to', 'at_least'];

describe('intervals implied by approximations', () => {
  it.each([
    ['exact', 100, '[99, 101]'],
    ['about', 100, '[90, 110]'],
    ['more_than', 100, '(100, ∞)'],
    ['at_least', 100, '[100, ∞)'],
    ['less_than', 100, '(−∞, 100)'],
    ['up_to', 100, '(−∞, 100]'],
  ] as const)('%s %d is %s', (approx, value, printed) => {
    expect(formatInterval(intervalOf(value, approx))).toBe(printed);
  });

  it('widens a range by its approximation', () => {
    expect(formatInterval(intervalOf(10, 'exact', 15))).toBe('[9.9, 15.15]');
  });

  it.each([
    // [a, b, meet?]
    [[6.5e11, 'more_than'], [5.9e11, 'exact'], false],
    [[6.5e11, 'more_than'], [7e11, 'exact'], true],
    [[6.5e11, 'more_than'], [6.5e11, 'exact'], true],
    [[6.5e11, 'more_than'], [6.5e11, 'up_to'], false],
    [[6.5e11, 'at_least'], [6.5e11, 'up_to'], true],
    [[7e10, 'about'], [7.5e10, 'exact'], true],
    [[7e10, 'about'], [8e10, 'exact'], false],
    [[30, 'exact'], [30.2, 'exact'], true],
    [[30, 'exact'], [32, 'exact'], false],
    [[1.5e12, 'up_to'], [1e12, 'exact'], true],
    [[1.5e12, 'less_than'], [2e12, 'more_than'], false],
  ] as const)('%j and %j meet: %s', ([v1, a1], [v2, a2], meet) => {
    expect(intersects(intervalOf(v1, a1), intervalOf(v2, a2))).toBe(meet);
    expect(intersects(intervalOf(v2, a2), intervalOf(v1, a1))).toBe(meet);
  });

  it('every interval holds its own value unless the approximation excludes it, and a hull holds both', () => {
    fc.assert(fc.property(
      fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.constantFrom(...APPROX),
      fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.constantFrom(...APPROX),
      (v1, a1, v2, a2) => {
        const i1 = intervalOf(v1, a1);
        const i2 = intervalOf(v2, a2);
        expect(intersects(i1, i1)).toBe(true);
        expect(intersects(i1, i2)).toBe(intersects(i2, i1));
        const h = hull(i1, i2);
        expect(intersects(h, i1) && intersects(h, i2)).toBe(true);
      }));
  });
});
