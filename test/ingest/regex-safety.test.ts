/**
 * Ingest must run in time linear in the article's length, so no regular expression in it may
 * backtrack catastrophically. Rather than time a test (flaky), this checks the patterns
 * themselves: no quantified group may hold a quantifier when either of the two is unbounded
 * (`(a+)+`, `(a{1,3})*`, `(\s*x)+`), and dateline patterns are anchored at the line start.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATELINE_REGEXES } from '../../src/ingest/lift-dateline.js';

const SOURCES = [
  ...readdirSync(fileURLToPath(new URL('../../src/ingest/', import.meta.url))).map((f) => `src/ingest/${f}`),
  ...['zh', 'ru', 'en', 'kk'].map((code) => `src/lang/${code}/credits.ts`),
].filter((f) => f.endsWith('.ts'));

// A regex literal: after a token that cannot end an expression, so `a / b / c` is not one.
const REGEX_LITERAL = /(?:^|[(,=:[!&|?{};]|\breturn)\s*\/(?![/*])(?<body>(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/(?<flags>[dgimsuyv]*)/g;

interface Frame {
  hasQuantifier: boolean;
  hasUnbounded: boolean;
}

/** Reads the quantifier at `i`, if any: its length and whether it is unbounded. */
function quantifierAt(source: string, i: number): { length: number; unbounded: boolean } | undefined {
  const ch = source[i];
  let length = 0;
  let unbounded = false;
  if (ch === '*' || ch === '+') [length, unbounded] = [1, true];
  else if (ch === '?') length = 1;
  else if (ch === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (!m) return undefined;
    length = m[0].length;
    unbounded = m[2] !== undefined && m[3] === '';
  } else return undefined;
  if (source[i + length] === '?') length += 1; // lazy
  return { length, unbounded };
}

/** The first nested-quantifier hazard in a pattern, or undefined. */
function nestedQuantifier(source: string): string | undefined {
  const stack: Frame[] = [{ hasQuantifier: false, hasUnbounded: false }];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    let atomEnd = i + 1;
    if (ch === '\\') atomEnd = i + 2 + (/^[pPuk]\{/.test(source.slice(i + 1, i + 3)) ? source.indexOf('}', i) - i - 1 : 0);
    else if (ch === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      atomEnd = j + 1;
    } else if (ch === '(') {
      stack.push({ hasQuantifier: false, hasUnbounded: false });
      i += 1;
      continue;
    } else if (ch === ')') {
      const inner = stack.pop()!;
      const q = quantifierAt(source, i + 1);
      const parent = stack[stack.length - 1]!;
      if (q && ((q.unbounded && inner.hasQuantifier) || inner.hasUnbounded)) {
        return `group ending at ${i} is quantified and holds a quantifier`;
      }
      parent.hasQuantifier ||= inner.hasQuantifier || q !== undefined;
      parent.hasUnbounded ||= inner.hasUnbounded || (q?.unbounded ?? false);
      i += 1 + (q?.length ?? 0);
      continue;
    }
    const q = quantifierAt(source, atomEnd);
    const frame = stack[stack.length - 1]!;
    if (q) {
      frame.hasQuantifier = true;
      frame.hasUnbounded ||= q.unbounded;
    }
    i = atomEnd + (q?.length ?? 0);
  }
  return undefined;
}

describe('the safety check itself', () => {
  it.each(['(a+)+', '(?:a{1,3})*', '(\\s*x)+', '(?:x|y+){2,10}', '([^,]+,)*'])('flags %s', (pattern) => {
    expect(nestedQuantifier(pattern)).toBeDefined();
  });
  it.each(['a+b+', '(?:ab){1,3}', '[(+*)]+', '\\p{Lu}(?:[a-z]{0,40}\\p{Lu})?', '\\(a+\\)+'])('passes %s', (pattern) => {
    expect(nestedQuantifier(pattern)).toBeUndefined();
  });
});

describe('ingest regular expressions', () => {
  const literals = SOURCES.flatMap((file) => {
    const text = readFileSync(fileURLToPath(new URL(`../../${file}`, import.meta.url)), 'utf8');
    return [...text.matchAll(REGEX_LITERAL)].map((m) => [file, m.groups?.['body'] ?? '', m.groups?.['flags'] ?? ''] as const);
  });

  it('finds the literals it checks', () => {
    expect(literals.length).toBeGreaterThan(30);
  });

  it.each(literals)('%s: /%s/%s has no nested quantifiers', (_file, body, flags) => {
    expect(() => new RegExp(body, flags)).not.toThrow();
    expect(nestedQuantifier(body)).toBeUndefined();
  });

  it.each(DATELINE_REGEXES.map((r) => [r.source.slice(0, 60), r] as const))('dateline %s… is anchored and safe', (_s, regex) => {
    expect(regex.source.startsWith('^')).toBe(true);
    expect(nestedQuantifier(regex.source)).toBeUndefined();
  });
});
