import pg from 'pg';
import type { Db, Row } from './sql-db.js';
import { migrate, sqlStore } from './sql-store.js';
import { StoreUnavailable, type Store } from './store.js';

// The database, not the statement, failed: no SQLSTATE (the connection broke), or a class of
// connection (08), resources (53: a full disk), operator intervention (57) or system errors (58).
const unavailable = (error: unknown) => {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return /^[0-9A-Z]{5}$/.test(code) && !/^(08|53|57|58)/.test(code) ? error : new StoreUnavailable(error);
};
const attempt = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    throw unavailable(error);
  }
};

// The store writes `?`; PostgreSQL numbers its parameters. No statement has a `?` of its own.
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

// Migrations take this advisory lock, so two servers starting at once do not both apply them.
const MIGRATION_LOCK = 7_410_021;

/**
 * PostgreSQL (`pg`), for a province or a county that already runs one: a pool of connections;
 * a transaction holds one, and locks the report's row (`FOR UPDATE`) so concurrent submissions
 * of one unit get consecutive versions.
 */
export async function openPostgres(connectionString: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle connection the server dropped must not end the process: the pool opens a new one.
  pool.on('error', (error) => console.error('law-report: a PostgreSQL connection failed:', error.message));
  const on = (client: pg.Pool | pg.PoolClient): Db => ({
    query: (sql, params = []) => attempt(async () => (await client.query(numbered(sql), [...params])).rows as Row[]),
    transaction: (work) => work(on(client)),
    forUpdate: ' FOR UPDATE',
    close: async () => undefined,
  });
  const inTransaction = async <T>(client: pg.PoolClient, work: (tx: Db) => Promise<T>): Promise<T> => {
    await attempt(() => client.query('BEGIN'));
    try {
      const result = await work(on(client));
      await attempt(() => client.query('COMMIT'));
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  };
  const db: Db = {
    ...on(pool),
    async transaction(work) {
      const client = await attempt(() => pool.connect());
      try {
        return await inTransaction(client, work);
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate({ ...on(client), transaction: (work) => inTransaction(client, work) });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
  return sqlStore('postgres', db);
}
