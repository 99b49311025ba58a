import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '@law-report/core';
import { makeMetric, makeReport } from '@law-report/core/testing';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { addToken } from '../auth.js';
import { countyAggregate } from '../county-aggregate.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { drivers } from '../testing/drivers.js';
import { contentHash } from './content-hash.js';
import { loadHistory } from './load-history.js';

// A town's report on `year`, signed in the January after it.
const townReport = (name: string, year: number, overrides: Partial<Report> = {}): Report => {
  const base = makeReport({
    title: `${name}${year}年法治政府建设工作情况的报告`,
    year,
    unit: { name, level: 'town', parent: { name: '青川县' } },
    issuer: `${name}人民政府`,
    issuedOn: `${year + 1}-01-20`,
    ...overrides,
  });
  // The builder's headings name 2023 and its plans 2024: this report's year and the next.
  const sections = JSON.parse(
    JSON.stringify(base.sections).replace(/202[34]/g, (found) => String(found === '2023' ? year : year + 1)),
  ) as Report['sections'];
  return { ...base, sections };
};

describe.each(drivers('load_history_test'))('loading old reports (历史导入) on %s', (_name, database) => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance | undefined;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'law-report-history-'));
    store = await openStore(await database(dir));
    for (const name of ['城关镇', '东河镇']) await store.putUnit({ name, level: 'town', parent: '青川县' });
  });

  afterEach(async () => {
    await app?.close();
    app = undefined;
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const reportsOf = async (unit: string, year: number) => {
    const [record] = await store.list({ unit, year });
    if (!record) throw new Error(`no report of ${unit} on ${year}`);
    return { record, versions: await store.versions(record.id), history: await store.history(record.id) };
  };

  it('keeps each report as a version marked 历史导入 with its file, filed, or published when it says so', async () => {
    const result = await loadHistory(
      store,
      [
        { source: '2019/城关镇.docx', report: townReport('城关镇人民政府', 2019) },
        { source: '2020/城关镇.txt', report: townReport('城 关 镇', 2020, { publishedOn: '2021-03-02' }) },
        { source: 'all.jsonl:3', report: townReport('东河镇', 2019) },
      ],
      { now: () => new Date('2026-12-05T01:00:00Z') },
    );
    expect(
      result.added.map(({ source, unit, year, version, status }) => [source, unit, year, version, status]),
    ).toEqual([
      ['2019/城关镇.docx', '城关镇', 2019, 1, 'filed'],
      ['all.jsonl:3', '东河镇', 2019, 1, 'filed'],
      ['2020/城关镇.txt', '城关镇', 2020, 1, 'published'],
    ]);
    const { record, versions, history } = await reportsOf('城关镇', 2020);
    expect(record).toMatchObject({ status: 'published', publishedOn: '2021-03-02' });
    expect(versions[0]).toMatchObject({
      origin: 'load',
      loaded: { file: '2020/城关镇.txt', at: '2026-12-05T01:00:00.000Z' },
      submittedBy: '城关镇',
    });
    // Received as the report says (its 落款 date, in China), not the day it was loaded.
    expect(versions[0]?.submittedAt).toBe('2021-01-19T16:00:00.000Z');
    expect(history).toEqual([expect.objectContaining({ action: 'load', from: null, to: 'published', by: '历史导入' })]);
    // The report itself is as read: the mark is beside it.
    expect(versions[0]?.report.unit.name).toBe('城 关 镇');
    // Counted on time by the day it gives, published by the day it says.
    const totals = await countyAggregate(store, { year: 2019 });
    expect(totals.units).toMatchObject({ expected: 2, reported: 2, late: [] });
  });

  it('adds nothing when the same reports are loaded again, and says where each is', async () => {
    const items = [
      { source: '2019/城关镇.docx', report: townReport('城关镇', 2019) },
      { source: '2020/城关镇.docx', report: townReport('城关镇', 2020) },
    ];
    await loadHistory(store, items);
    // Keys in another order, figures' places in the file gone: the same content.
    const again = await loadHistory(store, [
      ...items.map((item) => ({ ...item, report: JSON.parse(JSON.stringify(item.report)) as Report })),
    ]);
    expect(again.added).toEqual([]);
    expect(again.present.map(({ source, version, file }) => [source, version, file])).toEqual([
      ['2019/城关镇.docx', 1, '2019/城关镇.docx'],
      ['2020/城关镇.docx', 1, '2020/城关镇.docx'],
    ]);
    expect((await reportsOf('城关镇', 2019)).versions).toHaveLength(1);
  });

  it('lists a unit it cannot match to the roster, and a copy of one report, never dropping either unsaid', async () => {
    const report = townReport('城关镇', 2019);
    const result = await loadHistory(store, [
      { source: 'a/城关镇.docx', report },
      { source: 'b/城关镇.txt', report: structuredClone(report) },
      { source: 'x/西山乡.docx', report: townReport('西山乡', 2019) },
    ]);
    expect(result.added).toHaveLength(1);
    expect(result.copies).toEqual([{ source: 'b/城关镇.txt', unit: '城关镇', year: 2019, of: 'a/城关镇.docx' }]);
    expect(result.unmatched).toEqual([{ source: 'x/西山乡.docx', name: '西山乡', year: 2019, why: 'unknown' }]);
  });

  it('keeps two different reports of a unit and year in the aggregator’s order, the later counted: by date, on one date by file name', async () => {
    const first = townReport('城关镇', 2019, { issuedOn: '2020-01-10' });
    const corrected = townReport('城关镇', 2019, {
      issuedOn: '2020-02-01',
      title: '城关镇2019年法治政府建设工作情况的报告（修改稿）',
    });
    const result = await loadHistory(store, [
      { source: '2019/城关镇（修改稿）.docx', report: corrected },
      { source: '2019/城关镇.docx', report: first },
      { source: '2019/东河镇.docx', report: townReport('东河镇', 2019) },
      { source: '2019/东河镇-2.docx', report: townReport('东河镇', 2019, { title: '东河镇2019年度法治政府建设报告' }) },
    ]);
    expect(result.twice).toEqual([
      {
        unit: '城关镇',
        year: 2019,
        counted: '2019/城关镇（修改稿）.docx',
        sameDate: false,
        reports: [
          { source: '2019/城关镇.docx', date: '2020-01-10' },
          { source: '2019/城关镇（修改稿）.docx', date: '2020-02-01' },
        ],
      },
      {
        unit: '东河镇',
        year: 2019,
        counted: '2019/东河镇.docx',
        sameDate: true,
        reports: [
          { source: '2019/东河镇-2.docx', date: '2020-01-20' },
          { source: '2019/东河镇.docx', date: '2020-01-20' },
        ],
      },
    ]);
    const { record, versions } = await reportsOf('城关镇', 2019);
    expect(record.version).toBe(2);
    expect(versions.map((one) => one.loaded?.file)).toEqual(['2019/城关镇.docx', '2019/城关镇（修改稿）.docx']);
    // On one date, the file whose name comes later, as the aggregator picks.
    expect((await reportsOf('东河镇', 2019)).versions.map((one) => one.loaded?.file)).toEqual([
      '2019/东河镇-2.docx',
      '2019/东河镇.docx',
    ]);
  });

  it('never puts history over what a unit submitted itself, nor an older report over a newer one', async () => {
    await store.submit('东河镇', 2019, townReport('东河镇', 2019), '东河镇', '2020-01-15T02:00:00Z');
    await loadHistory(store, [
      { source: 'old/城关镇.docx', report: townReport('城关镇', 2019, { issuedOn: '2020-02-01' }) },
    ]);
    const result = await loadHistory(store, [
      { source: 'old/东河镇.docx', report: townReport('东河镇', 2019, { title: '东河镇2019年度报告' }) },
      { source: 'older/城关镇.docx', report: townReport('城关镇', 2019, { issuedOn: '2020-01-05' }) },
    ]);
    expect(result.refused.map(({ source, reason, version, file }) => [source, reason, version, file])).toEqual([
      ['old/东河镇.docx', 'submitted', 1, null],
      ['older/城关镇.docx', 'not_later', 1, 'old/城关镇.docx'],
    ]);
    // The same file corrected, on the same date: its next version, counted over the one before.
    const corrected = await loadHistory(store, [
      {
        source: 'old/城关镇.docx',
        report: townReport('城关镇', 2019, { issuedOn: '2020-02-01', title: '城关镇2019年法治政府建设报告' }),
      },
    ]);
    expect(corrected.added).toMatchObject([{ version: 2, previous: { version: 1, file: 'old/城关镇.docx' } }]);
  });

  it('takes a unit’s later submission as the next version: a new year at once, a loaded year once the county returns it', async () => {
    const loaded = townReport('城关镇', 2023);
    await loadHistory(store, [
      { source: '2022/城关镇.docx', report: townReport('城关镇', 2022) },
      { source: '2023/城关镇.docx', report: loaded },
    ]);
    const unit = await addToken(store, 'unit', '城关镇', 'town');
    const reviewer = await addToken(store, 'reviewer', '县依法治县办');
    app = await buildApp({ store, now: () => new Date('2025-01-25T02:00:00Z') });
    const post = (token: string, url: string, body: unknown) =>
      app!.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}` }, payload: body as object });
    const fresh = await post(unit, '/api/reports', townReport('城关镇', 2024));
    expect(fresh.statusCode).toBe(201);
    expect(fresh.json()).toMatchObject({ version: 1, status: 'submitted' });
    // The loaded year is filed: the unit is told to ask the county, as for any filed report.
    const resubmitted = { ...townReport('城关镇', 2023), confidentialityReviewed: true };
    expect((await post(unit, '/api/reports', resubmitted)).statusCode).toBe(409);
    const { record } = await reportsOf('城关镇', 2023);
    expect((await post(reviewer, `/api/reports/${record.id}/return`, { reason: '请按新模板重报' })).statusCode).toBe(
      200,
    );
    const after = await post(unit, '/api/reports', resubmitted);
    expect(after.statusCode).toBe(201);
    expect(after.json()).toMatchObject({ id: record.id, version: 2, status: 'submitted' });
    const { versions, history } = await reportsOf('城关镇', 2023);
    expect(versions.map((one) => one.origin)).toEqual(['load', 'submission']);
    expect(history.map((step) => step.action)).toEqual(['load', 'return', 'submit']);
    // The API shows which versions were loaded, and from where.
    const shown = await app.inject({
      method: 'GET',
      url: `/api/reports/${record.id}/versions`,
      headers: { authorization: `Bearer ${reviewer}` },
    });
    expect(shown.json()).toMatchObject({
      versions: [
        { version: 1, origin: 'load', loaded: { file: '2023/城关镇.docx' } },
        { version: 2, origin: 'submission', loaded: null },
      ],
    });
    // Loading the folder again adds nothing, and puts nothing over the unit's submission.
    const again = await loadHistory(store, [{ source: '2023/城关镇.docx', report: loaded }]);
    expect(again.present).toHaveLength(1);
  });

  it('keeps with each loaded version what a submission would have been warned about, a tenfold jump on the year before among them', async () => {
    const figure = (year: number, value: number) =>
      townReport('城关镇', year, { metrics: [makeMetric('reconsideration.cases', value, { unit: '件' })] });
    // The later year first: the earlier is loaded first all the same.
    await loadHistory(store, [
      { source: '2020.docx', report: figure(2020, 900) },
      { source: '2019.docx', report: figure(2019, 30) },
    ]);
    const { versions } = await reportsOf('城关镇', 2020);
    expect(versions[0]?.warnings.map((issue) => issue.code)).toContain('year_jump');
    expect((await reportsOf('城关镇', 2019)).versions[0]?.warnings.map((issue) => issue.code)).not.toContain(
      'year_jump',
    );
    expect((await countyAggregate(store, { year: 2020 })).figureWarnings).toMatchObject([
      { unit: '城关镇', version: 1 },
    ]);
  });

  it('hashes a report’s content, not where its figures sit in the file', () => {
    const report = townReport('城关镇', 2019, {
      metrics: [makeMetric('normativeDocs.filed', 2, { source: { start: 10, end: 13 } })],
    });
    const elsewhere = {
      ...report,
      metrics: [makeMetric('normativeDocs.filed', 2, { source: { start: 99, end: 102 } })],
    };
    expect(contentHash(elsewhere)).toBe(contentHash(report));
    expect(contentHash({ ...report, metrics: [makeMetric('normativeDocs.filed', 3)] })).not.toBe(contentHash(report));
  });
});
