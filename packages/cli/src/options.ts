import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Locale } from '@law-report/core';
import { UsageError } from './io.js';
import { t } from './messages.js';

/** The options every command takes. */
export const commonOptions = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: typeof commonOptions & O; allowPositionals: true; strict: true }>
>;

/**
 * Parses a command's arguments strictly: an unknown flag is a usage error, not ignored, and
 * its message is the clerk's language (`--lang` may stand anywhere), never Node's parser text.
 *
 * @throws UsageError naming the option that is unknown or lacks its value
 */
export function parse<const O extends Options>(args: readonly string[], options: O): Parsed<O> {
  const all: Options = { ...commonOptions, ...options };
  try {
    return parseArgs({
      args: withDashedValues(args, all),
      options: { ...commonOptions, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const locale = localeInArgs(args);
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    const message = error instanceof Error ? error.message : '';
    const option = /'(-[^'\s]*)/.exec(message)?.[1] ?? /(--?[\w-]+)/.exec(message)?.[1] ?? '?';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(t(locale, 'unknownOption', { option }));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(t(locale, 'badOptionValue', { option }));
    throw new UsageError(t(locale, 'badArguments'));
  }
}

/**
 * The arguments with a value that starts with a dash joined to the option that takes it
 * (`--add-unit -2+3` as `--add-unit=-2+3`): a unit named so, a negative number. parseArgs alone
 * calls such a value ambiguous; one of the command's own options (`--out --format`) is still
 * taken for the option it is, so a forgotten value is said as such.
 */
function withDashedValues(args: readonly string[], options: Options): string[] {
  const known = new Set<string>();
  for (const [name, option] of Object.entries(options)) {
    known.add(`--${name}`);
    if (option.short) known.add(`-${option.short}`);
  }
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const next = args[i + 1];
    if (arg === '--') {
      joined.push(...args.slice(i));
      break;
    }
    const takesValue = arg.startsWith('--') && options[arg.slice(2)]?.type === 'string';
    if (takesValue && next?.startsWith('-') && next !== '--' && !known.has(next.split('=')[0] ?? '')) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}

/**
 * The locale a command line asks for with `--lang en` or `--lang=en`, wherever it stands,
 * so messages before (or about) parsing are already in the right language.
 */
export function localeInArgs(args: readonly string[]): Locale {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = arg === '--lang' ? args[i + 1] : arg?.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'en') return 'en';
  }
  return 'zh-CN';
}

/**
 * The locale from `--lang`, defaulting to zh-CN.
 *
 * @throws UsageError for anything but zh-CN or en (said in both, since neither was chosen)
 */
export function localeOf(lang: string | boolean | undefined): Locale {
  if (lang === undefined) return 'zh-CN';
  if (lang === 'zh-CN' || lang === 'en') return lang;
  if (lang === 'zh' || lang === 'zh-cn') return 'zh-CN';
  throw new UsageError(`${t('zh-CN', 'badLang')} ${t('en', 'badLang')}`);
}
