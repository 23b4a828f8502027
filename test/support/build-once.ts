/**
 * Vitest global setup: tests that spawn the real `rostrum` binary need dist/ to match the sources.
 * `npm test` builds first and sets ROSTRUM_BUILT; a bare `npx vitest` builds here.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  if (process.env['ROSTRUM_BUILT'] === '1') return;
  const root = fileURLToPath(new URL('../..', import.meta.url));
  try {
    execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    // tsc still emits on type errors; `npm test` runs the strict typecheck that fails the build.
    process.stderr.write(`build-once: tsc reported errors (dist/ emitted anyway):\n${String((error as { stdout?: Buffer }).stdout ?? '')}\n`);
  }
}
