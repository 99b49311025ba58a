import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeReport } from '@law-report/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addToken, hashToken } from '../auth.js';
import { drivers } from '../testing/drivers.js';
import { openStore } from './open-store.js';
import type { Store } from './store.js';

describe.each(drivers('units_test'))('the roster on %s', (_name, database) => {
  let dir: string;
  let store: Store;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'law-report-units-'));
    store = await openStore(await database(dir));
  });

  afterEach(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps one unit however its name is written, so a roster cannot list it twice', async () => {
    expect((await store.putUnit({ name: '城关镇', level: 'town', code: '510822100', parent: '青川县' })).change).toBe(
      'added',
    );
    expect(await store.putUnit({ name: '城关镇人民政府', level: 'town', parent: '青川县' })).toMatchObject({
      change: 'unchanged',
      unit: { name: '城关镇', code: '510822100' },
    });
    expect(
      await store.putUnit({ name: '青川县 城关镇', level: 'town', parent: '青川县', deadline: '2025-01-20' }),
    ).toMatchObject({ change: 'updated', unit: { name: '城关镇', deadline: '2025-01-20' } });
    // A code is one unit's: another name with it is refused.
    expect(await store.putUnit({ name: '东河镇', level: 'town', code: '510822100' })).toMatchObject({
      change: 'code_taken',
      unit: { name: '城关镇' },
    });
    await addToken(store, 'unit', '城关镇人民政府', 'town');
    expect((await store.units()).map((unit) => [unit.name, unit.tokens])).toEqual([['城关镇', 1]]);
    expect(await store.findUnit('城 关 镇')).toMatchObject({
      name: '城关镇',
      level: 'town',
      code: '510822100',
      parent: '青川县',
      deadline: '2025-01-20',
    });
  });

  it('takes a department added bare and then listed under its county as one unit', async () => {
    await addToken(store, 'unit', '青川县司法局', 'department');
    expect((await store.putUnit({ name: '青川县司法局', level: 'department', parent: '青川县' })).change).toBe(
      'updated',
    );
    expect(await store.findUnit('司法局', '青川县')).toMatchObject({ name: '青川县司法局', key: '司法局', tokens: 1 });
    expect((await store.putUnit({ name: '司法局', level: 'department', parent: '青川县' })).change).toBe('unchanged');
    expect(await store.units()).toHaveLength(1);
  });

  it('reissues a token: the old one stops working, the unit and its reports stay', async () => {
    const old = await addToken(store, 'unit', '东河镇', 'town');
    await store.submit(
      '东河镇',
      2023,
      makeReport({ unit: { name: '东河镇', level: 'town' } }),
      '东河镇',
      '2024-01-20T02:00:00Z',
    );
    const fresh = await addToken(store, 'unit', '东河镇', 'town', { replace: true });
    expect(await store.findToken(hashToken(old))).toBeUndefined();
    expect(await store.findToken(hashToken(fresh))).toMatchObject({ role: 'unit', name: '东河镇' });
    expect((await store.list({ unit: '东河镇' })).map((report) => report.version)).toEqual([1]);
    // Revoking keeps the unit on the roster (its figures still count): only the tokens go.
    expect(await store.revokeTokens('东河镇人民政府')).toBe(1);
    expect(await store.units()).toEqual([expect.objectContaining({ name: '东河镇', tokens: 0 })]);
  });
});
