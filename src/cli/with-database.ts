/**
 * Opens what a command works on (a store, the link tables), runs the command, and closes it
 * whatever happens. A database that cannot be opened is reported as `rostrum: DB: cannot open
 * database: reason`, with exit code 1.
 */
import { EXIT_INPUT_FAILED, type CliIo } from './cli-command.js';

export async function withDatabase<T extends { close(): Promise<unknown> }>(
  target: string, open: (target: string) => Promise<T>, io: CliIo, run: (opened: T) => Promise<number>,
): Promise<number> {
  const opened = await open(target).catch((error: Error) => error);
  if (opened instanceof Error) {
    io.stderr.write(`rostrum: ${target}: cannot open database: ${opened.message}\n`);
    return EXIT_INPUT_FAILED;
  }
  try {
    return await run(opened);
  } finally {
    await opened.close();
  }
}
