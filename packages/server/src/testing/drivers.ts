// For the server's tests: each real driver, SQLite in a temporary file and PostgreSQL (Debian's,
// started by .ci/run; LAW_REPORT_TEST_POSTGRES names it) in a schema of the test file's own, so
// test files running at once never share tables.
import { join } from 'node:path';
import pg from 'pg';

const POSTGRES = process.env['LAW_REPORT_TEST_POSTGRES'] ?? 'postgres://law_report:law_report@127.0.0.1:5432/law_report_test';

/** A PostgreSQL URL whose connections use the schema `schema`, made empty first. */
export async function freshPostgres(schema = 'public'): Promise<string> {
  const client = new pg.Client({ connectionString: POSTGRES });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  if (schema === 'public') return POSTGRES;
  const url = new URL(POSTGRES);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** `[name, database(dir)]` for `describe.each`: where each driver keeps a test's data. */
export const drivers = (schema: string) =>
  [
    ['SQLite', async (dir: string) => join(dir, 'law-report.sqlite')],
    ['PostgreSQL', async (_dir: string) => freshPostgres(schema)],
  ] as const;
