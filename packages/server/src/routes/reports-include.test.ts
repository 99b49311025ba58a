import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '@law-report/core';
import { makeMetric, makeReport } from '@law-report/core/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { addToken } from '../auth.js';
import { loadHistory } from '../history/load-history.js';
import { openStore } from '../store/open-store.js';
import { StoreUnavailable, type Store } from '../store/store.js';
import { drivers } from '../testing/drivers.js';

// `GET /api/reports?include=report`: every unit's latest report content in one request, on each real
// driver, as a county's years view reads a decade of reports.

// A town's report on `year`, signed in the January after it, with one figure.
const townReport = (name: string, year: number, disputes: number, overrides: Partial<Report> = {}): Report => {
  const base = makeReport({
    title: `${name}${year}年法治政府建设工作情况的报告`,
    year,
    unit: { name, level: 'town' },
    issuer: `${name}人民政府`,
    issuedOn: `${year + 1}-01-20`,
    metrics: [makeMetric('disputes.handled', disputes, { label: '排查矛盾纠纷', unit: '起' })],
    ...overrides,
  });
  // The builder's headings name 2023 and its plans 2024: this report's year and the next.
  const sections = JSON.parse(
    JSON.stringify(base.sections).replace(/202[34]/g, (found) => String(found === '2023' ? year : year + 1)),
  ) as Report['sections'];
  return { ...base, sections };
};

interface Listed {
  readonly id: string;
  readonly unit: string;
  readonly year: number;
  readonly status: string;
  readonly version: number;
  readonly publishedOn: string | null;
  readonly submittedOn?: string;
  readonly submittedOnKind?: string;
  readonly report?: Report;
}

