import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

// An Error with a Node-style `code` (ENOENT, EEXIST), so a caller can say it in its own words.
const failure = (message: string, code: string) => Object.assign(new Error(message), { code });

// The missing folders of `folder` made one at a time, each 0700, from the nearest that exists. Not mkdirSync's
// `recursive`: where a folder cannot be made under one that exists (/proc/nope on Linux) Node 20's recursive
// mkdir never returns; one at a time, that fails at once with the system's error (ENOENT).
function makeFolders(folder: string): void {
  if (existsSync(folder)) return;
  const parent = dirname(folder);
  if (parent !== folder) makeFolders(parent);
  mkdirSync(folder, { mode: 0o700 });
}

/**
 * Copies a SQLite database to `to` while the server may be running: SQLite's online backup (page by
 * page, consistent as of one moment, written submissions never half-copied), through a connection of
 * its own, read-only. The copy is a database `law-report serve --db` opens as it is, readable by its
 * owner only (0600, the folders it makes 0700). Refuses to write over an existing file.
 *
 * @throws Error with `code` `ENOENT` when there is no database at `from`, `EEXIST` when `to` exists already; the
 *   system's error (its `code`) when a folder or the file cannot be made, the driver's when `from` is no database
 * @example await backupSqlite('.data/law-report.sqlite', 'backups/2025-01-31.sqlite')
 */
export async function backupSqlite(from: string, to: string): Promise<void> {
  if (!existsSync(from)) throw failure(`backupSqlite: no database at ${from}`, 'ENOENT');
  if (existsSync(to)) throw failure(`backupSqlite: ${to} exists already; a backup never writes over a file`, 'EEXIST');
  // Token hashes and unpublished reports: the copy is the owner's alone, as the database is.
  makeFolders(dirname(to));
  // The SQLite driver is loaded only when SQLite is in use: a PostgreSQL county never loads it.
  const { default: Database } = await import('better-sqlite3');
  const database = new Database(from, { readonly: true, fileMustExist: true });
  try {
    await database.backup(to);
  } finally {
    database.close();
  }
  chmodSync(to, 0o600);
}
