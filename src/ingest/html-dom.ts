/**
 * The few DOM members ingest uses, typed here because the project compiles without the DOM
 * library; linkedom's documents satisfy them. Parsing goes through parseHtmlDocument, which
 * gives linkedom a complete skeleton (see repair-html.ts).
 */
import { createRequire } from 'node:module';
import { repairHtml } from './repair-html.js';

// linkedom takes about 150 ms to load: only HTML inputs should pay for it, not every CLI start.
const requireLazily = createRequire(import.meta.url);
let parseHTML: typeof import('linkedom').parseHTML | undefined;

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

export function parseHtmlDocument(html: string): DomDocument {
  parseHTML ??= (requireLazily('linkedom') as typeof import('linkedom')).parseHTML;
  return parseHTML(repairHtml(html)).document as unknown as DomDocument;
}
