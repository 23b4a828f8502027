/**
 * A document under extraction: the normalized text (never changed once built), its metadata, and
 * the span layers stages have written so far.
 */
import type { SpanText } from '../record/article-record.js';
import type { LayerName, Layers, RegistryEntry, RegistryName } from './layers.js';

export interface DocInit {
  readonly text: string;
  /** The document's language when the caller fixes it; otherwise the paragraphs stage derives it from its paragraphs. */
  readonly lang?: string;
  /** The language the source declares (HTML `lang`, feed metadata): what a text too short to judge is taken to be. */
  readonly declaredLang?: string;
  /** Reference date for relative times: `YYYY-MM-DD` or null when the article has none. */
  readonly date: string | null;
  readonly source: string;
}

export class Doc {
  readonly text: string;
  readonly declaredLang: string | undefined;
  readonly date: string | null;
  readonly source: string;
  private language: string | undefined;
  private readonly layers: Partial<Layers> = {};
  /** Ids already in each registry layer, built on the first registration after the layer was set. */
  private readonly registered = new Map<RegistryName, Set<string>>();

  constructor(init: DocInit) {
    this.text = init.text;
    this.language = init.lang;
    this.declaredLang = init.declaredLang;
    this.date = init.date;
    this.source = init.source;
  }

  /** The document's BCP 47 tag; read before the paragraphs stage settled it, it is a pipeline-order bug, so it throws. */
  get lang(): string {
    if (this.language === undefined) throw new Error('document language read before the paragraphs stage identified it');
    return this.language;
  }

  hasLang(): boolean {
    return this.language !== undefined;
  }

  /** Settles the language of a document created without one; it never changes afterwards. */
  setLang(tag: string): void {
    if (this.language !== undefined) throw new Error(`document language already settled as "${this.language}"`);
    this.language = tag;
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
    this.registered.delete(name as RegistryName);
  }

  /**
   * Appends an entry to a registry layer unless one with its id is there already, for stages that
   * declare `registers` (a stance's initiative joins the entities). Returns whether it was added.
   * A registry no stage wrote starts here, so every id a record refers to is in its layer. Entries
   * are appended through here only: the ids seen are kept beside the layer.
   */
  register<K extends RegistryName>(name: K, entry: RegistryEntry<K>): boolean {
    const layer = (this.layers[name] ??= []) as Array<RegistryEntry<K>>;
    let ids = this.registered.get(name);
    if (!ids) {
      ids = new Set(layer.map((e) => e.id));
      this.registered.set(name, ids);
    }
    if (ids.has(entry.id)) return false;
    ids.add(entry.id);
    layer.push(entry);
    return true;
  }

  /** A span over this document's text, its `text` taken from the offsets so the two always agree. */
  span(start: number, end: number): SpanText {
    if (!(start >= 0 && end >= start && end <= this.text.length)) {
      throw new RangeError(`span ${start}..${end} outside text of length ${this.text.length}`);
    }
    return { start, end, text: this.text.slice(start, end) };
  }
}
