import type { Store } from './store.js';

// The drivers are imported when chosen: a county on SQLite never loads `pg`, one on PostgreSQL
// never loads the native better-sqlite3.

/**
 * Opens the store `--db` names: a `postgres://` (or `postgresql://`) URL for PostgreSQL, anything
 * else a SQLite file. Migrations are applied before it returns.
 *
 * @example const store = await openStore('.data/law-report.sqlite')
 */
export function openStore(db: string): Promise<Store> {
  return /^postgres(?:ql)?:\/\//.test(db) ? openPostgres(db) : openSqlite(db);
}

/**
 * The embedded default: one SQLite file (better-sqlite3, loaded now), WAL with full syncs.
 *
 * @example const store = await openSqlite('.data/law-report.sqlite')
 */
export async function openSqlite(file: string): Promise<Store> {
  const { openSqlite: open } = await import('./sqlite.js');
  return open(file);
}

/**
 * PostgreSQL (`pg`, loaded now), for a county or province that already runs one.
 *
 * @example const store = await openPostgres('postgres://user:pass@host/db')
 */
export async function openPostgres(connectionString: string): Promise<Store> {
  const { openPostgres: open } = await import('./postgres.js');
  return open(connectionString);
}
