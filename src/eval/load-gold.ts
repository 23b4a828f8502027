/**
 * Reads the gold index and its files, checking the shape that scoring relies on, so a malformed
 * gold file is reported by name instead of scoring as zero.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { SCORED_LAYERS, type GoldFile, type GoldIndex } from './gold-format.js';

export interface LoadedGold {
  /** The gold file's path, as the index lists it. */
  readonly name: string;
  readonly gold: GoldFile;
}

function isSpan(x: unknown): boolean {
  const s = x as { start?: unknown; end?: unknown; text?: unknown } | null;
  return typeof s === 'object' && s !== null && Number.isInteger(s.start) && Number.isInteger(s.end) && typeof s.text === 'string';
}

/** Problems with a gold file's shape; empty when it can be scored. */
export function goldProblems(gold: unknown): string[] {
  const g = gold as Partial<GoldFile> | null;
  if (typeof g !== 'object' || g === null) return ['not an object'];
  const problems: string[] = [];
  if (typeof g.source !== 'string') problems.push('no source');
  if (typeof g.lang !== 'string') problems.push('no lang');
  for (const layer of SCORED_LAYERS) {
    const items = g[layer] as unknown;
    if (items === undefined) continue;
    if (!Array.isArray(items)) { problems.push(`${layer} is not a list`); continue; }
    items.forEach((item, i) => { if (!isSpan(item)) problems.push(`${layer}[${i}] has no start, end and text`); });
  }
  return problems;
}

export async function loadGoldIndex(indexPath: string): Promise<{ index: GoldIndex; files: LoadedGold[] }> {
  const index = JSON.parse(await readFile(indexPath, 'utf8')) as GoldIndex;
  if (!Array.isArray(index.files)) throw new Error(`${indexPath}: no "files" list`);
  const base = dirname(indexPath);
  const files: LoadedGold[] = [];
  for (const name of index.files) {
    const gold = JSON.parse(await readFile(resolve(base, name), 'utf8')) as unknown;
    const problems = goldProblems(gold);
    if (problems.length > 0) throw new Error(`${name}: ${problems.join('; ')}`);
    files.push({ name, gold: gold as GoldFile });
  }
  return { index: { files: index.files, thresholds: index.thresholds ?? {} }, files };
}
