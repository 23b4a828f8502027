/**
 * RSS 2.0 and Atom feed files → articles: each item's HTML content goes through ingest's own HTML
 * reader, and the feed's link, title and date (which a feed states more reliably than a page
 * fragment) fill the article's metadata.
 */
import { DOMParser } from 'linkedom';
import { ingestBytes, type IngestResult } from '../ingest/index.js';

interface FeedItem {
  readonly link: string | null;
  readonly title: string | null;
  readonly date: string | null;
  readonly html: string;
}

const FEED_START = /^\s{0,200}(?:<\?xml[^>]{0,200}\?>\s{0,200})?(?:<!--[^>]{0,200}-->\s{0,200})?<(rss|feed|rdf:RDF)\b/i;

export function looksLikeFeed(text: string): boolean {
  return FEED_START.test(text.slice(0, 2048));
}

type El = { tagName: string; localName?: string; textContent: string | null; children: ArrayLike<El>; getAttribute(name: string): string | null };

function child(el: El, ...names: string[]): El | undefined {
  for (const name of names) {
    for (let i = 0; i < el.children.length; i++) {
      const c = el.children[i]!;
      if (c.tagName.toLowerCase() === name) return c;
    }
  }
  return undefined;
}

function text(el: El | undefined): string | null {
  const t = el?.textContent?.trim();
  return t ? t : null;
}

/** `Mon, 01 Sep 2025 10:00:00 +0600` or `2025-09-01T10:00:00Z` → `2025-09-01` as the feed states it. */
export function feedDate(value: string | null): string | null {
  if (!value) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return null;
  // RFC 822 dates carry their own zone: keep the calendar day the publisher wrote.
  const written = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\b/.exec(value);
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const month = written ? months.indexOf(written[2]!.toLowerCase()) : -1;
  if (written && month >= 0) return `${written[3]}-${String(month + 1).padStart(2, '0')}-${written[1]!.padStart(2, '0')}`;
  return parsed.toISOString().slice(0, 10);
}

function feedItems(xml: string): FeedItem[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { querySelectorAll(s: string): ArrayLike<El> };
  const items: FeedItem[] = [];
  const rss = doc.querySelectorAll('item');
  for (let i = 0; i < rss.length; i++) {
    const it = rss[i]!;
    items.push({
      link: text(child(it, 'link')) ?? text(child(it, 'guid')),
      title: text(child(it, 'title')),
      date: feedDate(text(child(it, 'pubdate', 'dc:date'))),
      html: text(child(it, 'content:encoded')) ?? text(child(it, 'description')) ?? '',
    });
  }
  const atom = doc.querySelectorAll('entry');
  for (let i = 0; i < atom.length; i++) {
    const it = atom[i]!;
    const link = child(it, 'link');
    items.push({
      link: link?.getAttribute('href') ?? text(child(it, 'id')),
      title: text(child(it, 'title')),
      date: feedDate(text(child(it, 'published', 'updated'))),
      html: text(child(it, 'content')) ?? text(child(it, 'summary')) ?? '',
    });
  }
  return items;
}

export function readFeed(xml: string, source: string): IngestResult[] {
  let items: FeedItem[];
  try {
    items = feedItems(xml);
  } catch (error) {
    return [{ kind: 'failure', failure: { source, reason: `unreadable feed: ${(error as Error).message}` } }];
  }
  if (items.length === 0) return [{ kind: 'failure', failure: { source, reason: 'feed has no items' } }];
  return items.flatMap((item, k) => {
    const itemSource = `${source}#${k + 1}`;
    const html = `<html><head><title>${escapeHtml(item.title ?? '')}</title></head><body><article>${item.html}</article></body></html>`;
    return ingestBytes(new TextEncoder().encode(html), itemSource, { ext: '.html' }).map((r): IngestResult =>
      r.kind === 'article'
        ? { kind: 'article', article: { ...r.article, url: item.link ?? r.article.url, title: item.title ?? r.article.title, date: item.date ?? r.article.date } }
        : r);
  });
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
