/**
 * Metadata an HTML document states about itself: title, publication date, canonical URL and
 * language. Read before readability runs, because readability strips `<script>` (JSON-LD) and
 * `<meta>` from the document it is given.
 */
import { normalizeDate } from './calendar-date.js';
import type { DomDocument, DomElement } from './html-dom.js';
import { DATE_METAS, LANG_METAS, TITLE_METAS, URL_METAS } from './html-meta-sources.js';

export interface HtmlMeta {
  readonly title: string | null;
  readonly date: string | null;
  readonly url: string | null;
  readonly lang: string | null;
}

/** JSON-LD graphs are walked breadth-first up to this many nodes: enough for any real page. */
const MAX_JSONLD_NODES = 5000;

function all(doc: DomDocument, selector: string): DomElement[] {
  return Array.from(doc.querySelectorAll(selector));
}

/** `<meta>` contents keyed by lower-cased property / name / itemprop / http-equiv; first wins. */
function metaContents(doc: DomDocument): Map<string, string> {
  const found = new Map<string, string>();
  for (const meta of all(doc, 'meta')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !found.has(key)) found.set(key, content);
    }
  }
  return found;
}

function firstOf(metas: Map<string, string>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = metas.get(key);
    if (value !== undefined) return value;
  }
  return undefined;
}

function firstDate(metas: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const date = normalizeDate(metas.get(key));
    if (date !== null) return date;
  }
  return null;
}

function jsonLdDate(doc: DomDocument): string | null {
  for (const script of all(doc, 'script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let next = 0; next < queue.length && next < MAX_JSONLD_NODES; next += 1) {
      const node = queue[next];
      const children = Array.isArray(node) ? node : node !== null && typeof node === 'object' ? Object.values(node) : [];
      if (!Array.isArray(node) && children.length > 0) {
        const date = normalizeDate((node as Record<string, unknown>)['datePublished'] as string | undefined);
        if (date !== null) return date;
      }
      for (const child of children) {
        if (queue.length >= MAX_JSONLD_NODES) break;
        queue.push(child);
      }
    }
  }
  return null;
}

function timeDate(doc: DomDocument): string | null {
  for (const time of all(doc, 'time')) {
    const date = normalizeDate(time.getAttribute('datetime'));
    if (date !== null) return date;
  }
  return null;
}

function absoluteUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function canonicalUrl(doc: DomDocument): string | null {
  for (const link of all(doc, 'link')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical')) {
      const url = absoluteUrl(link.getAttribute('href'));
      if (url !== null) return url;
    }
  }
  return null;
}

function text(value: string | null | undefined): string | null {
  const clean = (value ?? '').replace(/\s+/g, ' ').trim();
  return clean === '' ? null : clean;
}

export function readHtmlMeta(doc: DomDocument): HtmlMeta {
  const metas = metaContents(doc);
  const title = text(firstOf(metas, TITLE_METAS)) ?? text(all(doc, 'title')[0]?.textContent) ?? text(all(doc, 'h1')[0]?.textContent);
  const date = firstDate(metas, DATE_METAS) ?? jsonLdDate(doc) ?? timeDate(doc);
  const url = canonicalUrl(doc) ?? absoluteUrl(firstOf(metas, URL_METAS));
  const lang = text(doc.documentElement?.getAttribute('lang')) ?? text(firstOf(metas, LANG_METAS));
  return { title, date, url, lang };
}
