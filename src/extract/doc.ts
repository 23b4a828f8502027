/**
 * A document under extraction: the normalized text (never changed once built), its metadata, and
 * the span layers stages have written so far.
 */
import type { SpanText } from '../record/article-record.js';
import type { LayerName, Layers } from './layers.js';

export interface DocInit {
  readonly text: string;
  readonly lang: string;
  /** Reference date for relative times: `YYYY-MM-DD` or null when the article has none. */
  readonly date: string | null;
  readonly source: string;
}

export class Doc {
  readonly text: string;
  readonly lang: string;
  readonly date: string | null;
  readonly source: string;
  private readonly layers: Partial<Layers> = {};

  constructor(init: DocInit) {
    this.text = init.text;
    this.lang = init.lang;
    this.date = init.date;
    this.source = init.source;
  }

  has(name: LayerName): boolean {
    return this.layers[name] !== undefined;
  }

  /** A layer a stage declared it reads; an unwritten layer is a pipeline-order bug, so it throws. */
  get<K extends LayerName>(name: K): Layers[K] {
    const layer = this.layers[name];
    if (layer === undefined) throw new Error(`layer "${name}" read before any stage wrote it`);
    return layer;
  }

  /** The layer if written, else an empty one, for consumers that tolerate a partial pipeline. */
  getOrEmpty<K extends LayerName>(name: K): Layers[K] {
    return (this.layers[name] ?? []) as Layers[K];
  }

  set<K extends LayerName>(name: K, value: Layers[K]): void {
    this.layers[name] = value;
  }

  /** A span over this document's text, its `text` taken from the offsets so the two always agree. */
  span(start: number, end: number): SpanText {
    if (!(start >= 0 && end >= start && end <= this.text.length)) {
      throw new RangeError(`span ${start}..${end} outside text of length ${this.text.length}`);
    }
    return { start, end, text: this.text.slice(start, end) };
  }
}
