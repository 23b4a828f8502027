/**
 * The loaded language packs, keyed by language code (`zh`, `ru`, `en`, `kk`). Stages read pack
 * parts through it; `zh-Hant` and other tags fall back to their base language's pack.
 */
import type { PackParts, PartName } from './pack-parts.js';

export type LoadedPack = Readonly<Record<string, unknown>>;

export class PackSet {
  constructor(private readonly packs: ReadonlyMap<string, LoadedPack>) {}

  get codes(): readonly string[] {
    return [...this.packs.keys()].sort();
  }

  /** The base pack code for a BCP 47 tag: `zh-Hant` → `zh`; unknown tags → undefined. */
  codeFor(tag: string): string | undefined {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    return this.packs.has(base) ? base : undefined;
  }

  part<K extends PartName>(tag: string, name: K): PackParts[K] | undefined {
    const code = this.codeFor(tag);
    if (code === undefined) return undefined;
    return this.packs.get(code)?.[name] as PackParts[K] | undefined;
  }

  /** Every pack's copy of a part, for engines that match all languages at once (credits, aliases). */
  all<K extends PartName>(name: K): Array<readonly [string, PackParts[K]]> {
    const out: Array<readonly [string, PackParts[K]]> = [];
    for (const code of this.codes) {
      const part = this.packs.get(code)?.[name];
      if (part !== undefined) out.push([code, part as PackParts[K]]);
    }
    return out;
  }

  /**
   * A part compiled per language, lazily: a language's automata and rule tables are built the
   * first time a paragraph in it needs them, so a Chinese article never pays for compiling the
   * Russian rules (most of a CLI's cold start otherwise).
   */
  compileEach<K extends PartName, T>(name: K, compile: (part: PackParts[K], code: string) => T): CompiledParts<T> {
    const done = new Map<string, T | undefined>();
    return {
      get: (code) => {
        if (!done.has(code)) {
          const part = this.packs.get(code)?.[name] as PackParts[K] | undefined;
          done.set(code, part === undefined ? undefined : compile(part, code));
        }
        return done.get(code);
      },
    };
  }

  /** Which part files each pack has: the coverage test compares these across packs. */
  partsOf(code: string): readonly string[] {
    return Object.keys(this.packs.get(code) ?? {}).sort();
  }
}

/** What compileEach returns: the compiled part of a pack code, or undefined when it has none. */
export interface CompiledParts<T> {
  get(code: string): T | undefined;
}
