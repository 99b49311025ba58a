import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate, sqlStore, type Db, type Row } from './sql-store.js';
import type { Store } from './store.js';

/**
 * The embedded default: one SQLite file (better-sqlite3), in WAL mode with full syncs, so an
 * acknowledged submission survives the process being killed. Its calls are synchronous; the
 * transactions of concurrent requests are committed in groups (see `flush`).
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
  const inner: Db = {
    query: async (sql, params) => run(sql, params),
    transaction: (work) => work(inner),
    forUpdate: '',
    close: async () => undefined,
  };
  // Group commit: the transactions that arrive while one is being written are written together,
  // each in a savepoint of its own (one that fails is rolled back alone), under one COMMIT and
  // so one sync to disk. Every caller hears back only after that COMMIT.
  interface Pending {
    readonly work: (tx: Db) => Promise<unknown>;
    readonly resolve: (value: unknown) => void;
    readonly reject: (reason: unknown) => void;
  }
  let pending: Pending[] = [];
  let flushing: Promise<void> | undefined;
  const flush = async (): Promise<void> => {
    while (pending.length > 0) {
      const batch = pending;
      pending = [];
      const outcomes: { ok: boolean; value: unknown }[] = [];
      run('BEGIN IMMEDIATE');
      for (const item of batch) {
        run('SAVEPOINT one');
        try {
          outcomes.push({ ok: true, value: await item.work(inner) });
          run('RELEASE one');
        } catch (error) {
          run('ROLLBACK TO one');
          run('RELEASE one');
          outcomes.push({ ok: false, value: error });
        }
      }
      try {
        run('COMMIT');
      } catch (error) {
        run('ROLLBACK');
        for (const item of batch) item.reject(error);
        continue;
      }
      batch.forEach((item, i) => {
        const outcome = outcomes[i];
        if (outcome?.ok) item.resolve(outcome.value);
        else item.reject(outcome?.value);
      });
    }
    flushing = undefined;
  };
  const db: Db = {
    query: async (sql, params) => run(sql, params),
    transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
        // Written on the next turn, with whatever else has come by then.
        flushing ??= new Promise<void>((done) => setImmediate(() => void flush().then(done)));
      });
    },
    forUpdate: '',
    close: async () => {
      await flushing;
      database.close();
    },
  };
  await migrate(db);
  return sqlStore('sqlite', db);
}
