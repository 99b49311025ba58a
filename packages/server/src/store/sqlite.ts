import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate, sqlStore, type Db, type Row } from './sql-store.js';
import type { Store } from './store.js';

/**
 * The embedded default: one SQLite file (better-sqlite3), in WAL mode with full syncs, so an
 * acknowledged submission survives the process being killed. Its calls are synchronous; the
 * transactions of concurrent requests are queued one after another.
 */
export async function openSqlite(file: string): Promise<Store> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const run = (sql: string, params: readonly unknown[] = []): Row[] => {
    const statement = database.prepare(sql);
    if (statement.reader) return statement.all(...params) as Row[];
    statement.run(...params);
    return [];
  };
  let queue: Promise<unknown> = Promise.resolve();
  const inner: Db = {
    query: async (sql, params) => run(sql, params),
    transaction: (work) => work(inner),
    forUpdate: '',
    close: async () => undefined,
  };
  const db: Db = {
    query: async (sql, params) => run(sql, params),
    transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
      const next = queue.then(async () => {
        run('BEGIN IMMEDIATE');
        try {
          const result = await work(inner);
          run('COMMIT');
          return result;
        } catch (error) {
          run('ROLLBACK');
          throw error;
        }
      });
      queue = next.catch(() => undefined);
      return next;
    },
    forUpdate: '',
    close: async () => {
      await queue;
      database.close();
    },
  };
  await migrate(db);
  return sqlStore('sqlite', db);
}
