/**
 * How deep an HTML document nests, estimated from its tags in one linear scan, before any
 * parser sees it: linkedom's parse time grows with the square of the nesting depth and it
 * recurses per level, so thousands of unclosed `<div>` or `<font>` tags (broken pages have them)
 * would cost minutes or the stack. Elements the parser closes implicitly (`<p>`, `<li>`, void
 * elements) do not count, so a flat page of unclosed paragraphs is not mistaken for a deep one.
 */

const TAG = /<(?<close>\/?)(?<name>[A-Za-z][A-Za-z0-9]{0,15})\b[^<>]{0,2000}?(?<self>\/?)>/g;

const NOT_NESTING = new Set([
  // void elements
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  // closed implicitly by a sibling
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'rt', 'rp',
]);

export function estimateNesting(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(TAG)) {
    const g = match.groups ?? {};
    const name = (g['name'] ?? '').toLowerCase();
    if (NOT_NESTING.has(name)) continue;
    if (g['close'] === '/') depth = Math.max(0, depth - 1);
    else if (g['self'] !== '/') {
      depth += 1;
      if (depth > deepest) deepest = depth;
    }
  }
  return deepest;
}
