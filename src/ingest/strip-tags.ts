/**
 * The last resort for HTML no DOM reading survives: tags become paragraph breaks, the common
 * entities are decoded, scripts and styles are dropped. Crude, but it keeps the promise that
 * malformed HTML with text in it still yields that text.
 */

const SCRIPT_OR_STYLE = /<(script|style)\b[^<>]{0,2000}>[^<]{0,1000000}<\/\1\s{0,20}>/gi;
const TAG = /<[^<>]{0,2000}>/g;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const ENTITY = /&(?:#(?<dec>\d{1,7})|#x(?<hex>[0-9a-f]{1,6})|(?<name>[a-z]{2,6}));/gi;

function decodeEntity(match: string, dec?: string, hex?: string, name?: string): string {
  const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : undefined;
  if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  return ENTITIES[(name ?? '').toLowerCase()] ?? match;
}

export function stripTags(html: string): string {
  return html
    .replace(SCRIPT_OR_STYLE, '\n')
    .replace(TAG, '\n\n')
    .replace(ENTITY, (match, dec?: string, hex?: string, name?: string) => decodeEntity(match, dec, hex, name))
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n');
}
