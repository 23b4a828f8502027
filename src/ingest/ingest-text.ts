/**
 * Decoded plain text → Article: lifts the metadata the text itself carries, in this order, line
 * by line: a leading `date YYYY-MM-DD` marker on the first line; whole credit lines anywhere;
 * an agency dateline opening the first remaining line. Metadata the caller states (JSON fields,
 * HTML meta, front matter) wins over what the text says.
 */
import type { Article, Credit, Dateline } from './article.js';
import { normalizeDate, yearFromUrl, yearOf } from './calendar-date.js';
import { liftCredits } from './lift-credits.js';
import { liftDateline } from './lift-dateline.js';
import { liftLeadingDate } from './lift-leading-date.js';
import { firstTextLine, joinParagraphs, splitLines } from './tidy-body.js';

export interface TextMeta {
  readonly url: string | null;
  readonly title: string | null;
  readonly date: string | null;
  readonly lang: string | null;
}

/** What a container found besides the text (an HTML byline, say). */
export interface FoundExtras {
  readonly credits?: readonly Credit[];
}

function cleanString(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** A declared language as a canonical BCP 47 tag (`zh_cn` → `zh-CN`), or null when it is none. */
export function canonicalLang(value: unknown): string | null {
  const tag = cleanString(value)?.replace(/_/g, '-');
  if (tag === undefined) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

export function ingestText(
  text: string,
  source: string,
  meta: Partial<TextMeta> = {},
  extras: FoundExtras = {},
): Article {
  let lines = splitLines(typeof text === 'string' ? text : '');
  const url = cleanString(meta.url);

  let textDate: string | null = null;
  const first = firstTextLine(lines);
  const leading = first < 0 ? undefined : liftLeadingDate(lines[first] ?? '');
  if (leading !== undefined) {
    textDate = leading.date;
    lines[first] = leading.rest;
  }

  const lifted = liftCredits(lines, extras.credits ?? []);
  lines = lifted.lines;

  let dateline: Dateline | undefined;
  let datelineDate: string | null = null;
  const opening = firstTextLine(lines);
  const year = yearOf(meta.date) ?? yearOf(textDate) ?? yearFromUrl(url);
  const found = opening < 0 ? undefined : liftDateline(lines[opening] ?? '', year);
  if (found !== undefined) {
    dateline = found.dateline;
    datelineDate = found.date;
    lines[opening] = found.rest;
  }

  const article: Article = {
    source,
    url,
    title: cleanString(meta.title),
    date: normalizeDate(meta.date) ?? textDate ?? datelineDate,
    lang: canonicalLang(meta.lang),
    body: joinParagraphs(lines),
    credits: lifted.credits,
  };
  return dateline === undefined ? article : { ...article, dateline };
}
