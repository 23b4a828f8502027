/**
 * Turns an ingested body into the record's `text`: NFC, one kind of line break, no invisible or
 * control characters, and paragraphs separated by exactly one blank line. Every offset in the
 * record is computed on this output, so nothing may change it afterwards.
 */

const HAN = /\p{Script=Han}/u;
// Spaces that differ only typographically; number parsing and matching want a plain space.
const SPACE_LIKE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Zero-width and BOM characters carry nothing a reader sees; C0/C1 controls except \n are noise.
const INVISIBLE = /[\u200B\u2060\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

function joinWrappedLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (out === '') { out = line; continue; }
    // A hard wrap between two Han characters is not a word break; elsewhere it is a space.
    const glue = HAN.test(out.at(-1) ?? '') && HAN.test(line[0] ?? '') ? '' : ' ';
    out += glue + line;
  }
  return out;
}

/** Normalized body: paragraphs joined by `\n\n`. */
export function normalizeText(body: string): string {
  const cleaned = body
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACE_LIKE, ' ');
  const lines = cleaned.split('\n').map((line) => line.replace(/ {2,}/g, ' ').trim());
  // With blank lines present they separate paragraphs and single breaks are wraps; without any,
  // each line is a paragraph (one-paragraph-per-line exports are common).
  const hasBlankLines = lines.some((line, i) => line === '' && i > 0 && i < lines.length - 1);
  const paragraphs: string[] = [];
  if (hasBlankLines) {
    let block: string[] = [];
    for (const line of lines) {
      if (line === '') {
        if (block.length > 0) paragraphs.push(joinWrappedLines(block));
        block = [];
      } else {
        block.push(line);
      }
    }
    if (block.length > 0) paragraphs.push(joinWrappedLines(block));
  } else {
    for (const line of lines) if (line !== '') paragraphs.push(line);
  }
  return paragraphs.join('\n\n');
}

/** Paragraph offsets of a normalized text (split on the blank lines normalizeText wrote). */
export function paragraphOffsets(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (start < text.length) {
    const next = text.indexOf('\n\n', start);
    const end = next === -1 ? text.length : next;
    if (end > start) out.push({ start, end });
    start = end + 2;
  }
  return out;
}
