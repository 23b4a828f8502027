import { describe, expect, it } from 'vitest';
import { packLibrary } from '../../src/extract/rules/pack-library.js';
import { compileRules, matchOptions, type RuleMatch, type RuleTemplate } from '../../src/extract/rules/rule-compiler.js';

const library = packLibrary({
  numerals: { group: ',', decimal: '.', words: { four: 4 } },
  tables: {
    approx: { 'more than': 'more_than', about: 'about' },
    units: { '%': 'percent', dollars: 'USD' },
    words: { apple: 1, apples: 2 },
  },
});

function all<R extends RuleTemplate>(rules: readonly R[], text: string): Array<RuleMatch<R>> {
  const compiled = compileRules(rules, library, matchOptions(true));
  const out: Array<RuleMatch<R>> = [];
  for (let m = compiled.next(text, 0); m !== undefined; m = compiled.next(text, m.end)) out.push(m);
  return out;
}

describe('rule compiler', () => {
  const money = { name: 'money', pattern: '(?:{approx:approx} )?{number:number} {unit:units}' };
  const count = { name: 'count', pattern: '{number:number} {word:words}' };

  it('reads roles through their tables and the numeral parser', () => {
    const [m] = all([money], 'It cost more than 1,500 dollars.');
    expect(m).toMatchObject({ start: 8, end: 31 });
    expect(m!.roles['approx']?.value).toBe('more_than');
    expect(m!.roles['number']?.value).toEqual({ value: 1500, inWords: false });
    expect(m!.roles['unit']?.value).toBe('USD');
  });

  it('finds a match that begins words before its trigger', () => {
    expect(all([money], 'about four dollars').map((m) => m.roles['approx']?.text)).toEqual(['about']);
  });

  it('tries rules in order at a position, and positions left to right', () => {
    const rules = [{ name: 'first', pattern: '{number:number} {word:words}' }, { name: 'second', pattern: '{number:number} {word:words}' }];
    expect(all(rules, '3 apples and 4 apple').map((m) => [m.rule.name, m.roles['word']?.value])).toEqual([['first', 2], ['first', 1]]);
    expect(all([count, money], '5 dollars 6 apples').map((m) => m.rule.name)).toEqual(['money', 'count']);
  });

  it('fails loudly on an unknown table or a role captured twice', () => {
    expect(() => compileRules([{ name: 'x', pattern: '{nope}' }], library)).toThrow(/no table "nope"/);
    expect(() => compileRules([{ name: 'x', pattern: '{a:number}{a:number}' }], library)).toThrow(/captures "a" twice/);
  });

  it('stays linear on long runs of near-matches', () => {
    const text = '1 '.repeat(200_000) + 'more than '.repeat(50_000);
    const t0 = performance.now();
    expect(all([money, count], text)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
