/**
 * `rostrum ingest` in this process (extraction in-thread): every kind of input the issue lists,
 * bad inputs reported without stopping the batch, re-ingest as a no-op, versions per url.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { runCli } from './run-cli.js';

const ARTICLE = (who: string) => `President ${who} of Valdoria met Foreign Minister Irena Ostrova of Marenia in Port Vell. They discussed the Ostrenian Union development bank.`;

let dir: string;
let server: Server;
let base: string;

function lastJson(stdout: string): Record<string, unknown> {
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as Record<string, unknown>;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rostrum-ingest-'));
  mkdirSync(join(dir, 'tree/deeper'), { recursive: true });
  mkdirSync(join(dir, 'tree/.hidden'), { recursive: true });
  writeFileSync(join(dir, 'tree/a.txt'), ARTICLE('Arvid Kallen'));
  writeFileSync(join(dir, 'tree/deeper/b.md'), `---\ntitle: Second\ndate: 2025-03-02\n---\n\n${ARTICLE('Marta Vell')}\n`);
  writeFileSync(join(dir, 'tree/deeper/skip.png'), 'not an article');
  writeFileSync(join(dir, 'tree/.hidden/c.txt'), ARTICLE('Hidden Person'));
  writeFileSync(join(dir, 'lines.jsonl'), [
    { url: 'https://news.example/v', date: '2025-05-01', text: ARTICLE('Oskar Brandt') },
    { url: 'https://news.example/v', date: '2025-05-02', text: `${ARTICLE('Oskar Brandt')} Updated with a correction.` },
  ].map((o) => JSON.stringify(o)).join('\n'));
  writeFileSync(join(dir, 'feed.rss'), `<?xml version="1.0"?><rss version="2.0"><channel><title>Valdoria News</title>
    <item><title>Kallen in Marenia</title><link>https://news.example/rss/1</link><pubDate>Tue, 02 Sep 2025 08:00:00 +0600</pubDate>
      <description><![CDATA[<p>${ARTICLE('Lena Sorn')}</p>]]></description></item>
    <item><title>Second item</title><link>https://news.example/rss/2</link><pubDate>Wed, 03 Sep 2025 08:00:00 GMT</pubDate>
      <description>&lt;p&gt;${ARTICLE('Jon Ardell')}&lt;/p&gt;</description></item></channel></rss>`);
  writeFileSync(join(dir, 'feed.atom'), `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Marenia Wire</title>
    <entry><title>Ostrova speaks</title><link href="https://news.example/atom/1"/><published>2025-09-04T10:00:00Z</published>
      <content type="html">&lt;p&gt;${ARTICLE('Pia Lund')}&lt;/p&gt;</content></entry></feed>`);
  server = createServer((req, res) => {
    if (req.url === '/ok.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<html><head><title>Fetched</title></head><body><article><p>${ARTICLE('Ivo Marsh')}</p></article></body></html>`);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  writeFileSync(join(dir, 'list.urls'), `# pages to fetch\n${base}/ok.html\n\n${base}/missing.html\n`);
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('rostrum ingest', () => {
  it('reads directories, globs, JSONL, feeds and URL lists, reporting bad inputs and going on', async () => {
    const db = join(dir, 'all.db');
    const run = await runCli(['ingest', join(dir, 'tree'), join(dir, '*.jsonl'), join(dir, 'feed.*'), join(dir, 'list.urls'), join(dir, 'nope.txt'), '--db', db, '--jobs', '0']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`rostrum: ${join(dir, 'nope.txt')}: no such file\n`);
    expect(run.stderr).toContain(`rostrum: ${base}/missing.html: HTTP 404\n`);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(lastJson(run.stdout)).toMatchObject({ event: 'done', files: 6, stored: 8, unchanged: 0, errors: 2 });

    const store = await openStore(db);
    try {
      const articles = await store.search({ type: 'article', text: 'Ostrova', limit: null });
      const byUrl = new Map(articles.map((h) => [h.article.url, h.article]));
      expect(byUrl.get('https://news.example/rss/1')).toMatchObject({ title: 'Kallen in Marenia', date: '2025-09-02' });
      expect(byUrl.get('https://news.example/atom/1')).toMatchObject({ title: 'Ostrova speaks', date: '2025-09-04' });
      expect(byUrl.get(`${base}/ok.html`)).toBeDefined();
      expect(articles.some((h) => h.text.includes('Hidden Person'))).toBe(false);
      const versions = await store.search({ type: 'article', text: 'Brandt', limit: null });
      expect(versions).toHaveLength(1);
      expect(versions[0]!.text).toContain('correction');
      expect((await store.getArticle(versions[0]!.article.id))?.version).toBe(2);
    } finally {
      await store.close();
    }

    const again = await runCli(['ingest', join(dir, 'tree'), join(dir, 'lines.jsonl'), join(dir, 'feed.rss'), '--db', db, '--jobs', '0']);
    expect(again.code).toBe(0);
    expect(lastJson(again.stdout)).toMatchObject({ event: 'done', stored: 0, unchanged: 6, errors: 0 });
  });

  it('rejects bad usage with exit 2 and opens no database', async () => {
    expect((await runCli(['ingest'])).code).toBe(2);
    expect((await runCli(['ingest', 'x', '--jobs', 'many'])).code).toBe(2);
    const bad = await runCli(['ingest', join(dir, 'tree'), '--db', join(dir, 'no/such/dir/x.db'), '--jobs', '0']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^rostrum: .*x\.db: cannot open database: /);
  });
});
