/** The shape every `rostrum` subcommand has; commands are found by file name (`<name>-command.ts`). */

export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  /** Resolves to the process exit code: 0 ok, 1 some input failed, 2 usage error. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** A mistake in how the command was called: reported with the usage text, exit code 2. */
export class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;
