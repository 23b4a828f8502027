/**
 * Light Markdown → text, one line at a time: heading marks, blockquote marks, bullets, rules,
 * code fences, emphasis, inline code, images and links (`[text](url)` → `text`). Everything else
 * stays as written. Every pattern is bounded and stops at the delimiter it looks for, so a line
 * costs time linear in its length whatever it contains.
 */

const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
// A thematic break or setext underline: three or more of one marker, spaces allowed between.
const RULE = /^ {0,3}(?<marker>[-*_=])[-*_= \t]{2,200}$/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const HEADING_CLOSE = /[ \t]{1,20}#{1,20}[ \t]{0,20}$/;
const QUOTE = /^ {0,3}>[ \t>]{0,40}/;
const BULLET = /^([ \t]{0,12})[-*+][ \t]+/;

const INLINE: ReadonlyArray<readonly [RegExp, string]> = [
  [/!\[[^[\]\n]{0,500}\]\([^()\n]{0,2000}\)/g, ''],
  [/\[([^[\]\n]{0,1000})\]\([^()\n]{0,2000}\)/g, '$1'],
  [/`([^`\n]{1,1000})`/g, '$1'],
  [/\*\*([^*\n]{1,1000})\*\*/g, '$1'],
  [/__([^_\n]{1,1000})__/g, '$1'],
  [/\*([^*\s][^*\n]{0,1000})\*/g, '$1'],
  [/(?<![\p{L}\p{N}_])_([^_\s][^_\n]{0,1000})_(?![\p{L}\p{N}_])/gu, '$1'],
  [/\\([\\`*_{}[\]()#+\-.!>])/g, '$1'],
];

export function isAtxHeading(line: string): boolean {
  return HEADING.test(line);
}

function isRule(line: string): boolean {
  const marker = RULE.exec(line)?.groups?.['marker'];
  if (marker === undefined) return false;
  const rest = line.replace(/[ \t]/g, '');
  return rest.length >= 3 && rest.split(marker).join('') === '';
}

export function stripMarkdownLine(line: string): string {
  if (isRule(line)) return '';
  let out = line.replace(QUOTE, '');
  if (HEADING.test(out)) out = out.replace(HEADING, '').replace(HEADING_CLOSE, '');
  out = out.replace(BULLET, '$1');
  for (const [pattern, replacement] of INLINE) out = out.replace(pattern, replacement);
  return out;
}

/** Strips markup from every line; fence lines go, the code between them stays verbatim. */
export function stripMarkdown(lines: readonly string[]): string[] {
  let inFence = false;
  const out: string[] = [];
  for (const line of lines) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      out.push('');
    } else {
      out.push(inFence ? line : stripMarkdownLine(line));
    }
  }
  return out;
}
