/** The small parts of input handling: glob segments, glob expansion, feed dates, URL-list sniffing. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandGlob, matchSegment } from '../../src/corpus/glob-match.js';
import { feedDate, looksLikeFeed } from '../../src/corpus/read-feed.js';
import { looksLikeUrlList } from '../../src/corpus/read-url-list.js';

describe('glob segments', () => {
  const cases: ReadonlyArray<readonly [string, string, boolean]> = [
    ['*.txt', 'a.txt', true], ['*.txt', 'a.txt.bak', false], ['a?c', 'abc', true], ['a?c', 'ac', false],
    ['*', '', true], ['**', 'x', true], ['a*b*c', 'aXbYc', true], ['a*b*c', 'aXbY', false], ['天津*', '天津峰会.html', true],
  ];
  for (const [pattern, name, expected] of cases) it(`${pattern} ~ ${name} → ${expected}`, () => expect(matchSegment(pattern, name)).toBe(expected));
  it('stays fast on patterns that make regular expressions explode', () => {
    const t0 = performance.now();
    expect(matchSegment(`${'*a'.repeat(30)}b`, 'a'.repeat(5000))).toBe(false);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('glob expansion', () => {
  it('walks ** and matches each segment, skipping hidden names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rostrum-glob-'));
    try {
      mkdirSync(join(dir, 'a/b/c'), { recursive: true });
      mkdirSync(join(dir, '.git'), { recursive: true });
      for (const f of ['x.html', 'a/y.html', 'a/b/c/z.html', 'a/b/c/z.txt', '.git/h.html']) writeFileSync(join(dir, f), 'x');
      const files = await expandGlob(`${dir}/**/*.html`);
      expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a/b/c/z.html', 'a/y.html', 'x.html']);
      expect(await expandGlob(`${dir}/a/*/c/z.*`)).toEqual([join(dir, 'a/b/c/z.html'), join(dir, 'a/b/c/z.txt')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('feeds and URL lists', () => {
  it('keeps the calendar day the publisher wrote', () => {
    expect(feedDate('Mon, 01 Sep 2025 23:30:00 +0600')).toBe('2025-09-01');
    expect(feedDate('2025-09-01T23:30:00-05:00')).toBe('2025-09-01');
    expect(feedDate('not a date')).toBeNull();
  });
  it('tells feeds and URL lists from articles', () => {
    expect(looksLikeFeed('<?xml version="1.0"?>\n<rss version="2.0">')).toBe(true);
    expect(looksLikeFeed('<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(looksLikeFeed('<html><body>rss</body></html>')).toBe(false);
    expect(looksLikeUrlList('# list\nhttps://a.example/1\n\nhttp://b.example/2\n')).toBe(true);
    expect(looksLikeUrlList('See https://a.example/1 for the speech.\n')).toBe(false);
    expect(looksLikeUrlList('\n# only comments\n')).toBe(false);
  });
});
