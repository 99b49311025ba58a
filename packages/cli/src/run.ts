import { aggregateCommand, aggregateHelp } from './commands/aggregate.js';
import { importCommand, importHelp } from './commands/import.js';
import { renderCommand, renderHelp } from './commands/render.js';
import { schemaCommand, schemaHelp } from './commands/schema.js';
import { validateCommand, validateHelp } from './commands/validate.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type Io } from './io.js';
import type { Locale } from '@law-report/core';
import { t } from './messages.js';
import { version } from './version.js';

type Command = (args: readonly string[], io: Io) => Promise<number>;

const commands: Readonly<Record<string, { run: Command; help: string }>> = {
  import: { run: importCommand, help: importHelp },
  validate: { run: validateCommand, help: validateHelp },
  render: { run: renderCommand, help: renderHelp },
  aggregate: { run: aggregateCommand, help: aggregateHelp },
  schema: { run: schemaCommand, help: schemaHelp },
};

/** The top-level help. */
export const help = `law-report ${version}: tools for 法治政府建设年度报告 (annual rule-of-law government reports)

Usage: law-report <command> [options]

Commands:
${Object.values(commands)
  .map((command) => `  ${command.help.split('\n')[0]}`)
  .join('\n')}

Options for every command:
  --lang zh-CN|en   language of messages (default zh-CN)
  -h, --help        help for a command
  --version         print the version

Run \`law-report <command> --help\` for details.`;

/**
 * Runs the command line `args` (without `node` and the script), writing through `io`.
 * Never throws: usage mistakes exit 2 with a hint, unexpected failures exit 1 with one line.
 *
 * @returns the exit code
 * @example process.exitCode = await run(process.argv.slice(2), io)
 */
export async function run(args: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = args;
  const locale = guessLocale(args);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(`${help}\n`);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${version}\n`);
    return EXIT_OK;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.err(`law-report: ${t(locale, 'unknownCommand', { command: name })} ${t(locale, 'usageHint')}\n`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`law-report ${name}: ${error.message}\n${t(locale, 'usageHint')}\n`);
      return EXIT_USAGE;
    }
    io.err(`law-report ${name}: ${t(locale, 'internal', { message: error instanceof Error ? error.message : String(error) })}\n`);
    return EXIT_PROBLEMS;
  }
}

// Messages before a command has parsed its own options still honour `--lang en`.
function guessLocale(args: readonly string[]): Locale {
  const at = args.indexOf('--lang');
  return args.includes('--lang=en') || (at >= 0 && args[at + 1] === 'en') ? 'en' : 'zh-CN';
}
