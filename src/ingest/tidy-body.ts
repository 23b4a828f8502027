/**
 * Line handling shared by every format: one kind of line break in, and paragraphs out that are
 * separated by exactly one blank line, with no blank lines at either end. Text inside a line is
 * left alone: normalization belongs to the text layer, which computes offsets on its own output.
 */

/** Lines of a decoded text: BOM dropped, `\r\n` and `\r` read as `\n`. */
export function splitLines(text: string): string[] {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.split(/\r\n|\r|\n/);
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** Joins lines into a body: blank runs become one empty line; ends trimmed. */
export function joinParagraphs(lines: readonly string[]): string {
  const out: string[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
    } else {
      out.push(line.trimEnd());
    }
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** Index of the first line with text, or -1. */
export function firstTextLine(lines: readonly string[]): number {
  return lines.findIndex((line) => !isBlank(line));
}
