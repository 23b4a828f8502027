/**
 * A stage is a plain function over a `Doc`. It declares the layers it reads and writes (as spaCy's
 * components declare `requires` and `assigns`) and the registries it appends to, so the configured
 * order can be checked, and the language-pack part it needs, so the pack coverage test can check
 * every pack provides it.
 */
import type { PackSet } from '../lang/pack-set.js';
import type { Doc } from './doc.js';
import type { LayerName, RegistryName } from './layers.js';

export interface StageDefinition {
  readonly name: string;
  readonly reads: readonly LayerName[];
  readonly writes: readonly LayerName[];
  /** Registry layers another stage writes that this one appends to, through `Doc.register`. */
  readonly registers?: readonly RegistryName[];
  /** The file every language pack must have for this stage (`figures` → `src/lang/<code>/figures.ts`). */
  readonly packPart?: string;
  /** Compiles pack data once (automata, tables); the returned function runs per document. */
  create(packs: PackSet): (doc: Doc) => void;
}
