import type { Locale } from '@law-report/core';
import { t } from './messages.js';

/**
 * Why a file could not be read, in the clerk's language: never Node's English text.
 *
 * @example readFailure(Object.assign(new Error(), { code: 'ENOENT' }), 'en') // 'cannot read: no such file or directory'
 */
export function readFailure(error: unknown, locale: Locale): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT' || code === 'ENOTDIR') return t(locale, 'noSuchFile');
  if (code === 'EACCES' || code === 'EPERM') return t(locale, 'permissionDenied');
  if (code === 'EISDIR') return t(locale, 'isDirectory');
  if (code === 'ENOTREG') return t(locale, 'notRegularFile');
  // Over 2 GB (one buffer) or 512 MB of text (one string): JSON Lines is read a line at a time.
  if (code === 'ERR_FS_FILE_TOO_LARGE' || code === 'ERR_STRING_TOO_LONG') return t(locale, 'fileTooLarge');
  return t(locale, 'cannotRead', { reason: code || '?' });
}
