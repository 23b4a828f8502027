/**
 * Vitest global setup: tests that spawn the real `rostrum` binary need dist/ to match the sources.
 * `npm test` builds first and sets ROSTRUM_BUILT; a bare `npx vitest` builds here, unless nothing
 * under src/ changed since the last build (many test runs share a two-core machine).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  if (process.env['ROSTRUM_BUILT'] === '1') return;
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const stamp = join(root, 'dist', '.build-stamp');
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= newestMtime(join(root, 'src'))) return;
  // Stamp with the time the build started, so a source saved during the build triggers the next one.
  const startedAt = new Date();
  try {
    execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    // tsc still emits on type errors; `npm test` runs the strict typecheck that fails the build.
    process.stderr.write(`build-once: tsc reported errors (dist/ emitted anyway):\n${String((error as { stdout?: Buffer }).stdout ?? '')}\n`);
  }
  writeFileSync(stamp, '');
  utimesSync(stamp, startedAt, startedAt);
}
