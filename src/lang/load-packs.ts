/**
 * Finds language packs by convention: every folder beside this file is a language, every module
 * in it a part. Adding a folder adds a language; nothing is registered by hand.
 */
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, extname, join } from 'node:path';
import { PackSet, type LoadedPack } from './pack-set.js';

const here = fileURLToPath(import.meta.url);
const packRoot = dirname(here);
// Compiled code loads `.js`; tests run the TypeScript sources, so take whatever this file is.
const moduleExt = extname(here);

function listPackCodes(): string[] {
  return readdirSync(packRoot)
    .filter((name) => /^[a-z]{2,3}$/.test(name) && statSync(join(packRoot, name)).isDirectory())
    .sort();
}

function listParts(code: string): string[] {
  return readdirSync(join(packRoot, code))
    .filter((file) => extname(file) === moduleExt && !file.endsWith(`.d${moduleExt}`) && !file.includes('.test.'))
    .map((file) => file.slice(0, -moduleExt.length))
    .sort();
}

let cached: Promise<PackSet> | undefined;

export function loadPacks(): Promise<PackSet> {
  cached ??= (async () => {
    const packs = new Map<string, LoadedPack>();
    for (const code of listPackCodes()) {
      const parts: Record<string, unknown> = {};
      await Promise.all(listParts(code).map(async (part) => {
        const url = pathToFileURL(join(packRoot, code, `${part}${moduleExt}`)).href;
        const mod = (await import(url)) as { default?: unknown };
        if (mod.default === undefined) throw new Error(`language pack ${code}/${part} has no default export`);
        parts[part] = mod.default;
      }));
      packs.set(code, parts);
    }
    return new PackSet(packs);
  })();
  return cached;
}
