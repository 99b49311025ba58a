import { openPostgres } from './postgres.js';
import { openSqlite } from './sqlite.js';
import type { Store } from './store.js';

/**
 * Opens the store `--db` names: a `postgres://` (or `postgresql://`) URL for PostgreSQL, anything
 * else a SQLite file. Migrations are applied before it returns.
 *
 * @example const store = await openStore('.data/law-report.sqlite')
 */
export function openStore(db: string): Promise<Store> {
  return /^postgres(?:ql)?:\/\//.test(db) ? openPostgres(db) : openSqlite(db);
}