describe.each(drivers('reports_include_test'))('every report’s content in one request on %s', (_name, database) => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  let base: string;
  let reviewer: string;
  let beiliu: string;
  let dongcheng: string;

  const get = async (path: string, token: string) => {
    const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type') ?? '', text };
  };
  const listOf = async (path: string, token: string) =>
    (JSON.parse((await get(path, token)).text) as { reports: Listed[] }).reports;
  const post = (path: string, token: string, body: unknown) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(async (response) => (await response.json()) as Record<string, unknown>);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'law-report-include-'));
    store = await openStore(await database(dir));
    for (const name of ['北留镇', '东城镇']) await store.putUnit({ name, level: 'town' });
    reviewer = await addToken(store, 'reviewer', '县依法治县办');
    beiliu = await addToken(store, 'unit', '北留镇', 'town');
    dongcheng = await addToken(store, 'unit', '东城镇', 'town');
    app = await buildApp({ store, now: () => new Date('2024-01-26T08:00:00Z') });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    // 北留镇: 2019 loaded from an old file (历史导入), 2022 submitted, filed and published, 2023 submitted twice.
    await loadHistory(store, [
      { source: '历年报告/2019/北留镇.docx', report: townReport('北留镇', 2019, 40, { submittedOn: '2020-01-22' }) },
    ]);
    const beiliu2022 = await post('/api/reports', beiliu, townReport('北留镇', 2022, 80));
    await post(`/api/reports/${String(beiliu2022['id'])}/file`, reviewer, { confidentialityReviewed: true });
    await post(`/api/reports/${String(beiliu2022['id'])}/publish`, reviewer, { confidentialityReviewed: true });
    await post('/api/reports', beiliu, townReport('北留镇', 2023, 90));
    await post(
      '/api/reports',
      beiliu,
      townReport('北留镇', 2023, 95, { title: '北留镇2023年法治政府建设工作情况的报告（修改稿）' }),
    );
    // 东城镇: 2023, returned, with words of its own that no other unit may read.
    const dong = await post(
      '/api/reports',
      dongcheng,
      townReport('东城镇', 2023, 7, { issuer: '东城镇人民政府（只给本镇看）' }),
    );
    await post(`/api/reports/${String(dong['id'])}/return`, reviewer, { reason: '请补充数字' });
  });

  afterAll(async () => {
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the reviewer every year’s reports with their latest content, 报送日期 and 公开 date, loaded ones too', async () => {
    const reports = await listOf('/api/reports?include=report', reviewer);
    expect(reports.map((one) => [one.unit, one.year, one.status, one.version])).toEqual([
      ['东城镇', 2023, 'returned', 1],
      ['北留镇', 2023, 'submitted', 2],
      ['北留镇', 2022, 'published', 1],
      ['北留镇', 2019, 'filed', 1],
    ]);
    // The content is the latest version's, as `GET /api/reports/:id` gives it.
    for (const one of reports) {
      const single = JSON.parse((await get(`/api/reports/${one.id}`, reviewer)).text) as Listed;
      expect(one.report, `${one.unit} ${one.year}`).toEqual(single.report);
      expect(one.submittedOn).toBe(single.submittedOn);
    }
    const [, beiliu2023, beiliu2022, beiliu2019] = reports;
    expect(beiliu2023?.report?.title).toBe('北留镇2023年法治政府建设工作情况的报告（修改稿）');
    expect(beiliu2023?.report?.metrics[0]?.value).toBe(95);
    expect(beiliu2022).toMatchObject({ publishedOn: '2024-01-26', submittedOn: '2024-01-26' });
    // A report loaded from an old file is judged by the date it gives.
    expect(beiliu2019).toMatchObject({ submittedOn: '2020-01-22', submittedOnKind: 'loaded', publishedOn: null });
    expect(beiliu2019?.report?.metrics[0]?.value).toBe(40);
  });

  it('answers the list as before without include: the same records, no content', async () => {
    const plain = await listOf('/api/reports', reviewer);
    const full = await listOf('/api/reports?include=report', reviewer);
    expect(plain.some((one) => 'report' in one)).toBe(false);
    expect(full.map(({ report: _report, ...record }) => record)).toEqual(plain);
  });

  it('filters by year and status as the list does', async () => {
    expect((await listOf('/api/reports?include=report&year=2023', reviewer)).map((one) => one.unit)).toEqual([
      '东城镇',
      '北留镇',
    ]);
    expect(
      (await listOf('/api/reports?include=report&status=published', reviewer)).map((one) => [one.unit, one.year]),
    ).toEqual([['北留镇', 2022]]);
    expect(await listOf('/api/reports?include=report&year=2001', reviewer)).toEqual([]);
  });

  it('gives a unit’s token its own reports only, never another unit’s content', async () => {
    const own = await get('/api/reports?include=report', dongcheng);
    expect(own.status).toBe(200);
    expect(own.type).toMatch(/^application\/json/);
    const reports = (JSON.parse(own.text) as { reports: Listed[] }).reports;
    expect(reports.map((one) => [one.unit, one.year, one.report?.unit.name])).toEqual([['东城镇', 2023, '东城镇']]);
    expect(own.text).not.toContain('北留镇');
    const other = await get('/api/reports?include=report', beiliu);
    expect(other.text).not.toContain('只给本镇看');
    expect(other.text).not.toContain('东城镇');
    expect((JSON.parse(other.text) as { reports: Listed[] }).reports).toHaveLength(3);
  });

  it('refuses what it does not know, and a request without a token', async () => {
    const unknown = await get('/api/reports?include=versions', reviewer);
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.text)).toMatchObject({ error: { code: 'bad_query' } });
    expect((await fetch(`${base}/api/reports?include=report`)).status).toBe(401);
  });

  it('documents include=report in the OpenAPI document', async () => {
    const openapi = JSON.parse((await get('/api/openapi.json', reviewer)).text) as {
      paths: Record<string, { get?: { parameters?: { name: string; schema: { enum?: string[] } }[] } }>;
    };
    const include = openapi.paths['/api/reports']?.get?.parameters?.find((parameter) => parameter.name === 'include');
    expect(include?.schema.enum).toEqual(['report']);
  });

  it('says a database that cannot be read as a 503, and one that fails after the first page cuts the answer off', async () => {
    // The store as it is, but its pages fail: at once, or after the first one was written out.
    const failing = (after: number): Store => ({
      ...store,
      async *latestReports(filter) {
        let given = 0;
        for await (const one of store.latestReports(filter, 1)) {
          if (given === after) throw new StoreUnavailable('the disk went away');
          given++;
          yield one;
        }
      },
    });
    for (const after of [0, 1]) {
      const broken = await buildApp({ store: failing(after), now: () => new Date('2024-01-26T08:00:00Z') });
      const address = await broken.listen({ port: 0, host: '127.0.0.1' });
      try {
        const response = await fetch(`${address}/api/reports?include=report`, {
          headers: { authorization: `Bearer ${reviewer}` },
        });
        const text = await response.text().catch(() => '');
        if (after === 0) {
          expect(response.status, text).toBe(503);
          expect(JSON.parse(text)).toMatchObject({ error: { code: 'store_unavailable' } });
        } else if (response.status === 503) {
          // Failing before the answer's first bytes went out: said as the database's failure.
          expect(JSON.parse(text)).toMatchObject({ error: { code: 'store_unavailable' } });
        } else {
          // After them: cut off, never a whole answer with reports missing.
          expect(response.status).toBe(200);
          expect(() => JSON.parse(text)).toThrow();
        }
      } finally {
        await broken.close();
      }
    }
  });
  it('reads the reports a page at a time, each once, in the list’s order', async () => {
    // Enough reports over several years that pages of two break inside a year and between years.
    const more = mkdtempSync(join(tmpdir(), 'law-report-include-pages-'));
    const many = await openStore(await database(more));
    try {
      const names = ['甲镇', '乙镇', '丙镇', '丁镇', '戊镇'];
      for (const year of [2020, 2021, 2022])
        for (const [at, name] of names.entries())
          if ((at + year) % 4 !== 0)
            await many.submit(name, year, townReport(name, year, at), name, `${year + 1}-01-10T02:00:00.000Z`);
      const read = async (filter: Parameters<Store['list']>[0]) => {
        const out: string[] = [];
        for await (const one of many.latestReports(filter, 2)) {
          expect((JSON.parse(one.reportJson) as Report).unit.name).toBe(one.unit);
          out.push(`${one.unit}${one.year}`);
        }
        return out;
      };
      const listed = (await many.list({})).map((one) => `${one.unit}${one.year}`);
      expect(listed.length).toBeGreaterThan(10);
      expect(await read({})).toEqual(listed);
      expect(await read({ year: 2021 })).toEqual(
        (await many.list({ year: 2021 })).map((one) => `${one.unit}${one.year}`),
      );
      expect(await read({ unit: '乙镇' })).toEqual(
        (await many.list({ unit: '乙镇' })).map((one) => `${one.unit}${one.year}`),
      );
    } finally {
      await many.close();
      rmSync(more, { recursive: true, force: true });
    }
  });
});
