import { COMMAND_NAMES, commandHelp, type CommandName } from './help.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type Io } from './io.js';
import { t } from './messages.js';
import { localeInArgs, localeOf } from './options.js';
import { version } from './version.js';

type Command = (args: readonly string[], io: Io) => Promise<number>;

// Each command is loaded when it runs: `law-report --help` need not load the importer.
const commands: Readonly<Record<CommandName, () => Promise<Command>>> = {
  import: async () => (await import('./commands/import.js')).importCommand,
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  render: async () => (await import('./commands/render.js')).renderCommand,
  aggregate: async () => (await import('./commands/aggregate.js')).aggregateCommand,
  schema: async () => (await import('./commands/schema.js')).schemaCommand,
  serve: async () => (await import('./commands/serve.js')).serveCommand,
};

/**
 * The top-level help in `locale`.
 *
 * @example help('en').includes('law-report <command>') // true
 */
export function help(locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  return commandHelp(locale, undefined, version);
}

const isCommand = (name: string): name is CommandName => (COMMAND_NAMES as readonly string[]).includes(name);

/**
 * Runs the command line `args` (without `node` and the script), writing through `io`.
 * `--lang` may stand anywhere, before the command too. Never throws: usage mistakes exit 2
 * with a hint, unexpected failures exit 1 with one line.
 *
 * @returns the exit code
 * @example process.exitCode = await run(process.argv.slice(2), io)
 */
export async function run(args: readonly string[], io: Io): Promise<number> {
  const locale = localeInArgs(args);
  // The command is the first word that is neither an option nor the value of --lang.
  let at = 0;
  while (
    at < args.length &&
    (args[at]?.startsWith('-') ?? false) &&
    !['--help', '-h', '--version', '-v'].includes(args[at] ?? '')
  ) {
    at += args[at] === '--lang' ? 2 : 1;
  }
  const name = args[at];
  const rest = [...args.slice(0, at), ...args.slice(at + 1)];
  try {
    if (rest.some((arg) => arg === '--lang' || arg.startsWith('--lang='))) {
      const value =
        rest.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length) ?? rest[rest.indexOf('--lang') + 1];
      localeOf(value ?? '');
    }
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.out(`${help(locale)}\n`);
      return name === undefined ? EXIT_USAGE : EXIT_OK;
    }
    if (name === '--version' || name === '-v') {
      io.out(`${version}\n`);
      return EXIT_OK;
    }
    if (!isCommand(name)) {
      io.err(`law-report: ${t(locale, 'unknownCommand', { command: name })} ${t(locale, 'usageHint')}\n`);
      return EXIT_USAGE;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(`${commandHelp(locale, name)}\n`);
      return EXIT_OK;
    }
    const command = await commands[name]();
    return await command(rest, io);
  } catch (error) {
    const where = name !== undefined && isCommand(name) ? `law-report ${name}` : 'law-report';
    if (error instanceof UsageError) {
      for (const line of error.message.split('\n')) io.err(`${where}: ${line}\n`);
      io.err(`${t(locale, 'usageHint')}\n`);
      return EXIT_USAGE;
    }
    io.err(`${where}: ${t(locale, 'internal', { message: error instanceof Error ? error.message : String(error) })}\n`);
    return EXIT_PROBLEMS;
  }
}
