/**
 * Benchmarks of later layers (store, link…) plug in here by file name: a module
 * `src/bench/<name>-bench.ts` exporting `run()` (or `run<Name>Bench()`) resolving to named figures.
 */
import { readdirSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Figures = Record<string, number | string>;

export async function runOptionalBenches(): Promise<Record<string, Figures>> {
  const here = fileURLToPath(import.meta.url);
  const suffix = `-bench${extname(here)}`;
  const out: Record<string, Figures> = {};
  for (const file of readdirSync(dirname(here)).filter((f) => f.endsWith(suffix)).sort()) {
    const mod = (await import(pathToFileURL(join(dirname(here), file)).href)) as Record<string, unknown>;
    const run = Object.entries(mod).find(([name, value]) => /^run(\w*Bench)?$/.test(name) && typeof value === 'function');
    if (run) out[file.slice(0, -suffix.length)] = await (run[1] as () => Promise<Figures>)();
  }
  return out;
}
