/**
 * HTML → main text and metadata. Metadata first (readability strips what it reads from), then
 * @mozilla/readability on a linkedom document for the main text; when readability finds nothing
 * (a fragment, a page of one paragraph, markup too broken), the whole body's text stands in,
 * and when even the DOM fails, the text between the tags (strip-tags.ts).
 */
import { Readability } from '@mozilla/readability';
import { htmlToText } from './html-to-text.js';
import { ELEMENT_NODE, parseHtmlDocument, type DomDocument, type DomNode } from './html-dom.js';
import { readHtmlMeta, type HtmlMeta } from './read-html-meta.js';
import { assembleHtml, splitHtml } from './repair-html.js';
import { estimateNesting } from './estimate-nesting.js';
import { stripTags } from './strip-tags.js';

export interface HtmlContent {
  readonly text: string;
  readonly meta: HtmlMeta;
  /** The byline readability found (`By John Smith`), if any. */
  readonly byline: string | null;
}

/**
 * Readability's cost grows much faster than linearly with nesting depth (unclosed `<div>` or
 * `<font>` tags pile up in broken pages: a thousand levels take seconds, and its recursion
 * overflows the stack further down). Real articles stay far below these limits; trees beyond
 * them go straight to the linear body-text walk.
 */
const READABILITY_LIMITS = { depth: 150, nodes: 1_000_000 } as const;

/** Whether the tree stays within READABILITY_LIMITS, found with an explicit stack and early exit. */
function fitsReadability(root: DomNode): boolean {
  let nodes = 0;
  const stack: Array<readonly [DomNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const children = node.childNodes;
    nodes += children.length;
    if (depth > READABILITY_LIMITS.depth || nodes > READABILITY_LIMITS.nodes) return false;
    for (let i = 0; i < children.length; i += 1) {
      const child = children[i];
      if (child !== undefined && child.nodeType === ELEMENT_NODE) stack.push([child, depth + 1]);
    }
  }
  return true;
}

function readabilityText(doc: DomDocument): { text: string; byline: string | null } {
  try {
    // The serializer hands back readability's content element itself, so it need not be re-parsed.
    const reader = new Readability<DomNode>(doc as never, { serializer: (node) => node as unknown as DomNode });
    const result = reader.parse();
    const text = result?.content ? htmlToText(result.content) : '';
    const byline = result?.byline?.replace(/\s+/g, ' ').trim() || null;
    return { text, byline };
  } catch {
    // Readability gives up on some malformed trees; the body text is the answer then.
    return { text: '', byline: null };
  }
}

const NO_META: HtmlMeta = { title: null, date: null, url: null, lang: null };

/** Deeper documents are not given to the DOM at all (see estimate-nesting.ts). */
const MAX_PARSE_DEPTH = 1000;

/** For a document too deep to parse: metadata from its head alone, text from between its tags. */
function readDeepHtml(html: string): HtmlContent {
  const parts = splitHtml(html);
  const headOnly = assembleHtml({ ...parts, body: '' });
  let meta = NO_META;
  try {
    if (estimateNesting(parts.head) <= MAX_PARSE_DEPTH) meta = readHtmlMeta(parseHtmlDocument(headOnly));
  } catch {
    meta = NO_META;
  }
  return { text: stripTags(parts.body), meta, byline: null };
}

export function readHtml(html: string): HtmlContent {
  if (estimateNesting(html) > MAX_PARSE_DEPTH) return readDeepHtml(html);
  try {
    const doc = parseHtmlDocument(html);
    const meta = readHtmlMeta(doc);
    const root = doc.documentElement;
    let body = doc.body;
    if (root !== null && fitsReadability(root)) {
      // Readability edits the document it reads, so it runs after the metadata is taken, and
      // the body text, if needed, comes from a fresh parse.
      const { text, byline } = readabilityText(doc);
      if (text.trim() !== '') return { text, meta, byline };
      body = parseHtmlDocument(html).body;
    }
    return { text: body ? htmlToText(body) : '', meta, byline: null };
  } catch {
    // linkedom can fail on markup broken badly enough (it throws on a document without a root).
    return { text: stripTags(splitHtml(html).body), meta: NO_META, byline: null };
  }
}
