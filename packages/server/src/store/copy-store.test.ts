import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstReceiptDay } from '@law-report/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { addToken } from '../auth.js';
import { countyState, fillCounty } from '../testing/county.js';
import { freshPostgres } from '../testing/drivers.js';
import { copyStore } from './copy-store.js';
import { openStore } from './open-store.js';
import { TABLE_COLUMNS } from './sql-copy.js';
import { migrate } from './sql-store.js';
import { sqliteDb } from './sqlite.js';
import { STORE_TABLES, StoreNotEmpty, type Store } from './store.js';

// Moving a county from SQLite to PostgreSQL: a real SQLite file copied into a real PostgreSQL
// (a schema of this file's own), read back through the store and through the server.
describe('copying a county from SQLite into PostgreSQL', () => {
  let dir: string;
  let sqlite: Store;
  let postgres: Store;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'law-report-copy-'));
    sqlite = await openStore(join(dir, 'law-report.sqlite'));
    postgres = await openStore(await freshPostgres('copy_store_test'));
  });

  afterEach(async () => {
    await sqlite?.close();
    await postgres?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps everything identical: roster, token ids and last use, settings, report ids, every version and every step', async () => {
    const tokens = await fillCounty(sqlite);
    const counts = await copyStore(sqlite, postgres);
    expect(counts).toEqual({ units: 2, tokens: 3, settings: 2, reports: 3, report_versions: 4, transitions: 7 });
    const before = await countyState(sqlite);
    expect(
      before.reports.map((report) => [
        report.record.unit,
        report.record.year,
        report.record.status,
        report.versions.length,
      ]),
    ).toEqual([
      ['东河镇', 2023, 'submitted', 1],
      ['北留镇', 2023, 'published', 2],
      ['东河镇', 2022, 'filed', 1],
    ]);
    expect(await countyState(postgres)).toEqual(before);
    // The tokens people hold work on the copy, each with its role and unit; a revoked one stays revoked.
    const app = await buildApp({ store: postgres, now: () => new Date('2024-03-02T00:00:00Z') });
    try {
      const get = (url: string, token: string) =>
        app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
      const all = await get('/api/reports', tokens.reviewer);
      expect(all.statusCode).toBe(200);
      // Each with the 报送日期 it is judged by: its first version's day in China (历史导入: the day the report gave).
      // And the warnings its latest version came with, for the desk's list (how late it came is the server's judgement, not the copy's).
      expect(all.json()).toMatchObject({
        reports: before.reports.map(({ record, versions }) => {
          const first = versions[0];
          const day = first && firstReceiptDay({ at: first.submittedAt, loaded: first.origin === 'load' });
          return {
            ...record,
            submittedOn: day?.on,
            submittedOnKind: day?.kind,
            warnings: versions.at(-1)?.warnings.length,
          };
        }),
      });
      const beiliu = before.reports.find((report) => report.record.unit === '北留镇');
      const own = await get(`/api/reports/${beiliu?.record.id}`, tokens.beiliu);
      expect(own.json()).toMatchObject({
        version: 2,
        status: 'published',
        history: [
          { to: 'submitted' },
          { to: 'returned', reason: '请补充保密审查情况' },
          { to: 'submitted' },
          { to: 'filed' },
          { to: 'published', confidentialityReviewed: true },
        ],
      });
      expect((await get(`/api/reports/${beiliu?.record.id}`, tokens.donghe)).statusCode).toBe(404);
      const submitted = await app.inject({
        method: 'POST',
        url: '/api/reports',
        headers: { authorization: `Bearer ${tokens.donghe}` },
        payload: before.reports[0]?.versions[0]?.report ?? {},
      });
      expect(submitted.json()).toMatchObject({ id: before.reports[0]?.record.id, version: 2 });
    } finally {
      await app.close();
    }
  });

  it('refuses a target that holds anything, so copying again adds nothing', async () => {
    await fillCounty(sqlite);
    await copyStore(sqlite, postgres);
    const copied = await countyState(postgres);
    const again = copyStore(sqlite, postgres);
    await expect(again).rejects.toBeInstanceOf(StoreNotEmpty);
    await expect(again).rejects.toThrow(
      'the store is not empty: 2 units, 3 tokens, 2 settings, 3 reports, 4 report_versions, 7 transitions',
    );
    expect(await countyState(postgres)).toEqual(copied);
    // One reviewer made by hand on the new database is enough to refuse it, and nothing is written.
    const other = await openStore(await freshPostgres('copy_store_test'));
    try {
      await addToken(other, 'reviewer', '县依法治县办');
      await expect(copyStore(sqlite, other)).rejects.toThrow('1 tokens');
      expect((await countyState(other)).reports).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('writes all or nothing: a copy that fails half-way leaves the target empty', async () => {
    await fillCounty(sqlite);
    async function* broken() {
      for await (const rows of sqlite.exportRows()) {
        yield rows;
        if (rows.table === 'reports') throw new Error('the source went away');
      }
    }
    await expect(postgres.importRows(broken())).rejects.toThrow('the source went away');
    expect(await countyState(postgres)).toEqual({ settings: {}, units: [], tokens: [], reports: [] });
    await copyStore(sqlite, postgres);
    expect(await countyState(postgres)).toEqual(await countyState(sqlite));
  });

  it('copies back from PostgreSQL into a new SQLite file just the same', async () => {
    await fillCounty(sqlite);
    await copyStore(sqlite, postgres);
    const back = await openStore(join(dir, 'back.sqlite'));
    try {
      await copyStore(postgres, back);
      expect(await countyState(back)).toEqual(await countyState(sqlite));
    } finally {
      await back.close();
    }
  });

  it('copies every column of every table the migrations make', async () => {
    const db = sqliteDb(':memory:');
    await migrate(db);
    const tables = (
      await db.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'schema_migrations' ORDER BY name",
      )
    ).map((row) => row['name']);
    expect(tables).toEqual([...STORE_TABLES].sort());
    for (const table of STORE_TABLES) {
      const columns = (await db.query(`PRAGMA table_info(${table})`)).map((row) => row['name']);
      expect([...TABLE_COLUMNS[table].columns].sort(), table).toEqual(columns.sort());
    }
    await db.close();
  });
});
