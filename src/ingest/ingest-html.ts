/**
 * HTML text → Article: main text and metadata from read-html.ts, then the text-level lifting of
 * ingest-text.ts. Metadata a container states beside the HTML (a JSON record's fields) wins over
 * what the page says; readability's byline becomes an author credit.
 */
import type { Article, Credit } from './article.js';
import { ingestText, type TextMeta } from './ingest-text.js';
import { matchCreditLine } from './lift-credits.js';
import { MAX_CREDIT_LINE } from './match-credit-line.js';
import { readHtml } from './read-html.js';

/** A bare byline that reads as names: no digits, separators or URLs (`5 min read | News`). */
const NAME_LIKE_BYLINE = /^[^\d|•·@:/\\]{2,60}$/u;

function bylineCredits(byline: string | null): Credit[] {
  if (byline === null || byline.length > MAX_CREDIT_LINE) return [];
  const stated = matchCreditLine(byline);
  if (stated !== undefined) return stated;
  return NAME_LIKE_BYLINE.test(byline) ? [{ role: 'author', name: byline, raw: byline }] : [];
}

export function ingestHtml(html: string, source: string, stated: Partial<TextMeta> = {}): Article {
  const { text, meta, byline } = readHtml(html);
  return ingestText(
    text,
    source,
    {
      url: stated.url ?? meta.url,
      title: stated.title ?? meta.title,
      date: stated.date ?? meta.date,
      lang: stated.lang ?? meta.lang,
    },
    { credits: bylineCredits(byline) },
  );
}
