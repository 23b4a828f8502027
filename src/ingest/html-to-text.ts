/**
 * A DOM subtree → plain text with the paragraph structure a reader sees: block elements become
 * paragraphs (blank-line separated), `<br>` a line break, runs of white space one space. The walk
 * uses an explicit stack, so deeply nested (or malformed) markup cannot overflow the call stack.
 */
import { ELEMENT_NODE, TEXT_NODE, type DomNode } from './html-dom.js';

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT',
  'THEAD', 'TR', 'UL',
]);
const CELLS = new Set(['TD', 'TH']);
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE',
  'META', 'LINK', 'SELECT', 'TEXTAREA', 'BUTTON',
]);
const HAN = /\p{Script=Han}/u;

class ParagraphWriter {
  readonly paragraphs: string[] = [];
  // Pieces, joined once at flush: reading back a string built by `+=` flattens it every time.
  private pieces: string[] = [];
  private lastChar = '';

  private append(text: string): void {
    if (text === '') return;
    this.pieces.push(text);
    this.lastChar = text.charAt(text.length - 1);
  }

  text(raw: string, preformatted: boolean): void {
    if (preformatted) {
      this.append(raw);
      return;
    }
    // A line wrap between two Han characters is not a space in Chinese; elsewhere it is one.
    this.append(
      raw.replace(/\s+/g, (space, offset: number) => {
        const before = offset === 0 ? this.lastChar : raw[offset - 1] ?? '';
        const after = raw[offset + space.length] ?? '';
        return space.includes('\n') && HAN.test(before) && HAN.test(after) ? '' : ' ';
      }),
    );
  }

  lineBreak(): void {
    this.append('\n');
  }

  space(): void {
    this.append(' ');
  }

  flush(): void {
    const lines = this.pieces.join('').split('\n').map((line) => line.replace(/ {2,}/g, ' ').trim());
    this.pieces = [];
    this.lastChar = '';
    const paragraph = lines.filter((line) => line !== '').join('\n');
    if (paragraph !== '') this.paragraphs.push(paragraph);
  }
}

interface Step {
  readonly node: DomNode;
  /** Popped after the node's children: closes the block the node opened. */
  readonly leaving: boolean;
}

export function htmlToText(root: DomNode): string {
  const out = new ParagraphWriter();
  const stack: Step[] = [{ node: root, leaving: false }];
  let preDepth = 0;
  while (stack.length > 0) {
    const step = stack.pop()!;
    const name = step.node.nodeName.toUpperCase();
    if (step.leaving) {
      if (name === 'PRE') preDepth -= 1;
      if (BLOCKS.has(name)) out.flush();
      else if (CELLS.has(name)) out.space();
      continue;
    }
    if (step.node.nodeType === TEXT_NODE) {
      out.text(step.node.textContent ?? '', preDepth > 0);
      continue;
    }
    // Comments, processing instructions and the like carry no text (the root may be a document).
    if (step.node.nodeType !== ELEMENT_NODE && step.node !== root) continue;
    if (SKIPPED.has(name)) continue;
    if (name === 'BR') {
      out.lineBreak();
      continue;
    }
    if (BLOCKS.has(name)) out.flush();
    if (name === 'PRE') preDepth += 1;
    stack.push({ node: step.node, leaving: true });
    const children = step.node.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child !== undefined) stack.push({ node: child, leaving: false });
    }
  }
  out.flush();
  return out.paragraphs.join('\n\n');
}
