/**
 * Each input format through ingestPath / ingestBytes: .txt, .md with and without front matter,
 * .html (meta, JSON-LD, <time>, canonical, readability and its fallback), .json and .jsonl.
 * Content is fictional (invented republics and people) or the seed.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestBytes, ingestPath, type IngestResult } from '../../src/ingest/index.js';
import { FIXTURES, onlyArticle, onlyFailure, removeTemp, utf8, writeTemp } from './ingest-helpers.js';

afterAll(removeTemp);

const PARAGRAPH =
  'The foreign ministers of the fictional republics of Veloria and Ostrava Minor met on Thursday to discuss the shared use of the Alder river and a fund for flood defences.';

function html(head: string, body: string, htmlAttrs = ''): string {
  return `<!DOCTYPE html><html${htmlAttrs}><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

function fromHtml(page: string): ReturnType<typeof onlyArticle> {
  return onlyArticle(ingestBytes(utf8(page), 'page.html', { ext: '.html' }));
}

describe('.txt', () => {
  it('keeps paragraphs, trims blank lines at both ends and collapses blank runs', async () => {
    const path = writeTemp('plain.txt', '\n\n  First paragraph, line one.\nline two.\r\n\r\n\r\n\r\nSecond paragraph.\n\n\n');
    const article = onlyArticle(await ingestPath(path));
    expect(article.body).toBe('  First paragraph, line one.\nline two.\n\nSecond paragraph.');
    expect(article).toMatchObject({ source: path, title: null, url: null, date: null, lang: null, credits: [] });
  });

  it('reads an unknown extension as text when the content is text', async () => {
    const path = writeTemp('report.dat', `${PARAGRAPH}\n`);
    expect(onlyArticle(await ingestPath(path)).body).toBe(PARAGRAPH);
  });
});

describe('.md', () => {
  it('takes title, date, url and lang from front matter and strips light markup', async () => {
    const article = onlyArticle(await ingestPath(join(FIXTURES, 'veloria-notes.md')));
    expect(article).toMatchObject({
      title: 'Notes from the Alder river talks',
      date: '2031-04-13',
      url: 'https://notes.example/alder',
      lang: 'en',
      credits: [{ role: 'photo', name: 'Notes archive', raw: 'Photo: Notes archive' }],
    });
    expect(article.body).toBe(
      'The commission of the fictional republics will meet twice a year, says the\n' +
        'joint statement published on Friday.\n\n' +
        'What was agreed\n\n' +
        'a dredging fund of 40 million velors\nflood defences along the lower course',
    );
  });

  it('works without front matter: a leading # heading is the title', () => {
    const md = '# Alder accord signed\n\nThe __fund__ holds *40 million* velors, see [the text](http://x.example/a).\n\n---\n\n> Quoted line.\n';
    const article = onlyArticle(ingestBytes(utf8(md), 'notes.md', { ext: 'md' }));
    expect(article.title).toBe('Alder accord signed');
    expect(article.date).toBeNull();
    expect(article.body).toBe('The fund holds 40 million velors, see the text.\n\nQuoted line.');
  });

  it('skips broken YAML front matter instead of reading it as body text', () => {
    const md = '---\ntitle: [unclosed\n---\nBody text.\n';
    const article = onlyArticle(ingestBytes(utf8(md), 'broken.md', { ext: '.md' }));
    expect(article.body).toBe('Body text.');
    expect(article.title).toBeNull();
  });

  it('leaves snake_case and arithmetic-free text alone', () => {
    const md = 'The file_name_here stays, and so does 2_000.\n';
    expect(onlyArticle(ingestBytes(utf8(md), 'n.md', { ext: '.md' })).body).toBe('The file_name_here stays, and so does 2_000.');
  });
});

describe('.html', () => {
  it('reads the main text, title, date, canonical url, lang, byline and credits', async () => {
    const article = onlyArticle(await ingestPath(join(FIXTURES, 'veloria-summit.html')));
    expect(article).toMatchObject({
      title: 'Veloria and Ostrava Minor sign river accord',
      date: '2031-04-12',
      url: 'https://gazette.example/2031/04/12/river-accord',
      lang: 'en',
      dateline: { place: 'PORT ALDER', raw: 'PORT ALDER, April 12 (Gazette) -' },
      credits: [
        { role: 'author', name: 'Mira Kestrel', raw: 'By Mira Kestrel' },
        { role: 'photo', name: 'Gazette archive', raw: 'Photo: Gazette archive' },
      ],
    });
    const paragraphs = article.body.split('\n\n');
    expect(paragraphs[0]).toMatch(/^The foreign ministers of the fictional republics/);
    expect(paragraphs).toContain('Officials said the commission would hold its first session in the autumn.\nA second line in the same paragraph follows the break.');
    expect(article.body).not.toMatch(/Home|tracking|color: red|© The Fictional Gazette|Photo:/);
  });

  it('keeps a bare byline as an author credit, but not one that is not a name', () => {
    const byline = (text: string) => fromHtml(html('', `<article><p class="byline">${text}</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article>`));
    expect(byline('Mira Kestrel').credits).toEqual([{ role: 'author', name: 'Mira Kestrel', raw: 'Mira Kestrel' }]);
    expect(byline('12 April 2031 | 5 min read').credits).toEqual([]);
  });

  it('takes the date from <meta name="date">', () => {
    const article = fromHtml(html('<meta name="date" content="2031-05-02">', `<p>${PARAGRAPH}</p>`));
    expect(article.date).toBe('2031-05-02');
  });

  it('takes the date from JSON-LD datePublished, also inside @graph', () => {
    const ld = '{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2031-06-03T08:00:00Z"}]}';
    const article = fromHtml(html(`<script type="application/ld+json">${ld}</script>`, `<p>${PARAGRAPH}</p>`));
    expect(article.date).toBe('2031-06-03');
  });

  it('takes the date from <time datetime> and the url from og:url', () => {
    const page = html('<meta property="og:url" content="https://og.example/story">', `<article><time datetime="2031-07-04">4 July</time><p>${PARAGRAPH}</p></article>`);
    const article = fromHtml(page);
    expect(article.date).toBe('2031-07-04');
    expect(article.url).toBe('https://og.example/story');
  });

  it('prefers article:published_time, then meta date, then JSON-LD, then <time>', () => {
    const head =
      '<meta name="date" content="2031-01-02"><meta property="article:published_time" content="2031-01-01">' +
      '<script type="application/ld+json">{"datePublished":"2031-01-03"}</script>';
    expect(fromHtml(html(head, `<time datetime="2031-01-04"></time><p>${PARAGRAPH}</p>`)).date).toBe('2031-01-01');
  });

  it('takes lang from <html lang> and keeps a canonical link over og:url', () => {
    const head = '<link rel="canonical" href="https://canon.example/a"><meta property="og:url" content="https://og.example/b">';
    const article = fromHtml(html(head, `<p>${PARAGRAPH}</p>`, ' lang="zh-cn"'));
    expect(article.url).toBe('https://canon.example/a');
    expect(article.lang).toBe('zh-CN');
  });

  it('turns block elements into paragraphs and drops scripts when readability finds nothing', () => {
    const fragment = '<div>One</div><div>Two <b>bold</b> words</div><script>var x = 1;</script><p>Three</p>';
    const article = onlyArticle(ingestBytes(utf8(fragment), 'fragment.html', { ext: '.html' }));
    expect(article.body).toBe('One\n\nTwo bold words\n\nThree');
  });

  it('still yields text from malformed markup', () => {
    const broken = '<html><body><p>Unclosed <div><b>bold<i>italic</p></span> tail text <table><tr><td>cell';
    const article = onlyArticle(ingestBytes(utf8(broken), 'broken.html', { ext: '.html' }));
    expect(article.body).toContain('Unclosed');
    expect(article.body).toContain('tail text');
    expect(article.body).toContain('cell');
  });

  it('joins a line wrap between Han characters without a space', () => {
    const article = fromHtml(html('', '<p>国家元首感谢\n中华人民共和国主席</p>'));
    expect(article.body).toBe('国家元首感谢中华人民共和国主席');
  });

  it('sniffs HTML from content when the extension says nothing', () => {
    const results = ingestBytes(utf8(html('<title>Sniffed</title>', `<p>${PARAGRAPH}</p>`)), '-');
    expect(onlyArticle(results).title).toBe('Sniffed');
  });
});

describe('.json and .jsonl', () => {
  it('reads one JSON object with text and metadata fields', async () => {
    const record = { url: 'https://x.example/1', title: 'Alder talks', date: '2031-04-12', lang: 'en', text: `date 2031-01-01 ${PARAGRAPH}\n\nPhoto: Archive` };
    const article = onlyArticle(await ingestPath(writeTemp('one.json', JSON.stringify(record))));
    expect(article).toMatchObject({ url: 'https://x.example/1', title: 'Alder talks', date: '2031-04-12', lang: 'en', body: PARAGRAPH });
    expect(article.credits).toEqual([{ role: 'photo', name: 'Archive', raw: 'Photo: Archive' }]);
  });

  it('sends an html field through the HTML reader; record fields win over the page', () => {
    const page = html('<title>Page title</title><meta name="date" content="2031-02-02">', `<p>${PARAGRAPH}</p>`);
    const article = onlyArticle(ingestBytes(utf8(JSON.stringify({ html: page, title: 'Record title' })), 'r.json', { ext: 'json' }));
    expect(article).toMatchObject({ title: 'Record title', date: '2031-02-02', body: PARAGRAPH });
  });

  it('fails a record with neither text nor html', () => {
    const failure = onlyFailure(ingestBytes(utf8('{"title":"empty"}'), 'r.json', { ext: '.json' }));
    expect(failure).toEqual({ source: 'r.json', reason: 'no text or html field' });
  });

  it('fails a .json file that is not JSON', () => {
    const failure = onlyFailure(ingestBytes(utf8('{"text": "unterminated'), 'bad.json', { ext: '.json' }));
    expect(failure.source).toBe('bad.json');
    expect(failure.reason).toMatch(/^not valid JSON \(.+\)$/);
  });

  it('reads one article per JSONL line; a bad line fails alone as path:LINE', async () => {
    const lines = [
      JSON.stringify({ text: 'First fictional report.', date: '2031-03-01' }),
      '',
      '{not json',
      JSON.stringify({ html: '<p>Second fictional report.</p>', lang: 'en' }),
      JSON.stringify({ title: 'no body' }),
      '[1, 2]',
    ];
    const path = writeTemp('batch.jsonl', `${lines.join('\n')}\n`);
    const results: IngestResult[] = await ingestPath(path);
    expect(results.map((r) => (r.kind === 'article' ? r.article.source : r.failure.source))).toEqual([
      `${path}:1`,
      `${path}:3`,
      `${path}:4`,
      `${path}:5`,
      `${path}:6`,
    ]);
    const [first, bad, second, noBody, notObject] = results;
    expect(first).toMatchObject({ kind: 'article', article: { body: 'First fictional report.', date: '2031-03-01' } });
    expect(bad).toMatchObject({ kind: 'failure', failure: { reason: expect.stringMatching(/^not valid JSON \(.+\)$/) } });
    expect(second).toMatchObject({ kind: 'article', article: { body: 'Second fictional report.', lang: 'en' } });
    expect(noBody).toMatchObject({ kind: 'failure', failure: { reason: 'no text or html field' } });
    expect(notObject).toMatchObject({ kind: 'failure', failure: { reason: 'not a JSON object' } });
  });

  it('reads a JSON array as one record per element', () => {
    const results = ingestBytes(utf8(JSON.stringify([{ text: 'A.' }, { text: 'B.' }])), 'arr.json', { ext: 'json' });
    expect(results.map((r) => r.kind === 'article' && r.article.source)).toEqual(['arr.json[0]', 'arr.json[1]']);
  });

  it('sniffs JSON and JSON Lines without an extension', () => {
    expect(onlyArticle(ingestBytes(utf8('{"text":"Sniffed object."}'), '-')).body).toBe('Sniffed object.');
    const lines = ingestBytes(utf8('{"text":"One."}\n{"text":"Two."}\n'), '-');
    expect(lines.map((r) => r.kind === 'article' && r.article.source)).toEqual(['-:1', '-:2']);
  });
});
