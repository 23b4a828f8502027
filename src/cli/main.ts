/**
 * `rostrum COMMAND …`. Only the requested command's module is loaded, which keeps cold start
 * short; `rostrum help` lists every `*-command` module beside this one.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, extname, join } from 'node:path';
import { EXIT_USAGE, UsageError, type CliCommand, type CliIo } from './cli-command.js';

const here = fileURLToPath(import.meta.url);
const commandDir = join(dirname(here), 'commands');
const ext = extname(here);
const SUFFIX = `-command${ext}`;

async function loadCommand(name: string): Promise<CliCommand | undefined> {
  if (!/^[a-z][a-z-]*$/.test(name)) return undefined;
  const file = join(commandDir, `${name}${SUFFIX}`);
  if (!existsSync(file)) return undefined;
  const mod = (await import(pathToFileURL(file).href)) as { command: CliCommand };
  return mod.command;
}

async function helpText(): Promise<string> {
  const names = readdirSync(commandDir).filter((f) => f.endsWith(SUFFIX)).map((f) => f.slice(0, -SUFFIX.length)).sort();
  const commands = await Promise.all(names.map(loadCommand));
  const lines = commands.filter((c): c is CliCommand => c !== undefined)
    .map((c) => `  ${c.name.padEnd(12)} ${c.summary}`);
  return [
    'rostrum — who said what, where and when, in diplomatic news (zh, ru, kk, en)',
    '',
    'usage: rostrum COMMAND [options]',
    '',
    'commands:',
    ...lines,
    '',
    'rostrum COMMAND --help shows a command\'s options.',
  ].join('\n');
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(`${await helpText()}\n`);
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.stderr.write(`rostrum: unknown command "${name}" (rostrum help lists them)\n`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`rostrum ${command.name}: ${error.message}\n${command.usage}\n`);
      return EXIT_USAGE;
    }
    // A bug, not bad input: still one line, never a stack trace unless asked for.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`rostrum ${command.name}: internal error: ${message}\n`);
    if (process.env['ROSTRUM_DEBUG']) io.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return EXIT_USAGE + 1;
  }
}

const invokedDirectly = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (invokedDirectly) {
  process.exitCode = await main(process.argv.slice(2), process);
}
