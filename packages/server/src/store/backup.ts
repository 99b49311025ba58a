import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Copies a SQLite database to `to` while the server may be running: SQLite's online backup (page by
 * page, consistent as of one moment, written submissions never half-copied), through a connection of
 * its own, read-only. The copy is a database `law-report serve --db` opens as it is, readable by its
 * owner only (0600, its folder made 0700). Refuses to write over an existing file.
 *
 * @throws Error when `from` is no database or `to` exists already
 * @example await backupSqlite('.data/law-report.sqlite', 'backups/2025-01-31.sqlite')
 */
export async function backupSqlite(from: string, to: string): Promise<void> {
  if (!existsSync(from)) throw new Error(`backupSqlite: no database at ${from}`);
  if (existsSync(to)) throw new Error(`backupSqlite: ${to} exists already; a backup never writes over a file`);
  // Token hashes and unpublished reports: the copy is the owner's alone, as the database is.
  mkdirSync(dirname(to), { recursive: true, mode: 0o700 });
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
