/** Shared option parsing for subcommands: node's parseArgs, with mistakes turned into UsageErrors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in `YYYY-MM-DD`, or a UsageError naming the option. */
export function parseIsoDateOption(value: string, option: string): string {
  const m = ISO_DATE.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !date || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${option} wants a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

export function parseChoice<T extends string>(value: string, choices: readonly T[], option: string): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${choices.join(', ')}; got "${value}"`);
}
