import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCatalog, type ExtensionCatalog, type Report } from '@law-report/core';
import { makeMetric, makeReport } from '@law-report/core/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { addToken } from './auth.js';
import { loadHistory } from './history/load-history.js';
import { copyStore } from './store/copy-store.js';
import { openStore } from './store/open-store.js';
import type { Store } from './store/store.js';
import { send } from './testing/send.js';

// A county's own indicators (x-longquan.…): the server given the county's extension catalog, by
// buildApp or as `serve --catalog` keeps it, validates, totals and labels them as core does with it.

const longquan: ExtensionCatalog = {
  namespace: 'longquan',
  indicators: [
    {
      name: 'gridMembers',
      label: { 'zh-CN': '专职网格员', en: 'Full-time grid workers' },
      units: ['名'],
      kind: 'count',
      section: 'measures',
      plausible: { town: 200 },
    },
  ],
};
const other: ExtensionCatalog = {
  namespace: 'jincheng',
  indicators: [{ name: 'gridVisits', label: { 'zh-CN': '入户走访', en: 'Visits' }, units: ['户次'], kind: 'count' }],
};

const report = (members: number): Report =>
  makeReport({
    title: '龙泉镇2023年法治政府建设工作情况的报告',
    unit: { name: '龙泉镇', level: 'town' },
    issuer: '龙泉镇人民政府',
    confidentialityReviewed: true,
    metrics: [makeMetric('x-longquan.gridMembers', members, { label: '专职网格员', unit: '名' })],
  });

describe('a county’s own indicators on its server (SQLite)', () => {
  let dir: string;
  let store: Store;
  let reviewer: string;
  let unit: string;
  const apps: FastifyInstance[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'law-report-catalog-'));
    store = await openStore(join(dir, 'law-report.sqlite'));
    reviewer = await addToken(store, 'reviewer', '县依法治县办');
    unit = await addToken(store, 'unit', '龙泉镇', 'town');
  });

  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    await store.putSettings({ catalog: null });
  });

  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const serve = async (options: { catalog?: ExtensionCatalog | readonly ExtensionCatalog[] } = {}) => {
    const app = await buildApp({ store, now: () => new Date('2024-01-26T08:00:00Z'), ...options });
    apps.push(app);
    return app.listen({ port: 0, host: '127.0.0.1' });
  };

  it('knows the county’s indicators given to buildApp: no unknown_extension, plausibility from the catalog, totals with labels', async () => {
    const base = await serve({ catalog: longquan });
    const submitted = await send(base, 'POST', '/api/reports', unit, report(42));
    expect(submitted.status).toBe(201);
    const warnings = submitted.json['warnings'] as { code: string }[];
    expect(warnings.map((issue) => issue.code)).not.toContain('unknown_extension');
    // 200 名 is the most a town plausibly has, by the county's own catalog.
    const again = await send(base, 'POST', '/api/reports', unit, report(900));
    expect((again.json['warnings'] as { code: string }[]).map((issue) => issue.code)).toContain(
      'implausible_for_level',
    );
    await send(base, 'POST', '/api/reports', unit, report(42));

    const aggregate = (await send(base, 'GET', '/api/aggregate?year=2023', reviewer)).json as {
      indicators: Record<string, { total: number; unit: string }>;
      apart: Record<string, unknown>;
      labels?: Record<string, { label: Record<string, string> }>;
    };
    expect(aggregate.indicators['x-longquan.gridMembers']).toMatchObject({ total: 42, unit: '名' });
    expect(Object.keys(aggregate.apart ?? {})).not.toContain('x-longquan.gridMembers');
    expect(aggregate.labels?.['x-longquan.gridMembers']?.label['zh-CN']).toBe('专职网格员');
    const csv = await send(base, 'GET', '/api/aggregate?year=2023&format=csv', reviewer);
    expect(csv.text.split('\r\n')[0]).toContain(',专职网格员（名）');

    // Clients get the catalog to hand to the elements' `catalog` property.
    expect((await send(base, 'GET', '/api/info')).json['catalog']).toEqual([longquan]);
  });

  it('uses the catalog the store keeps (serve --catalog) when buildApp is given none, and buildApp’s over it', async () => {
    await store.putSettings({ catalog: [longquan] });
    const base = await serve();
    const submitted = await send(base, 'POST', '/api/reports', unit, report(42));
    expect((submitted.json['warnings'] as { code: string }[]).map((issue) => issue.code)).not.toContain(
      'unknown_extension',
    );
    expect((await send(base, 'GET', '/api/info', unit)).json['catalog']).toEqual([longquan]);

    const given = await serve({ catalog: [other] });
    const elsewhere = await send(given, 'POST', '/api/reports', unit, report(42));
    expect((elsewhere.json['warnings'] as { code: string }[]).map((issue) => issue.code)).toContain(
      'unknown_extension',
    );
    expect((await send(given, 'GET', '/api/info')).json['catalog']).toEqual([other]);
  });

  it('says null for the catalog when the county has none, and notes the indicators as unknown', async () => {
    const base = await serve();
    expect((await send(base, 'GET', '/api/info')).json['catalog']).toBeNull();
    const submitted = await send(base, 'POST', '/api/reports', unit, report(42));
    expect((submitted.json['warnings'] as { code: string }[]).map((issue) => issue.code)).toContain(
      'unknown_extension',
    );
  });

  it('refuses a catalog that is none, naming the problem', async () => {
    await expect(buildApp({ store, catalog: { namespace: 'x-longquan', indicators: [] } })).rejects.toThrow(/catalog/);
  });

  it('keeps the catalog in the settings: read back as put, replaced, and taken away with null', async () => {
    await store.putSettings({ catalog: [longquan] });
    expect((await store.settings()).catalog).toEqual([longquan]);
    await store.putSettings({ catalog: [longquan, other] });
    expect((await store.settings()).catalog).toEqual([longquan, other]);
    await store.putSettings({ county: '龙泉县' });
    expect(await store.settings()).toEqual({ county: '龙泉县', catalog: [longquan, other] });
    await store.putSettings({ catalog: null, county: null });
    expect(await store.settings()).toEqual({});
  });

  it('is copied with the other settings (--copy-from): settings are rows of the same table', async () => {
    await store.putSettings({ catalog: [longquan] });
    const target = await openStore(join(dir, 'copy.sqlite'));
    try {
      await copyStore(store, target);
      expect((await target.settings()).catalog).toEqual([longquan]);
    } finally {
      await target.close();
    }
  });

  it('loads old reports with the catalog: their warnings know the county’s indicators', async () => {
    const old = { ...report(42), year: 2019, title: '龙泉镇2019年法治政府建设工作情况的报告', issuedOn: '2020-01-20' };
    const result = await loadHistory(store, [{ source: '2019/龙泉镇.json', report: old }], {
      catalog: createCatalog([longquan]),
    });
    expect(result.added).toHaveLength(1);
    const [record] = await store.list({ unit: '龙泉镇', year: 2019 });
    const latest = record ? await store.latest(record.id) : undefined;
    expect(latest?.warnings.map((issue) => issue.code)).not.toContain('unknown_extension');
  });
});
