import { accessSync, constants, existsSync, lstatSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Locale } from '@law-report/core';
import { EXIT_OK, UsageError, type Io } from '../io.js';
import { t } from '../messages.js';
import { loadServer } from '../server-module.js';

// `serve --backup FILE`: SQLite's online backup (@law-report/server's backupSqlite), safe while the server runs.
// Whatever stops it is said in the clerk's language, one line, a usage or configuration error (exit 2): never
// the server's English text. What can be known before is checked before the driver is loaded.

/**
 * Backs the SQLite database `db` up into the new file `to` (both as given, relative to `io.cwd`), making the
 * folders it lacks. Refuses, before anything is written, a missing database, a file that exists, a place under a
 * file and a folder that cannot be written in.
 *
 * @throws UsageError (exit 2) saying why the backup was not made
 * @example await backupDatabase('.data/law-report.sqlite', 'backups/2025-01-31.sqlite', io, 'zh-CN')
 */
export async function backupDatabase(db: string, to: string, io: Io, locale: Locale): Promise<number> {
  const from = resolve(io.cwd, db);
  const target = resolve(io.cwd, to);
  const refused = (reason: string) => new UsageError(t(locale, 'backupFailed', { reason }));
  if (!existsSync(from)) throw refused(t(locale, 'backupNoDatabase', { db }));
  if (!statSync(from).isFile()) throw refused(t(locale, 'backupNotDatabase', { db }));
  if (exists(target)) throw refused(t(locale, 'backupExists', { file: to }));
  // The nearest folder of `to` that exists: the backup's folder, or the one its missing folders are made in.
  let folder = dirname(to);
  while (!exists(resolve(io.cwd, folder)) && dirname(folder) !== folder) folder = dirname(folder);
  if (!statSync(resolve(io.cwd, folder), { throwIfNoEntry: false })?.isDirectory())
    throw refused(t(locale, 'backupNotFolder', { folder }));
  try {
    accessSync(resolve(io.cwd, folder), constants.W_OK | constants.X_OK);
  } catch {
    throw refused(t(locale, 'backupNotWritable', { folder }));
  }
  const { backupSqlite } = await loadServer(locale);
  try {
    await backupSqlite(from, target);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    if (code === 'EEXIST') throw refused(t(locale, 'backupExists', { file: to }));
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw refused(t(locale, 'backupNotDatabase', { db }));
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      throw refused(t(locale, 'backupNotWritable', { folder }));
    if (code === 'ENOENT' || code === 'ENOTDIR') throw refused(t(locale, 'backupCannotCreate', { folder, file: to }));
    throw refused(t(locale, 'backupCannotWrite', { file: to, code: code || '?' }));
  }
  io.err(`${t(locale, 'backedUp', { to: target })}\n`);
  return EXIT_OK;
}

// Whether anything is at `path`, a link that leads nowhere included (a backup written through it would land
// elsewhere); nothing is under a file (ENOTDIR).
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
