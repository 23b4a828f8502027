import { describe, expect, it } from 'vitest';
import { prefixReferences, requiredReference } from '../../src/extract/rules/template-anchors.js';

describe('template anchors', () => {
  it.each([
    ['(?:{approx:approxBefore} )?{number:number}{scale:scales}?', 'number', ['approxBefore']],
    ['(?:{bound:bounds} |(?<=(?:{contexts}) )){month:months}', 'months', ['bounds']],
    ['{bound:bounds}?(?<year>[12][0-9]{3})年', undefined, ['bounds']],
    ['{rangeFrom} {number:number} до {max:rangeEnd}', 'rangeFrom', []],
    // No required table: digits trigger it, and any of its tables may begin it.
    ['(?:{a}|{b})', undefined, ['a', 'b']],
    ['{x*}{y:ys}', 'ys', []],
    ['[{not}]{number:number}', 'number', []],
  ] as const)('%s → %s', (pattern, required, prefixes) => {
    expect(requiredReference(pattern)).toBe(required);
    expect(prefixReferences(pattern)).toEqual(prefixes);
  });
});
