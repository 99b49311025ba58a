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
 * Parses a command's arguments strictly: an unknown flag is a usage error, not ignored.
 *
 * @throws UsageError with the parser's own explanation
 */
export function parse<const O extends Options>(args: readonly string[], options: O): Parsed<O> {
  try {
    return parseArgs({ args: [...args], options: { ...commonOptions, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * The locale from `--lang`, defaulting to zh-CN.
 *
 * @throws UsageError for anything but zh-CN or en
 */
export function localeOf(lang: string | boolean | undefined): Locale {
  if (lang === undefined) return 'zh-CN';
  if (lang === 'zh-CN' || lang === 'en') return lang;
  if (lang === 'zh' || lang === 'zh-cn') return 'zh-CN';
  throw new UsageError(t('zh-CN', 'badLang'));
}
