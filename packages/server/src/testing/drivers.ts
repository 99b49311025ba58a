// For the server's tests: each real driver, SQLite in a temporary file and PostgreSQL (the one
// LAW_REPORT_TEST_POSTGRES names: Debian's as .ci/run starts it, or the one tests/setup/postgres.ts
// starts) in a schema of the test file's own, so test files running at once never share tables.
import { join } from 'node:path';
import pg from 'pg';

// Read when asked, not when loaded: a bench that starts its PostgreSQL after importing this still finds it.
const postgres = () =>
  process.env['LAW_REPORT_TEST_POSTGRES'] ?? 'postgres://law_report:law_report@127.0.0.1:5432/law_report_test';

/** A PostgreSQL URL whose connections use the schema `schema`, made empty first. */
export async function freshPostgres(schema = 'public'): Promise<string> {
  const address = postgres();
  const client = new pg.Client({ connectionString: address });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  if (schema === 'public') return address;
  const url = new URL(address);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** `[name, database(dir)]` for `describe.each`: where each driver keeps a test's data. */
export const drivers = (schema: string) =>
  [
    ['SQLite', async (dir: string) => join(dir, 'law-report.sqlite')],
    ['PostgreSQL', async (_dir: string) => freshPostgres(schema)],
  ] as const;
