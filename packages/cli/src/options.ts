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
  try {
    return parseArgs({
      args: [...args],
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
