import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Db, Row } from './sql-db.js';
import { migrate, sqlStore } from './sql-store.js';
import { StoreUnavailable, type Store } from './store.js';

// What SQLite says when the database, not the statement, failed: locked by another process, a full
// disk, an I/O error, a file it cannot open or write.
const UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|FULL|IOERR|READONLY|CANTOPEN|CORRUPT|NOMEM|PROTOCOL|NOTADB)/;
const unavailable = (error: unknown) =>
  error instanceof Database.SqliteError && UNAVAILABLE.test(error.code) ? new StoreUnavailable(error) : error;

/**
 * The embedded default: one SQLite file (better-sqlite3), in WAL mode with full syncs, so an
 * acknowledged submission survives the process being killed. Transactions run one at a time, in
 * the order they were asked for (a county's ≈50 reports a year need no more).
 */
export async function openSqlite(file: string): Promise<Store> {
  const db = sqliteDb(file);
  await migrate(db);
  return sqlStore('sqlite', db);
}

/**
 * The {@link Db} over a SQLite file, for {@link openSqlite} and the driver's tests: each
 * transaction is `BEGIN IMMEDIATE … COMMIT`, the next one waits for it to end, whatever way it
 * ends (a failed ROLLBACK too: the lock is released and the caller hears the first failure).
 */
export function sqliteDb(file: string): Db {
  if (file !== ':memory:') {
    // Token hashes and unpublished reports: the folder made for them is the owner's alone (0700),
    // and so is a new database file (0600; SQLite gives its -wal and -shm files the same mode).
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    closeSync(openSync(file, 'a', 0o600));
  }
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  // better-sqlite3 waits for a lock synchronously, holding every other request: a second at most,
  // then the write is refused (503) and the server goes on.
  database.pragma('busy_timeout = 1000');
  const run = (sql: string, params: readonly unknown[] = []): Row[] => {
    try {
      const statement = database.prepare(sql);
      if (statement.reader) return statement.all(...params) as Row[];
      statement.run(...params);
      return [];
    } catch (error) {
      throw unavailable(error);
    }
  };
  // SQLite may have rolled back already (a full disk does): nothing is left to roll back then.
  const rollback = () => {
    if (database.inTransaction) run('ROLLBACK');
  };
  const inner: Db = {
    query: async (sql, params) => run(sql, params),
    transaction: (work) => work(inner),
    forUpdate: '',
    close: async () => undefined,
  };
  // The end of the last transaction asked for: the next one starts after it.
  let queue: Promise<unknown> = Promise.resolve();
  const one = async <T>(work: (tx: Db) => Promise<T>): Promise<T> => {
    run('BEGIN IMMEDIATE');
    let result: T;
    try {
      result = await work(inner);
    } catch (error) {
      // The work's failure is the one to tell, whatever the rollback says.
      try {
        rollback();
      } catch {
        // nothing left to roll back
      }
      throw error;
    }
    try {
      run('COMMIT');
    } catch (error) {
      try {
        rollback();
      } catch {
        // nothing left to roll back
      }
      throw error;
    }
    return result;
  };
  return {
    query: async (sql, params) => run(sql, params),
    transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
      const result = queue.then(() => one(work));
      queue = result.catch(() => undefined);
      return result;
    },
    forUpdate: '',
    close: async () => {
      await queue;
      database.close();
    },
  };
}
