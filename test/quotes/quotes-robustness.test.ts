/**
 * The quotes stage on any input: it never throws, every span is a slice of the text, quotes do not
 * overlap, and pathological input (walls of quote marks, dashes, cue words) stays linear. The pack
 * rules themselves are checked statically: every quantifier bounded, so no pattern can backtrack
 * beyond the window it is given.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileQuotesPack } from '../../src/extract/quotes/compile-quote-rules.js';
import type { QuotesPack } from '../../src/extract/quotes/quotes-pack.js';
import { loadPacks } from '../../src/lang/load-packs.js';
import { KALLEN, quotesOf } from './quote-corpus.js';

const LANGS = ['zh', 'ru', 'en', 'kk'] as const;
const PIECES = [
  '“', '”', '‘', '’', '「', '」', '『', '』', '«', '»', '„', '"', '《', '》', '—', '–', '-', ' — ', '：', ':', '，', ',', '。', '.',
  '\n\n', ' ', '卡伦', '说', '表示', '指出', '据', '介绍', 'Kallen', 'said', 'According to', 'him', 'he', 'that',
  'quoted him as saying', 'Каллен', 'сказал', 'отметил', 'что', 'По его словам', 'деді', 'деп', 'атап өтті', 'Ол',
  'Мемлекет басшысы', '我们支持', 'We support', 'Мы готовы', 'Біз дайынбыз',
];

const cast = { '卡伦': KALLEN, 'Kallen': KALLEN, 'Каллен': KALLEN, he: [KALLEN, 'coref'] as const };

describe('quotes stage robustness', () => {
  it('never throws; spans are slices, inside the text, and do not overlap', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 60 }),
      fc.constantFrom(...LANGS),
      async (parts, lang) => {
        const { text, quotes } = await quotesOf(parts.join(''), lang, cast);
        let last = -1;
        for (const q of quotes) {
          expect(q.start).toBeLessThan(q.end);
          expect(q.start).toBeGreaterThanOrEqual(last);
          expect(text.slice(q.start, q.end)).toBe(q.text);
          if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
          expect(q.confidence).toBeGreaterThanOrEqual(0);
          expect(q.confidence).toBeLessThanOrEqual(1);
          last = q.end;
        }
      },
    ), { numRuns: 400 });
  });

  it('an unclosed mark does not swallow the rest of the article', async () => {
    const body = ['卡伦表示：“我们准备好了。', ...Array.from({ length: 50 }, (_, i) => `第${i}段叙述。`)].join('\n\n');
    const { quotes } = await quotesOf(body, 'zh', cast);
    expect(quotes.map((q) => q.text)).toEqual(['我们准备好了。']);
  });

  it('stays linear on pathological input', async () => {
    const walls = [
      '“'.repeat(20_000), '— '.repeat(20_000), ', said '.repeat(10_000), '说'.repeat(40_000),
      '«а, — сказал '.repeat(5_000), `${'а'.repeat(30_000)} атап өтті.`, `卡伦表示：“${'我'.repeat(60_000)}`,
      'Kallen said that '.repeat(5_000), '— Мы, — '.repeat(8_000),
    ];
    // Best of three runs: the machine is shared, and a single pause must not fail the test.
    const best = async (body: string, lang: string) => {
      let fastest = Infinity;
      for (let run = 0; run < 3; run++) {
        // CPU time of this process, not wall time: the machine is shared.
        const t0 = process.cpuUsage();
        await quotesOf(body, lang, cast);
        const used = process.cpuUsage(t0);
        fastest = Math.min(fastest, (used.user + used.system) / 1000);
      }
      return fastest;
    };
    for (const [k, wall] of walls.entries()) {
      const lang = LANGS[k % LANGS.length]!;
      const t1 = await best(wall.slice(0, wall.length / 4), lang);
      const t4 = await best(wall, lang);
      // Four times the input may take at most a generous multiple of four times the time; a
      // quadratic pass would take sixteen times, and on these sizes hundreds of milliseconds.
      expect(t4, `wall ${k} (${lang}): ${t1.toFixed(1)} ms → ${t4.toFixed(1)} ms`).toBeLessThan(Math.max(300, t1 * 12));
    }
  });
});

/** Quantifiers in a regex source, outside character classes and escapes. */
function unboundedQuantifiers(source: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') { i++; continue; }
    if (ch === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (ch === '*' || ch === '+') found.push(source.slice(Math.max(0, i - 12), i + 1));
    if (ch === '{') {
      const m = /^\{\d+,\}/.exec(source.slice(i));
      if (m) found.push(source.slice(Math.max(0, i - 12), i + m[0].length));
    }
  }
  return found;
}

describe('quote pack rules', () => {
  it('every pack compiles and every rule quantifier is bounded', async () => {
    const packs = await loadPacks();
    for (const lang of LANGS) {
      const compiled = compileQuotesPack(packs.part(lang, 'quotes')!);
      for (const rules of Object.values(compiled.rules)) {
        for (const rule of rules) {
          expect(unboundedQuantifiers(rule.regex.source), `${lang} ${rule.name}`).toEqual([]);
          if (rule.tail) expect(unboundedQuantifiers(rule.tail.source), `${lang} ${rule.name} tail`).toEqual([]);
        }
      }
    }
    // The check itself must be able to fail.
    expect(unboundedQuantifiers('(?:a+)b')).not.toEqual([]);
    expect(unboundedQuantifiers('[a+]{1,3}\\+')).toEqual([]);
  });

  it('rejects a broken pack at start-up, not while reading', async () => {
    const en = (await loadPacks()).part('en', 'quotes')!;
    const broken = (change: Partial<QuotesPack>) => () => compileQuotesPack({ ...en, ...change });
    expect(broken({ rules: [{ name: 'x', kind: 'lead', pattern: '{nowhere}(?<cue>said)', confidence: 1 }] })).toThrow(/unknown reference/);
    expect(broken({ patterns: { ...en.patterns, a: '{b}', b: '{a}' }, rules: [{ name: 'x', kind: 'lead', pattern: '{a}(?<cue>said)', confidence: 1 }] })).toThrow(/cycle/);
    expect(broken({ rules: [{ name: 'x', kind: 'lead', pattern: 'said', confidence: 1 }] })).toThrow(/no \(\?<cue>/);
    expect(broken({ rules: [{ name: 'x', kind: 'lead', pattern: '(?<cue>proclaimed)', confidence: 1 }] })).toThrow(/no trigger word/);
    expect(broken({ marks: [{ open: '<<', close: '>>' }] })).toThrow(/single characters/);
  });
});
