/**
 * `npm run eval`: scores the configured extractor against the gold set and exits non-zero when a
 * threshold of the gold index is not met. Usage: `node dist/eval/main.js [path/to/index.json] [--json]`.
 */
import { resolve } from 'node:path';
import { formatReport } from './format-report.js';
import { DEFAULT_INDEX, runEval } from './run-eval.js';

async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  const indexArg = argv.find((a) => !a.startsWith('--'));
  const report = await runEval({ indexPath: indexArg ? resolve(indexArg) : DEFAULT_INDEX });
  process.stdout.write(`${json ? JSON.stringify(report, null, 2) : formatReport(report)}\n`);
  return report.passed ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
