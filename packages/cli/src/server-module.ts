import type * as ServerModule from '@law-report/server';
import type { Locale } from '@law-report/core';
import { UsageError } from './io.js';
import { t } from './messages.js';

/** What `law-report serve` uses of @law-report/server. */
export type Server = typeof ServerModule;

/**
 * Loads @law-report/server, which the CLI does not install with itself: a portal developer who
 * only validates reports never compiles a database driver. When it is not installed, a usage
 * error says how to add it (exit 2).
 *
 * @param load - how to import it (the tests hand in an import that fails)
 * @example const { buildApp } = await loadServer('zh-CN')
 */
export async function loadServer(
  locale: Locale,
  load: () => Promise<Server> = () => import('@law-report/server'),
): Promise<Server> {
  try {
    return await load();
  } catch (error) {
    const missing =
      error instanceof Error &&
      (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' &&
      error.message.includes('@law-report/server');
    if (missing) throw new UsageError(t(locale, 'serverMissing'));
    throw error;
  }
}
