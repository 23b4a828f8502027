/** Wall time of a fresh `rostrum extract` process on the seed, as a user would feel it. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/rostrum.js', import.meta.url));
const seed = fileURLToPath(new URL('../../examples/000_57bb135459f8ca34.txt', import.meta.url));

export interface ColdStartFigures {
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
}

export function measureColdStart(runs = 7): ColdStartFigures {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = spawnSync(process.execPath, [bin, 'extract', seed], { stdio: ['ignore', 'ignore', 'pipe'] });
    times.push(performance.now() - t0);
    if (result.status !== 0) throw new Error(`rostrum extract failed: ${result.stderr.toString()}`);
  }
  times.sort((a, b) => a - b);
  return {
    runs,
    medianMs: Math.round(times[Math.floor(runs / 2)]!),
    minMs: Math.round(times[0]!),
    maxMs: Math.round(times.at(-1)!),
  };
}
