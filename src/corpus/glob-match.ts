/**
 * Shell-style globs for `rostrum ingest 'news/**\/*.html'`, since Node 20 has no fs.glob: `*` and
 * `?` within one path segment, `**` across any number of directories. Matching a segment is the
 * classic two-pointer wildcard scan (it remembers only the last `*`), linear-time in practice and
 * never exponential, unlike a glob turned into a regular expression.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export function hasGlob(path: string): boolean {
  return /[*?]/.test(path);
}

export function matchSegment(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let mark = 0;
  while (n < name.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === name[n])) {
      p++;
      n++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = n;
    } else if (star >= 0) {
      p = star + 1;
      n = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

async function entries(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** Files matching the glob, sorted; hidden names only when the pattern segment starts with a dot. */
export async function expandGlob(pattern: string): Promise<string[]> {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s) => s !== '' && s !== '.');
  const out = new Set<string>();
  const walk = async (dir: string, k: number): Promise<void> => {
    if (k === segments.length) return;
    const segment = segments[k]!;
    const last = k === segments.length - 1;
    if (segment === '**') {
      await walk(dir, k + 1);
      for (const e of await entries(dir)) if (e.isDirectory() && !e.name.startsWith('.')) await walk(join(dir, e.name), k);
      return;
    }
    if (!hasGlob(segment)) {
      const path = join(dir, segment);
      if (last) {
        const found = (await entries(dir)).find((e) => e.name === segment);
        if (found?.isFile()) out.add(path);
      } else await walk(path, k + 1);
      return;
    }
    for (const e of await entries(dir)) {
      if (e.name.startsWith('.') && !segment.startsWith('.')) continue;
      if (!matchSegment(segment, e.name)) continue;
      const path = join(dir, e.name);
      if (last) {
        if (e.isFile()) out.add(path);
      } else if (e.isDirectory()) await walk(path, k + 1);
    }
  };
  await walk(absolute ? '/' : '.', 0);
  return [...out].sort();
}
