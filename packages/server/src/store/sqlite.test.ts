import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeReport } from '@law-report/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';
import { openSqlite, sqliteDb } from './sqlite.js';
import { StateConflict, type Store } from './store.js';

// The SQLite driver runs transactions one at a time, in order: what one does wrong must not undo
// or block the others, whichever way it fails.
let dir: string;
let store: Store;

afterEach(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const town = (name: string) => makeReport({ unit: { name, level: 'town' }, issuer: `${name}人民政府` });

describe('the SQLite store', () => {
  it('gives many submissions at once consecutive versions, each stored once', async () => {
    dir = mkdtempSync(join(tmpdir(), 'law-report-sqlite-'));
    store = await openSqlite(join(dir, 'store.sqlite'));
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        store.submit(
          i % 2 ? '东镇' : '西镇',
          2023,
          town(i % 2 ? '东镇' : '西镇'),
          'test',
          new Date(2024, 0, 1 + (i % 20)).toISOString(),
        ),
      ),
    );
    const east = results.filter((_, i) => i % 2).map((result) => result.version);
    expect(east).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const [eastId] = results.filter((_, i) => i % 2).map((result) => result.id);
    expect((await store.versions(eastId ?? '')).map((version) => version.version)).toEqual(east);
  });

  it('goes on after a transaction whose rollback fails, telling its caller the work’s own failure', async () => {
    dir = mkdtempSync(join(tmpdir(), 'law-report-sqlite-'));
    const db = sqliteDb(join(dir, 'db.sqlite'));
    store = { close: () => db.close() } as Store;
    await db.query('CREATE TABLE t (n INTEGER)');
    const outcomes = await Promise.allSettled([
      db.transaction(async (tx) => tx.query('INSERT INTO t VALUES (1)')),
      // Ends the transaction itself, so the driver's ROLLBACK has nothing to roll back and throws.
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO t VALUES (2)');
        await tx.query('ROLLBACK');
        throw new Error('the work failed');
      }),
      db.transaction(async (tx) => tx.query('INSERT INTO t VALUES (3)')),
    ]);
    expect(outcomes.map((outcome) => (outcome.status === 'rejected' ? String(outcome.reason) : 'ok'))).toEqual([
      'ok',
      'Error: the work failed',
      'ok',
    ]);
    expect(await db.query('SELECT n FROM t ORDER BY n')).toEqual([{ n: 1 }, { n: 3 }]);
  });

  it('refuses one transaction of a group without touching the others', async () => {
    dir = mkdtempSync(join(tmpdir(), 'law-report-sqlite-'));
    store = await openSqlite(join(dir, 'store.sqlite'));
    const { id } = await store.submit('东镇', 2023, town('东镇'), 'test', '2024-01-10T00:00:00Z');
    await store.transition(id, ['submitted'], 'filed', 'county', '2024-01-11T00:00:00Z', null);
    const outcomes = await Promise.allSettled([
      store.submit('西镇', 2023, town('西镇'), 'test', '2024-01-12T00:00:00Z'),
      store.submit('东镇', 2023, town('东镇'), 'test', '2024-01-12T00:00:00Z'),
      store.submit('南镇', 2023, town('南镇'), 'test', '2024-01-12T00:00:00Z'),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(outcomes[1]?.status === 'rejected' && outcomes[1].reason).toBeInstanceOf(StateConflict);
    expect(
      (await store.list({ year: 2023 })).map((report) => `${report.unit}:${report.status}:${report.version}`).sort(),
    ).toEqual(['东镇:filed:1', '南镇:submitted:1', '西镇:submitted:1']);
    expect(await store.versions(id)).toHaveLength(1);
  });

  it('puts the units of a database made before the roster table on the roster, in the order they were added', async () => {
    dir = mkdtempSync(join(tmpdir(), 'law-report-sqlite-'));
    const file = join(dir, 'store.sqlite');
    // The schema as version 3 left it, with the tokens a county had made then.
    const old = new Database(file);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    for (const migration of MIGRATIONS.filter((one) => one.version <= 3)) {
      for (const statement of migration.statements) old.exec(statement);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(migration.version, '2026-01-01T00:00:00Z');
    }
    const token = old.prepare(
      "INSERT INTO tokens (hash, role, name, level, created_at, seq) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z', ?)",
    );
    token.run('a', 'unit', '西镇', 'town', 1);
    token.run('b', 'reviewer', '县依法治县办', null, 2);
    token.run('c', 'unit', '东镇', null, 3);
    token.run('d', 'unit', '西镇', 'town', 4);
    token.run('e', 'unit', '东镇人民政府', 'town', 5);
    old.close();
    store = await openSqlite(file);
    expect((await store.units()).map((unit) => [unit.name, unit.key, unit.level, unit.tokens])).toEqual([
      ['西镇', '西镇', 'town', 2],
      ['东镇', '东镇', 'town', 1],
      // Two spellings of one unit made before: kept apart (their reports are), the second keyed by its full name.
      ['东镇人民政府', '东镇人民政府', 'town', 1],
    ]);
  });
});
