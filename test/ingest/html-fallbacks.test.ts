/**
 * The HTML reader's safety nets: the nesting estimate that keeps very deep documents away from
 * the DOM, and the tag stripper that reads them instead.
 */
import { describe, expect, it } from 'vitest';
import { estimateNesting } from '../../src/ingest/estimate-nesting.js';
import { repairHtml } from '../../src/ingest/repair-html.js';
import { stripTags } from '../../src/ingest/strip-tags.js';

describe('estimateNesting', () => {
  it.each([
    ['<div><div><span>x</span></div></div>', 3],
    ['<p>one<p>two<p>three', 0],
    ['<ul><li>a<li>b<li>c</ul>', 1],
    ['<div><br><img src=x><hr/></div>', 1],
    ['<div/><div/>', 0],
    ['</div></div><div>', 1],
    [`${'<font>'.repeat(3000)}x`, 3000],
  ])('%s → %i', (html, depth) => {
    expect(estimateNesting(html)).toBe(depth);
  });
});

describe('stripTags', () => {
  it('keeps the text between tags as paragraphs and decodes common entities', () => {
    const text = stripTags('<div>Veloria &amp; Ostrava<script>var x = 1;</script></div><p>A&#32;B &#x41; &nbsp;&bogus;</p>');
    expect(text.split(/\n+/).filter((l) => l !== '')).toEqual(['Veloria & Ostrava', 'A B A &bogus;']);
  });
});

describe('repairHtml', () => {
  it('puts a fragment inside a whole skeleton, keeping only a clean lang', () => {
    expect(repairHtml('<p>x</p>')).toBe('<!DOCTYPE html><html><head></head><body><p>x</p></body></html>');
    expect(repairHtml('<html lang="kk" onload="x()"><head><title>t</title></head><body class="a"><p>x</p></body></html>')).toBe(
      '<!DOCTYPE html><html lang="kk"><head><title>t</title></head><body><p>x</p></body></html>',
    );
  });
});
