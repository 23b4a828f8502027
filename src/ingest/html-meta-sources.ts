/**
 * Where an HTML page states its metadata, in order of trust. Format: `meta` lists are attribute
 * values of `<meta property|name|itemprop=…>` (compared in lower case); the first one present wins.
 * Between the date metas and `<time datetime>` comes JSON-LD `datePublished` (read-html-meta.ts).
 */

export const DATE_METAS: readonly string[] = [
  'article:published_time',
  'date',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date.issued',
  'dc.date',
  'parsely-pub-date',
  'sailthru.date',
];

export const URL_METAS: readonly string[] = ['og:url', 'twitter:url'];

export const TITLE_METAS: readonly string[] = ['og:title', 'twitter:title'];

export const LANG_METAS: readonly string[] = ['content-language', 'og:locale', 'language', 'dc.language'];
