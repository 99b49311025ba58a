import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '@law-report/core';
import { beiliuReport } from '@law-report/core/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { addToken } from './auth.js';
import { openStore } from './store/open-store.js';
import type { Store } from './store/store.js';
import { drivers } from './testing/drivers.js';
import { send } from './testing/send.js';

// The county's own 保密审查 confirmation (备案, 公开) is what its dashboard's 完整度 counts as
// "已做保密审查", in the JSON and the CSV alike, over each real driver.
describe.each(drivers('county_confirmation_test'))('完整度 and the county’s confirmation on %s', (_name, database) => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  let base: string;
  let reviewer: string;
  let beiliu: string;
  let donghe: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'law-report-confirmation-'));
    store = await openStore(await database(dir));
    reviewer = await addToken(store, 'reviewer', '县依法治县办');
    beiliu = await addToken(store, 'unit', '北留镇', 'town');
    donghe = await addToken(store, 'unit', '东河镇', 'town');
    app = await buildApp({ store, now: () => new Date('2024-01-26T08:00:00Z') });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = (method: string, path: string, token: string, body?: unknown) => send(base, method, path, token, body);
  const json = async (method: string, path: string, token: string, body?: unknown) =>
    (await call(method, path, token, body)).json;
  /** A unit's 完整度 as the dashboard reads it from the aggregate. */
  const score = async (unit = '北留镇') =>
    (
      (await json('GET', '/api/aggregate?year=2023', reviewer))['unitsDetail'] as {
        name: string;
        completeness: number;
      }[]
    ).find((entry) => entry.name === unit)?.completeness;
  /** A unit's 完整度（%） cell in the CSV. */
  const csvScore = async (unit = '北留镇') => {
    const lines = (await call('GET', '/api/aggregate?year=2023&format=csv', reviewer)).text
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const header = lines[0]?.split(',') ?? [];
    const row = lines.find((line) => line.startsWith(`${unit},`))?.split(',') ?? [];
    return row[header.indexOf('完整度（%）')];
  };

  it('counts 保密审查 once the county confirms it at 备案 and 公开, though the unit’s report does not say so', async () => {
    const { confidentialityReviewed: _mark, ...unmarked } = beiliuReport();
    const submitted = await call('POST', '/api/reports', beiliu, unmarked);
    expect(submitted.status).toBe(201);
    const id = String((JSON.parse(submitted.text) as { id: string }).id);
    // The four contents and a figure: 70% before anything of the county's.
    expect(await score()).toBe(0.7);

    const filed = await call('POST', `/api/reports/${id}/file`, reviewer, { confidentialityReviewed: true });
    expect(filed.status).toBe(200);
    expect(await score()).toBe(0.8);

    const published = await call('POST', `/api/reports/${id}/publish`, reviewer, { confidentialityReviewed: true });
    expect(published.status).toBe(200);
    expect(await score()).toBe(1);
    expect(await csvScore()).toBe('100');

    // The report as the unit sent it is left as it was: the confirmation lives in the history.
    const kept = await json('GET', `/api/reports/${id}`, reviewer);
    expect((kept['report'] as Report).confidentialityReviewed).toBeUndefined();
    expect((kept['history'] as { confidentialityReviewed: boolean }[]).at(-1)?.confidentialityReviewed).toBe(true);
  });

  it('does not carry a confirmation over to a version the unit sends after it is returned', async () => {
    const { confidentialityReviewed: _mark, ...beiliu } = beiliuReport();
    const unmarked = { ...beiliu, unit: { ...beiliu.unit, name: '东河镇' } };
    const submitted = await call('POST', '/api/reports', donghe, unmarked);
    expect(submitted.status).toBe(201);
    const id = String((JSON.parse(submitted.text) as { id: string }).id);
    const step = async (action: string, body: Record<string, unknown>) =>
      (await call('POST', `/api/reports/${id}/${action}`, reviewer, body)).status;
    expect(await step('file', { confidentialityReviewed: true })).toBe(200);
    expect(await step('publish', { confidentialityReviewed: true })).toBe(200);
    expect(await score('东河镇')).toBe(1);
    // Unpublished, still filed: the confirmation given for this version stands.
    expect(await step('unpublish', { reason: '数据有误' })).toBe(200);
    expect(await score('东河镇')).toBe(0.8);
    expect(await step('return', { reason: '请核对数据' })).toBe(200);
    expect((await call('POST', '/api/reports', donghe, unmarked)).status).toBe(201);
    expect(await score('东河镇')).toBe(0.7);
    expect(await csvScore('东河镇')).toBe('70');
  });
});
