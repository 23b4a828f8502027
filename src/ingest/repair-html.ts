/**
 * Rebuilds the skeleton of an HTML document before linkedom parses it. linkedom does not
 * synthesise `<html>`, `<head>` and `<body>` the way browsers do: a fragment, or a page missing
 * `<body>`, comes out with its content outside the body and readability finds nothing. So the
 * skeleton tags are dropped and put back whole: the `<html lang>` attribute, the first
 * `<head>…</head>` as the head, everything else as the body. Patterns are bounded.
 */

const HTML_LANG = /<html\b[^<>]{0,2000}?\slang\s{0,5}=\s{0,5}["']?(?<lang>[A-Za-z0-9_-]{1,35})/i;
const HEAD_OPEN = /<head(?:\s[^<>]{0,2000})?>/i;
const HEAD_CLOSE = /<\/head\s{0,20}>/gi;
const SKELETON_TAGS = /<!doctype[^<>]{0,500}>|<\/?(?:html|head|body)\b[^<>]{0,2000}>/gi;

export interface HtmlParts {
  /** ` lang="…"` or empty: only `lang` is carried over, rebuilt clean, since a stray quote in
   * the original tag would otherwise swallow the whole document into an attribute. */
  readonly htmlAttrs: string;
  readonly head: string;
  readonly body: string;
}

export function splitHtml(html: string): HtmlParts {
  const lang = HTML_LANG.exec(html.slice(0, 64 * 1024))?.groups?.['lang'];
  let head = '';
  let rest = html;
  const open = HEAD_OPEN.exec(html);
  if (open) {
    HEAD_CLOSE.lastIndex = open.index + open[0].length;
    const close = HEAD_CLOSE.exec(html);
    if (close) {
      head = html.slice(open.index + open[0].length, close.index);
      rest = html.slice(0, open.index) + html.slice(close.index + close[0].length);
    }
  }
  const strip = (part: string): string => part.replace(SKELETON_TAGS, '');
  return { htmlAttrs: lang === undefined ? '' : ` lang="${lang}"`, head: strip(head), body: strip(rest) };
}

export function assembleHtml(parts: HtmlParts): string {
  return `<!DOCTYPE html><html${parts.htmlAttrs}><head>${parts.head}</head><body>${parts.body}</body></html>`;
}

export function repairHtml(html: string): string {
  return assembleHtml(splitHtml(html));
}
