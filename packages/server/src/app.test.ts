import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '@law-report/core';
import { beiliuReport, makeReport } from '@law-report/core/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { addToken } from './auth.js';
import { openStore } from './store/open-store.js';
import { drivers } from './testing/drivers.js';
import type { ReportStatus, Store } from './store/store.js';
import { STATUSES, TRANSITIONS, transitionOf } from './workflow.js';
import { send, type SendArguments } from './testing/send.js';

// A real server on loopback over each real driver: SQLite in a temporary file, and PostgreSQL
// (Debian's, started by .ci/run; LAW_REPORT_TEST_POSTGRES names it) in a schema of this file's own.
// A JSON request to a server started apart (a clock of its own), with a token: its answer's body.
const jsonAt =
  (at: string) =>
  async (method: string, path: string, token: string, body?: unknown): Promise<Record<string, unknown>> =>
    (await (
      await fetch(`${at}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
    ).json()) as Record<string, unknown>;

describe.each(drivers('app_test'))('the collection server on %s', (_name, database) => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  let base: string;
  let reviewer: string;
  let beiliu: string;
  let dongcheng: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'law-report-server-'));
    store = await openStore(await database(dir));
    reviewer = await addToken(store, 'reviewer', '县依法治县办');
    beiliu = await addToken(store, 'unit', '北留镇', 'town');
    dongcheng = await addToken(store, 'unit', "东城镇';DROP/**/TABLE/**/reports;--", 'town');
    app = await buildApp({ store, bodyLimit: 512 * 1024, now: () => new Date('2024-01-26T08:00:00Z') });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = async (...request: SendArguments) => {
    const { status, json, text, headers } = await send(base, ...request);
    return { status, json, text, type: headers.get('content-type') ?? '' };
  };

  it('takes a report through 报送 → 退回 → 报送 → 备案 → 公开, keeping every version and step', async () => {
    const first = await call('POST', '/api/reports', beiliu, beiliuReport());
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({
      version: 1,
      status: 'submitted',
      submittedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const id = String(first.json['id']);

    const returned = await call('POST', `/api/reports/${id}/return`, reviewer, { reason: '请补充保密审查情况' });
    expect(returned.json).toMatchObject({ status: 'returned' });
    const own = await call('GET', `/api/reports/${id}`, beiliu);
    expect(own.json).toMatchObject({
      status: 'returned',
      history: [
        { to: 'submitted' },
        { from: 'submitted', to: 'returned', by: '县依法治县办', reason: '请补充保密审查情况' },
      ],
    });

    const corrected: Report = { ...beiliuReport(), confidentialityReviewed: true };
    const second = await call('POST', '/api/reports', beiliu, corrected);
    expect(second.json).toMatchObject({ id, version: 2, status: 'submitted' });
    expect((await call('POST', `/api/reports/${id}/file`, reviewer)).json).toMatchObject({ status: 'filed' });
    // Filed: the unit cannot change it any more.
    const late = await call('POST', '/api/reports', beiliu, corrected);
    expect(late.status).toBe(409);
    expect(late.json.error?.message).toContain('已备案');
    // …and is told what to do about it.
    expect(late.json.error?.message).toContain('请联系县里退回这份报告');

    // 公开 needs the reviewer's own confirmation of 保密审查; the unit's tick in the report does not stand for it.
    const unconfirmed = await call('POST', `/api/reports/${id}/publish`, reviewer);
    expect(unconfirmed.status).toBe(422);
    expect(unconfirmed.json.error?.code).toBe('confidentiality_unconfirmed');
    expect(unconfirmed.json.error?.message).toContain('审核人确认这份报告已完成保密审查');
    const english = await call(
      'POST',
      `/api/reports/${id}/publish`,
      reviewer,
      { confidentialityReviewed: false },
      { 'accept-language': 'en' },
    );
    expect(english.status).toBe(422);
    expect(english.json.error?.message).toMatch(/^Before publishing, the reviewer must confirm/);
    expect((await call('GET', `/api/reports/${id}`, reviewer)).json['status']).toBe('filed');
    const published = await call('POST', `/api/reports/${id}/publish`, reviewer, {
      version: 2,
      confidentialityReviewed: true,
    });
    expect(published.json).toMatchObject({ status: 'published', publishedOn: '2024-01-26' });
    const versions = await call('GET', `/api/reports/${id}/versions`, reviewer);
    // Listed without the reports, each fetched by its number.
    expect(versions.json).toMatchObject({ page: 1, per: 20, total: 2, pages: 1 });
    expect(
      (versions.json['versions'] as Record<string, unknown>[]).map((version) => [
        version['version'],
        'report' in version,
      ]),
    ).toEqual([
      [1, false],
      [2, false],
    ]);
    const byNumber = async (n: number) =>
      ((await call('GET', `/api/reports/${id}/versions/${n}`, reviewer)).json['report'] as Report)
        .confidentialityReviewed;
    expect([await byNumber(1), await byNumber(2)]).toEqual([undefined, true]);
    expect((await call('GET', `/api/reports/${id}/versions/3`, reviewer)).status).toBe(404);
    expect((await call('GET', `/api/reports/${id}/versions?page=2&per=1`, reviewer)).json['versions']).toMatchObject([
      { version: 2 },
    ]);
    const history = (await call('GET', `/api/reports/${id}`, reviewer)).json['history'] as {
      from: string | null;
      to: string;
    }[];
    expect(history.map((step) => `${step.from ?? '-'}→${step.to}`)).toEqual([
      '-→submitted',
      'submitted→returned',
      'returned→submitted',
      'submitted→filed',
      'filed→published',
    ]);
    // The confirmation is kept with the step that gave it: who and when.
    expect(history.at(-1)).toMatchObject({
      action: 'publish',
      by: '县依法治县办',
      at: '2024-01-26T08:00:00.000Z',
      confidentialityReviewed: true,
    });
    expect(
      history.slice(0, -1).map((step) => (step as { confidentialityReviewed?: boolean }).confidentialityReviewed),
    ).toEqual([false, false, false, false]);
    const open = await call('GET', '/api/public/reports?year=2023');
    // The list without the reports; one report fetched by its id.
    expect(open.json).toMatchObject({ page: 1, per: 20, total: 1, reports: [{ id, unit: '北留镇' }] });
    expect((open.json['reports'] as Record<string, unknown>[]).some((entry) => 'report' in entry)).toBe(false);
    expect(((await call('GET', `/api/public/reports/${id}`)).json['report'] as Report).title).toBe(
      beiliuReport().title,
    );
  });

  it('refuses what a token may not do, and says why in the request’s language', async () => {
    expect((await call('GET', '/api/reports')).status).toBe(401);
    expect((await call('GET', '/api/reports', 'lr_not-a-token')).status).toBe(401);
    const english = await call('GET', '/api/reports', undefined, undefined, { 'accept-language': 'en-US,en;q=0.9' });
    expect(english.json.error).toEqual({
      code: 'unauthorized',
      message: expect.stringMatching(/^A valid token is needed: /),
    });
    expect((await call('GET', '/api/aggregate?year=2023', beiliu)).status).toBe(403);
    const list = await call('GET', '/api/reports', beiliu);
    const [own] = list.json['reports'] as { id: string }[];
    expect((await call('POST', `/api/reports/${own?.id}/file`, beiliu)).status).toBe(403);
    // Another unit's report is not there for it.
    expect((await call('GET', `/api/reports/${own?.id}`, dongcheng)).status).toBe(404);
    expect((await call('GET', `/api/reports/${own?.id}/versions`, dongcheng)).status).toBe(404);
    const forged = await call('POST', '/api/reports', dongcheng, beiliuReport());
    expect(forged.status).toBe(403);
    expect(forged.json.error?.code).toBe('other_unit');
    // Said in a clerk's words (the unit signed in for), as the form's import note says it: no 令牌.
    expect(forged.json.error?.message).toBe(
      "这份报告的单位是“北留镇”，而您登录的单位是“东城镇';DROP/**/TABLE/**/reports;--”：每个单位只能报送、查看本单位的报告。请核对报告中的单位名称。",
    );
    const inEnglish = await call('POST', '/api/reports', dongcheng, beiliuReport(), { 'accept-language': 'en' });
    expect(inEnglish.json.error?.message).toContain('but you are signed in for “东城镇');
  });

  it('answers 422 with core’s issues for a report that does not pass, and refuses illegal steps', async () => {
    const town = "东城镇';DROP/**/TABLE/**/reports;--";
    const invalid = await call('POST', '/api/reports', dongcheng, {
      ...makeReport({ unit: { name: town, level: 'town' } }),
      sections: [],
    });
    expect(invalid.status).toBe(422);
    expect((invalid.json['issues'] as { code: string }[]).map((issue) => issue.code)).toContain('missing_section');
    const ok = await call(
      'POST',
      '/api/reports',
      dongcheng,
      makeReport({
        unit: { name: town, level: 'town' },
        title: "东城镇'); DELETE FROM tokens;--2023年法治政府建设工作情况的报告",
        issuer: `${town}人民政府`,
      }),
    );
    expect(ok.status).toBe(201);
    const id = String(ok.json['id']);
    // SQL in every field is data: stored and given back as written, nothing else touched.
    const back = await call('GET', `/api/reports/${id}`, dongcheng);
    expect(back.json).toMatchObject({
      unit: town,
      report: { title: "东城镇'); DELETE FROM tokens;--2023年法治政府建设工作情况的报告" },
    });
    expect((await call('GET', '/api/reports', reviewer)).json['reports']).toHaveLength(2);
    // Not filed yet: cannot be published; returned without a reason: refused.
    expect((await call('POST', `/api/reports/${id}/publish`, reviewer)).status).toBe(409);
    expect((await call('POST', `/api/reports/${id}/return`, reviewer, { reason: '  ' })).json.error?.code).toBe(
      'reason_required',
    );
    expect((await call('POST', `/api/reports/${id}/return`, reviewer, {})).status).toBe(400);
    // Without 保密审查, neither marked by the unit nor confirmed by the reviewer, it cannot be filed: 备案
    // asks what 公开 will, and says the reviewer can confirm it here.
    const unfiled = await call('POST', `/api/reports/${id}/file`, reviewer);
    expect(unfiled.status).toBe(422);
    expect((unfiled.json['issues'] as { code: string }[]).map((issue) => issue.code)).toContain(
      'confidentiality_review_missing',
    );
    expect(unfiled.json.error).toMatchObject({
      code: 'confidentiality_unconfirmed',
      message: expect.stringMatching(/^还不能备案：报告中没有注明已完成保密审查：县里审核人可以在这里确认/),
    });
    expect((await call('GET', `/api/reports/no-such-id'--`, reviewer)).status).toBe(404);
  });

  it('answers 422 naming a statutory content that has a heading and no text', async () => {
    const report = makeReport({
      unit: { name: '北留镇', level: 'town' },
      issuer: '北留镇人民政府',
      title: '北留镇2023年法治政府建设工作情况的报告',
    });
    for (const section of report.sections) if (section.kind === 'shortcomings') section.paragraphs = ['XX件。'];
    const empty = await call('POST', '/api/reports', beiliu, report);
    expect(empty.status).toBe(422);
    expect(empty.json['issues']).toContainEqual(
      expect.objectContaining({
        code: 'empty_section',
        severity: 'error',
        path: ['sections', 2, 'paragraphs'],
        message: '“推进法治政府建设存在的不足和原因”还没有内容。',
      }),
    );
  });

  it('refuses malformed and oversized bodies with a clear error', async () => {
    const malformed = await call('POST', '/api/reports', beiliu, '{"title": ');
    expect(malformed.status).toBe(400);
    expect(malformed.json.error?.code).toBe('bad_json');
    const huge = await call('POST', '/api/reports', beiliu, {
      ...beiliuReport(),
      sections: [{ id: 'x', kind: 'measures', title: '大', paragraphs: ['字'.repeat(600_000)], sections: [] }],
    });
    expect(huge.status).toBe(413);
    expect(huge.json.error?.code).toBe('too_large');
    expect((await call('GET', '/api/reports?year=abc', reviewer)).status).toBe(400);
  });

  it('answers 422, not a server error, for sections or extension data nested deeper than any report', async () => {
    // Within the body limit but deeper than the call stack (the store's JSON.stringify threw on
    // such extension data); built as text, since the test cannot stringify it either.
    const report = JSON.stringify(beiliuReport());
    const codes = (json: Record<string, unknown>) =>
      (json['issues'] as { code: string }[] | undefined)?.map((issue) => issue.code);
    const extension = await call(
      'POST',
      '/api/reports',
      beiliu,
      `${report.slice(0, -1)},"extensions":{"jincheng":${'['.repeat(100_000)}1${']'.repeat(100_000)}}}`,
    );
    expect(extension.status).toBe(422);
    expect(codes(extension.json)).toEqual(['extension_too_deep']);
    let sections = '[]';
    for (let i = 0; i < 5_000; i++)
      sections = `[{"id":"s${i}","kind":"measures","title":"层","paragraphs":[],"sections":${sections}}]`;
    const nested = await call(
      'POST',
      '/api/reports',
      beiliu,
      report.replace(/"sections":\[.*\],"metrics"/s, `"sections":${sections},"metrics"`),
    );
    expect(nested.status).toBe(422);
    expect(codes(nested.json)).toEqual(['sections_too_deep']);
  });

  it('gives the year’s aggregate of the latest versions as JSON and CSV, over the units it knows', async () => {
    const json = await call('GET', '/api/aggregate?year=2023', reviewer);
    expect(json.status).toBe(200);
    expect(json.json).toMatchObject({ year: 2023, units: { expected: 2, reported: 2 } });
    // The roster in the order the units were added.
    expect((json.json['unitsDetail'] as { name: string }[]).map((unit) => unit.name)).toEqual([
      '北留镇',
      "东城镇';DROP/**/TABLE/**/reports;--",
    ]);
    const csv = await call('GET', '/api/aggregate?year=2023&format=csv', reviewer);
    expect(csv.type).toContain('text/csv');
    expect(csv.text.startsWith('\uFEFF单位,审核状态,报送情况,报送日期')).toBe(true);
    expect(csv.text).toContain('北留镇,已公开,已报送,2024-01-26');
    // No county known (no serve --county, no parent on the roster): still a name a clerk can read.
    const response = await fetch(`${base}/api/aggregate?year=2023&format=csv`, {
      headers: { authorization: `Bearer ${reviewer}` },
    });
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="law-report-2023.csv"; filename*=UTF-8''${encodeURIComponent('2023年法治政府建设年度报告汇总.csv')}`,
    );
  });

  it('judges on time by the first submission: a report returned and corrected late is not late', async () => {
    let today = new Date('2024-01-20T08:00:00Z');
    const second = await buildApp({ store, deadlines: { submit: { town: '01-31' } }, now: () => today });
    const at = await second.listen({ port: 0, host: '127.0.0.1' });
    try {
      const post = (path: string, token: string, body: unknown) =>
        fetch(`${at}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const town = makeReport({
        year: 2024,
        issuedOn: '2025-01-18',
        unit: { name: '北留镇', level: 'town' },
        issuer: '北留镇人民政府',
        title: '北留镇2024年法治政府建设工作情况的报告',
      });
      today = new Date('2025-01-20T08:00:00Z');
      const { id } = (await (await post('/api/reports', beiliu, town)).json()) as { id: string };
      await post(`/api/reports/${id}/return`, reviewer, { reason: '数据有误' });
      today = new Date('2025-02-20T08:00:00Z');
      expect((await post('/api/reports', beiliu, town)).status).toBe(201);
      const result = (await (
        await fetch(`${at}/api/aggregate?year=2024`, { headers: { authorization: `Bearer ${reviewer}` } })
      ).json()) as { unitsDetail: { name: string; submittedOn: string; daysLate: number | null }[] };
      expect(result.unitsDetail.find((unit) => unit.name === '北留镇')).toMatchObject({
        submittedOn: '2025-01-20',
        daysLate: 0,
      });
    } finally {
      await second.close();
    }
  });

  it('gives one 报送日期, the first receipt, in the answer to a resubmission, its warning, the report and the list', async () => {
    let today = new Date('2025-02-05T02:00:00Z');
    const clocked = await buildApp({ store, deadlines: { submit: { town: '01-31' } }, now: () => today });
    const at = await clocked.listen({ port: 0, host: '127.0.0.1' });
    try {
      const request = jsonAt(at);
      const unit = await addToken(store, 'unit', '南河镇', 'town');
      // The town typed 30 January; the county first had it on 5 February, and again on 10 March.
      const report = makeReport({
        year: 2024,
        issuedOn: '2025-01-28',
        submittedOn: '2025-01-30',
        unit: { name: '南河镇', level: 'town' },
        issuer: '南河镇人民政府',
        title: '南河镇2024年法治政府建设工作情况的报告',
      });
      const { id } = (await request('POST', '/api/reports', unit, report)) as { id: string };
      await request('POST', `/api/reports/${id}/return`, reviewer, { reason: '数据有误' });
      today = new Date('2025-03-10T02:00:00Z');
      const again = await request('POST', '/api/reports', unit, report);
      expect(again).toMatchObject({ submittedOn: '2025-02-05', submittedOnKind: 'received', receivedOn: '2025-03-10' });
      expect(
        (again['warnings'] as { code: string; message: string }[]).find((issue) => issue.code === 'late_receipt_typed')
          ?.message,
      ).toBe(
        '县里收到报告的日期 2025年2月5日 晚于截止日期 2025年1月31日（逾期 5 天；是否逾期按县里首次收到的日期判断，报告中填写的报送日期是 2025年1月30日）。',
      );
      expect(await request('GET', `/api/reports/${id}`, reviewer)).toMatchObject({
        version: 2,
        submittedOn: '2025-02-05',
        submittedOnKind: 'received',
        receivedOn: '2025-03-10',
        report: { submittedOn: '2025-01-30' },
      });
      const listed = (await request('GET', '/api/reports?year=2024', reviewer))['reports'] as Record<string, unknown>[];
      expect(listed.find((entry) => entry['id'] === id)).toMatchObject({
        submittedOn: '2025-02-05',
        submittedOnKind: 'received',
      });
    } finally {
      await clocked.close();
    }
  });

  it('lists a report loaded as 历史导入 with the date the report gives as its 报送日期', async () => {
    const report = makeReport({
      year: 2019,
      issuedOn: '2020-01-10',
      submittedOn: '2020-01-12',
      unit: { name: '南河镇', level: 'town' },
      issuer: '南河镇人民政府',
      title: '南河镇2019年法治政府建设工作情况的报告',
    });
    await store.loadVersion({
      unit: '南河镇',
      year: 2019,
      report,
      hash: 'judged-2019',
      file: '历年报告/2019/南河镇.json',
      status: 'filed',
      publishedOn: null,
      receivedAt: new Date('2020-01-12T00:00:00+08:00').toISOString(),
      warnings: [],
      by: '县依法治县办',
      at: '2024-01-26T08:00:00.000Z',
    });
    const listed = (await call('GET', '/api/reports?year=2019', reviewer)).json['reports'] as Record<string, unknown>[];
    expect(listed.find((entry) => entry['unit'] === '南河镇')).toMatchObject({
      submittedOn: '2020-01-12',
      submittedOnKind: 'loaded',
    });
    const { id } = listed.find((entry) => entry['unit'] === '南河镇') as { id: string };
    expect((await call('GET', `/api/reports/${id}`, reviewer)).json).toMatchObject({
      submittedOn: '2020-01-12',
      submittedOnKind: 'loaded',
    });
  });

  it('records and judges every day as the day in China, whatever the machine’s time zone', async () => {
    const zone = process.env['TZ'];
    process.env['TZ'] = 'America/Los_Angeles';
    // 07:30 on 1 February 2025 in China is still 31 January in UTC (and in Los Angeles).
    let instant = new Date('2025-01-31T23:30:00Z');
    const clocked = await buildApp({ store, deadlines: { submit: { town: '01-31' } }, now: () => instant });
    const at = await clocked.listen({ port: 0, host: '127.0.0.1' });
    try {
      const unit = await addToken(store, 'unit', '青溪镇', 'town');
      const request = async (method: string, path: string, token: string, body?: unknown) => {
        const response = await fetch(`${at}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        return (await response.json()) as Record<string, unknown>;
      };
      const report = {
        ...makeReport({
          year: 2024,
          issuedOn: '2025-01-18',
          unit: { name: '青溪镇', level: 'town' },
          issuer: '青溪镇人民政府',
          title: '青溪镇2024年法治政府建设工作情况的报告',
        }),
        confidentialityReviewed: true,
      };
      const submitted = await request('POST', '/api/reports', unit, report);
      expect(submitted).toMatchObject({ submittedAt: '2025-01-31T23:30:00.000Z', submittedOn: '2025-02-01' });
      const id = String(submitted['id']);
      const aggregate = (await request('GET', '/api/aggregate?year=2024', reviewer)) as {
        unitsDetail: { name: string; submittedOn: string; daysLate: number | null }[];
      };
      expect(aggregate.unitsDetail.find((detail) => detail.name === '青溪镇')).toMatchObject({
        submittedOn: '2025-02-01',
        daysLate: 1,
      });
      await request('POST', `/api/reports/${id}/file`, reviewer);
      // 07:30 on 1 March in China: the county published on 1 March, not 28 February.
      instant = new Date('2025-02-28T23:30:00Z');
      expect(
        await request('POST', `/api/reports/${id}/publish`, reviewer, { confidentialityReviewed: true }),
      ).toMatchObject({ publishedOn: '2025-03-01' });
      const { history } = (await request('GET', `/api/reports/${id}`, reviewer)) as {
        history: { action: string; day: string }[];
      };
      expect(history.map((step) => `${step.action} ${step.day}`)).toEqual([
        'submit 2025-02-01',
        'file 2025-02-01',
        'publish 2025-03-01',
      ]);
    } finally {
      await clocked.close();
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });

  it('shows on the public list the day the county published, not the date the town typed, and keeps the town’s report as written', async () => {
    const unit = await addToken(store, 'unit', '白水镇', 'town');
    const typed = {
      ...makeReport({
        unit: { name: '白水镇', level: 'town' },
        issuer: '白水镇人民政府',
        title: '白水镇2023年法治政府建设工作情况的报告',
      }),
      confidentialityReviewed: true,
      publishedOn: '2024-01-25',
    };
    const { id } = (await call('POST', '/api/reports', unit, typed)).json as { id: string };
    await call('POST', `/api/reports/${id}/file`, reviewer);
    await call('POST', `/api/reports/${id}/publish`, reviewer, { confidentialityReviewed: true });
    const listed = (
      (await call('GET', '/api/public/reports?year=2023')).json['reports'] as {
        unit: string;
        publishedOn: string;
        publishedAt: string;
      }[]
    ).find((entry) => entry.unit === '白水镇');
    // The app's clock says 2024-01-26T08:00Z: 16:00 on 26 January in China.
    expect(listed).toMatchObject({ publishedOn: '2024-01-26', publishedAt: '2024-01-26T08:00:00.000Z' });
    expect((await call('GET', `/api/public/reports/${id}`)).json).toMatchObject({
      publishedOn: '2024-01-26',
      report: { publishedOn: '2024-01-25' },
    });
    // The workflow's events are the history, apart from the content: the versions hold what the town sent.
    const { report: kept } = (await call('GET', `/api/reports/${id}/versions/1`, reviewer)).json as { report: Report };
    expect(kept.publishedOn).toBe('2024-01-25');
    const { history } = (await call('GET', `/api/reports/${id}`, reviewer)).json as {
      history: { action: string; at: string; day: string; by: string }[];
    };
    expect(history.at(-1)).toEqual({
      action: 'publish',
      from: 'filed',
      to: 'published',
      at: '2024-01-26T08:00:00.000Z',
      day: '2024-01-26',
      by: '县依法治县办',
      reason: null,
      confidentialityReviewed: true,
    });
  });

  it('answers a submission with its warnings, judged by the day in China it arrived, and keeps them with the version for review', async () => {
    // 07:30 on 1 February in China, a day after the towns' deadline; the report says it was submitted in January.
    const clocked = await buildApp({
      store,
      deadlines: { submit: { town: '01-31' } },
      now: () => new Date('2024-01-31T23:30:00Z'),
    });
    const at = await clocked.listen({ port: 0, host: '127.0.0.1' });
    try {
      const unit = await addToken(store, 'unit', '三河镇', 'town');
      const send = jsonAt(at);
      const base = makeReport({
        issuedOn: '2024-01-18',
        submittedOn: '2024-01-20',
        unit: { name: '三河镇', level: 'town' },
        issuer: '三河镇人民政府',
        title: '三河镇2023年法治政府建设工作情况的报告',
        confidentialityReviewed: true,
      });
      // No 其他需要报告的情况: a warning, not an error; no 保密审查 marked done: a note of what the county checks itself.
      const { confidentialityReviewed: _reviewed, ...unreviewed } = base;
      const report = { ...unreviewed, sections: base.sections.filter((section) => section.kind !== 'other') };
      const submitted = await send('POST', '/api/reports', unit, report);
      const codes = (issues: unknown) =>
        (issues as { code: string; severity: string }[]).map((issue) => `${issue.code}:${issue.severity}`).sort();
      expect(codes(submitted['warnings'])).toEqual([
        'confidentiality_review_missing:warning',
        'late_receipt_typed:warning',
        'missing_section:warning',
      ]);
      expect(
        (submitted['warnings'] as { code: string; message: string }[]).find(
          (issue) => issue.code === 'confidentiality_review_missing',
        )?.message,
      ).toBe(
        '报告中没有注明已完成保密审查：县里备案、公开前会核对，由县里审核人确认，不必为此重新报送；如已完成，以后报送时可勾选“已完成保密审查”。',
      );
      expect(
        (submitted['warnings'] as { code: string; message: string }[]).find(
          (issue) => issue.code === 'late_receipt_typed',
        )?.message,
      ).toBe(
        '县里收到报告的日期 2024年2月1日 晚于截止日期 2024年1月31日（逾期 1 天；是否逾期按县里首次收到的日期判断，报告中填写的报送日期是 2024年1月20日）。',
      );
      const id = String(submitted['id']);
      // The report is kept as the town sent it.
      const shown = await send('GET', `/api/reports/${id}`, reviewer);
      expect(shown).toMatchObject({
        version: 1,
        submittedOn: '2024-02-01',
        report: { submittedOn: '2024-01-20' },
        previous: null,
      });
      expect(codes(shown['warnings'])).toEqual([
        'confidentiality_review_missing:warning',
        'late_receipt_typed:warning',
        'missing_section:warning',
      ]);
      // A second version: its own warnings, and the one before it to compare with.
      const second = await send('POST', '/api/reports', unit, base);
      expect(codes(second['warnings'])).toEqual(['late_receipt_typed:warning']);
      const again = await send('GET', `/api/reports/${id}`, reviewer);
      expect(codes(again['warnings'])).toEqual(['late_receipt_typed:warning']);
      expect(again['previous']).toMatchObject({
        version: 1,
        report: { sections: report.sections },
        warnings: expect.any(Array),
      });
      const { versions } = (await send('GET', `/api/reports/${id}/versions`, unit)) as {
        versions: { version: number; warnings: unknown }[];
      };
      expect(versions.map((version) => [version.version, codes(version.warnings)])).toEqual([
        [1, ['confidentiality_review_missing:warning', 'late_receipt_typed:warning', 'missing_section:warning']],
        [2, ['late_receipt_typed:warning']],
      ]);
    } finally {
      await clocked.close();
    }
  });

  it('says a late submission once, by the county’s receipt, when no 报送日期 is typed and the 落款 is late too', async () => {
    const clocked = await buildApp({
      store,
      deadlines: { submit: { town: '01-31' } },
      now: () => new Date('2024-02-10T02:00:00Z'),
    });
    const at = await clocked.listen({ port: 0, host: '127.0.0.1' });
    try {
      const unit = await addToken(store, 'unit', '五里镇', 'town');
      const report = makeReport({
        issuedOn: '2024-02-05',
        unit: { name: '五里镇', level: 'town' },
        issuer: '五里镇人民政府',
        title: '五里镇2023年法治政府建设工作情况的报告',
        confidentialityReviewed: true,
      });
      const submitted = await jsonAt(at)('POST', '/api/reports', unit, report);
      // Not also 没有填写报送日期，按落款日期…判断: the county's receipt is what lateness is judged by.
      expect(
        (submitted['warnings'] as { code: string }[])
          .map((issue) => issue.code)
          .filter((code) => code.startsWith('late_')),
      ).toEqual(['late_receipt']);
      // The form is told the deadlines this server judges by (its own here, not the defaults): it warns by the same day;
      // and the unit's own day on the roster, where the county gave it one (an extension).
      const info = await jsonAt(at)('GET', '/api/info', unit);
      expect(info).toMatchObject({ deadlines: { submit: { town: '01-31' } }, ownDeadline: null });
      await store.putUnit({ name: '五里镇', level: 'town', deadline: '2024-02-15' });
      expect((await jsonAt(at)('GET', '/api/info', unit))['ownDeadline']).toBe('2024-02-15');
    } finally {
      await clocked.close();
    }
  });

  it('refuses 备案 without 保密审查 confirmed without calling a report that nobody published late to publish', async () => {
    const unit = await addToken(store, 'unit', '八角镇', 'town');
    const report = makeReport({
      year: 2021,
      unit: { name: '八角镇', level: 'town' },
      issuer: '八角镇人民政府',
      title: '八角镇2021年法治政府建设工作情况的报告',
      issuedOn: '2022-01-18',
    });
    const { confidentialityReviewed: _reviewed, ...unreviewed } = report;
    const id = String((await call('POST', '/api/reports', unit, unreviewed)).json['id']);
    // Checked as if published today (2024, long after 2022's 4月1日), but 备案 publishes nothing.
    const unfiled = await call('POST', `/api/reports/${id}/file`, reviewer);
    expect(unfiled.status).toBe(422);
    const codes = (unfiled.json['issues'] as { code: string }[]).map((issue) => issue.code);
    expect(codes).toContain('confidentiality_review_missing');
    expect(codes).not.toContain('late_publication');
  });

  it('judges by the deadlines the county stored when none are given, and says which it judged by', async () => {
    await store.putSettings({ deadlines: { submit: { town: '01-20' } } });
    const restarted = await buildApp({ store, now: () => new Date('2020-01-25T02:00:00Z') });
    const at = await restarted.listen({ port: 0, host: '127.0.0.1' });
    try {
      const unit = await addToken(store, 'unit', '七里镇', 'town');
      const report = makeReport({
        year: 2019,
        issuedOn: '2020-01-10',
        unit: { name: '七里镇', level: 'town' },
        issuer: '七里镇人民政府',
        title: '七里镇2019年法治政府建设工作情况的报告',
      });
      const sent = (await (
        await fetch(`${at}/api/reports`, {
          method: 'POST',
          headers: { authorization: `Bearer ${unit}`, 'content-type': 'application/json' },
          body: JSON.stringify(report),
        })
      ).json()) as { warnings: { code: string }[] };
      // No 报送日期 typed: the date judged is still named the county's receipt.
      expect(sent.warnings.map((issue) => issue.code)).toContain('late_receipt');
      const result = (await (
        await fetch(`${at}/api/aggregate?year=2019`, { headers: { authorization: `Bearer ${reviewer}` } })
      ).json()) as { unitsDetail: { name: string; deadline: string; daysLate: number }[]; deadlines: unknown };
      expect(result.unitsDetail.find((detail) => detail.name === '七里镇')).toMatchObject({
        deadline: '2020-01-20',
        daysLate: 5,
      });
      expect(result.deadlines).toEqual({
        source: 'database',
        overrides: { submit: { town: '01-20' } },
        submitBy: {
          province: '2020-03-01',
          city: '2020-03-01',
          county: '2020-03-01',
          town: '2020-01-20',
          department: '2020-03-01',
        },
        publishBy: '2020-04-01',
        units: {},
      });
    } finally {
      await restarted.close();
      await store.putSettings({ deadlines: null });
    }
  });

  it('compares versions sent after a return with the version the county returned, not only with the one before', async () => {
    const name = '庚镇';
    const token = await addToken(store, 'unit', name, 'town');
    const version = (title: string) =>
      makeReport({
        year: 2019,
        issuedOn: '2020-01-18',
        unit: { name, level: 'town' },
        issuer: `${name}人民政府`,
        title,
      });
    const id = String(
      (await call('POST', '/api/reports', token, version(`${name}2019年法治政府建设情况报告`))).json['id'],
    );
    await call('POST', `/api/reports/${id}/return`, reviewer, { reason: '标题不规范' });
    await call('POST', '/api/reports', token, version(`${name}2019年法治政府建设年度报告（修改稿）`));
    await call('POST', '/api/reports', token, version(`${name}2019年法治政府建设年度报告`));
    const opened = (await call('GET', `/api/reports/${id}`, reviewer)).json;
    expect(opened['version']).toBe(3);
    expect(opened['previous']).toMatchObject({
      version: 1,
      compared: 'returned',
      report: { title: `${name}2019年法治政府建设情况报告` },
    });
    // Sent again without a return in between: the version before.
    await call('POST', '/api/reports', token, version(`${name}2019年法治政府建设年度报告（定稿）`));
    expect((await call('GET', `/api/reports/${id}`, reviewer)).json['previous']).toMatchObject({
      version: 1,
      compared: 'returned',
    });
    await call('POST', `/api/reports/${id}/file`, reviewer);
    await call('POST', `/api/reports/${id}/return`, reviewer, { reason: '请补充' });
    await call('POST', '/api/reports', token, version(`${name}2019年法治政府建设年度报告`));
    expect((await call('GET', `/api/reports/${id}`, reviewer)).json['previous']).toMatchObject({
      version: 4,
      compared: 'returned',
    });
  });

  it('gives the CSV as a figures sheet: numbers Excel sums, the word each unit wrote and qualifiers beside them, a 合计 row, the review status, a file name with the county and the year', async () => {
    await store.putSettings({ county: '青川县' });
    const figure = (value: number, qualifier: 'exact' | 'over' | 'about', unit = '件') => ({
      indicator: 'disputes.handled',
      label: '排查化解矛盾纠纷',
      value,
      unit,
      qualifier,
    });
    const send = async (name: string, metrics: ReturnType<typeof figure>[]) => {
      const token = await addToken(store, 'unit', name, 'town');
      const report = makeReport({
        year: 2020,
        issuedOn: '2021-01-18',
        unit: { name, level: 'town' },
        issuer: `${name}人民政府`,
        title: `${name}2020年法治政府建设工作情况的报告`,
        metrics,
      });
      return (await call('POST', '/api/reports', token, report)).json['id'] as string;
    };
    await send('丙镇', [figure(68, 'over')]);
    await send('丁镇', [figure(41, 'about', '起')]);
    const returned = await send('戊镇', [figure(455, 'exact')]);
    await send('己镇', [figure(455, 'exact')]);
    await call('POST', `/api/reports/${returned}/return`, reviewer, { reason: '请核对' });
    const response = await fetch(`${base}/api/aggregate?year=2020&format=csv`, {
      headers: { authorization: `Bearer ${reviewer}` },
    });
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="law-report-2020.csv"; filename*=UTF-8''${encodeURIComponent('青川县2020年法治政府建设年度报告汇总.csv')}`,
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    // Completeness as a percentage, as the dashboard shows it (80, not 0.8).
    expect(text.startsWith('\uFEFF单位,审核状态,报送情况,报送日期,截止日期,逾期天数,完整度（%）,')).toBe(true);
    const rows = text
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));
    const header = rows[0] ?? [];
    // Two units wrote 件, one 起: one quantity, so one column Excel sums; the header names both words
    // and a 量词 column says each row's (the 合计 is in 件, the word most counted figures were written in).
    const column = header.findIndex((cell) => /^排查矛盾纠纷（(件、起|起、件)）$/.test(cell));
    expect(column).toBeGreaterThan(0);
    expect(header.slice(column + 1, column + 3)).toEqual(['排查矛盾纠纷（量词）', '排查矛盾纠纷（限定）']);
    const row = (unit: string) => rows.find((cells) => cells[0] === unit) ?? [];
    expect(row('丙镇').slice(1, 2)).toEqual(['已提交']);
    expect(row('丙镇')[header.indexOf('完整度（%）')]).toMatch(/^[1-9]\d$/);
    expect(row('丙镇').slice(column, column + 3)).toEqual(['68', '件', '以上']);
    expect(row('丁镇').slice(column, column + 3)).toEqual(['41', '起', '约']);
    expect(row('己镇').slice(column, column + 3)).toEqual(['455', '件', '']);
    // Returned: listed with its status, its figure (and its word) out of the sheet and the total.
    expect([row('戊镇')[1], ...row('戊镇').slice(column, column + 3)]).toEqual(['已退回', '', '', '']);
    // What Excel's SUM over the column gives is the 合计 row's figure.
    const sum = rows.slice(1, -1).reduce((total, cells) => total + (Number(cells[column]) || 0), 0);
    expect(sum).toBe(564);
    expect(rows.at(-1)?.[0]).toBe('合计');
    // 68余 + 约41 + 455 is about 564 (core's sumQualifier: the weakest of them).
    expect(rows.at(-1)?.slice(column, column + 3)).toEqual(['564', '件', '约']);
    // In English the headers and the name are English; the county keeps its own name.
    const english = await fetch(`${base}/api/aggregate?year=2020&format=csv`, {
      headers: { authorization: `Bearer ${reviewer}`, 'accept-language': 'en' },
    });
    expect(english.headers.get('content-disposition')).toBe(
      `attachment; filename="law-report-2020.csv"; filename*=UTF-8''${encodeURIComponent('青川县 rule-of-law government reports 2020.csv')}`,
    );
    const sheet = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await english.arrayBuffer());
    expect(sheet.startsWith('\uFEFFUnit,Review,Reporting,Submitted,Deadline,Days late,Completeness (%),')).toBe(true);
    // Counting only filed reports gives other totals, so the file is named apart.
    const filed = await fetch(`${base}/api/aggregate?year=2020&format=csv&status=filed`, {
      headers: { authorization: `Bearer ${reviewer}` },
    });
    expect(filed.headers.get('content-disposition')).toBe(
      `attachment; filename="law-report-2020-filed.csv"; filename*=UTF-8''${encodeURIComponent('青川县2020年法治政府建设年度报告汇总（仅已备案、已公开）.csv')}`,
    );
    await store.putSettings({ county: null });
  });

  it('refuses fractional and impossible figures, and warns of implausible ones and of a tenfold jump on the year before', async () => {
    const unit = await addToken(store, 'unit', '庚镇', 'town');
    const events = (value: number) => [
      { indicator: 'publicity.events', label: '开展普法活动', value, unit: '场', qualifier: 'exact' as const },
    ];
    const report = (year: number, value: number) =>
      makeReport({
        year,
        issuedOn: `${year + 1}-01-18`,
        unit: { name: '庚镇', level: 'town' },
        issuer: '庚镇人民政府',
        title: `庚镇${year}年法治政府建设工作情况的报告`,
        metrics: events(value),
      });
    const codes = (issues: unknown) =>
      (issues as { code: string; severity: string }[]).map((issue) => `${issue.code}:${issue.severity}`);
    const fractional = await call('POST', '/api/reports', unit, report(2018, 2.5));
    expect(fractional.status).toBe(422);
    expect(codes(fractional.json['issues'])).toContain('fractional_count:error');
    const huge = await call('POST', '/api/reports', unit, report(2018, 1e300));
    expect(huge.status).toBe(422);
    expect(codes(huge.json['issues'])).toContain('value_too_large:error');
    expect((await call('POST', '/api/reports', unit, report(2017, 300))).status).toBe(201);
    // 5800 场 in 2018 after 300 in 2017: more than ten times the year before, and more than a town plausibly holds.
    const jumped = await call('POST', '/api/reports', unit, report(2018, 5800));
    expect(jumped.status).toBe(201);
    expect(codes(jumped.json['warnings'])).toEqual(
      expect.arrayContaining(['year_jump:warning', 'implausible_for_level:warning']),
    );
    const shown = (await call('GET', `/api/reports/${String(jumped.json['id'])}`, reviewer)).json;
    expect(codes(shown['warnings'])).toEqual(
      expect.arrayContaining(['year_jump:warning', 'implausible_for_level:warning']),
    );
    // The aggregate names the totalled figures that carry warnings.
    const { figureWarnings } = (await call('GET', '/api/aggregate?year=2018', reviewer)).json as {
      figureWarnings: {
        unit: string;
        version: number;
        issues: { code: string; path: unknown[] }[];
        figures: unknown[];
      }[];
    };
    expect(figureWarnings).toEqual([
      {
        unit: '庚镇',
        id: jumped.json['id'],
        version: 1,
        issues: expect.arrayContaining([expect.objectContaining({ code: 'year_jump', path: ['metrics', 0, 'value'] })]),
        // Each warning's figure as the report gives it, so a page can mark its indicator's total.
        figures: expect.arrayContaining([{ ...events(5800)[0], counted: true }]),
      },
    ]);
    expect(figureWarnings[0]?.figures).toHaveLength(figureWarnings[0]?.issues.length ?? -1);
    // The desk's list says so before the report is opened: its warnings, and how late it came (2018's report sent now).
    const { reports } = (await call('GET', '/api/reports?year=2018', reviewer)).json as {
      reports: { unit: string; warnings: number; daysLate?: number }[];
    };
    const listed = reports.find((report) => report.unit === '庚镇');
    expect(listed?.warnings).toBe(Array.isArray(shown['warnings']) ? shown['warnings'].length : -1);
    expect(listed?.daysLate).toBeGreaterThan(365);
  });

  it('says of each warned figure whether the year’s total counts it: not the smaller of one stated twice', async () => {
    const unit = await addToken(store, 'unit', '辛镇', 'town');
    const twice = makeReport({
      year: 2016,
      issuedOn: '2017-01-18',
      unit: { name: '辛镇', level: 'town' },
      issuer: '辛镇人民政府',
      title: '辛镇2016年法治政府建设工作情况的报告',
      metrics: [
        { indicator: 'disputes.handled', label: '排查矛盾纠纷', value: 86, unit: '件', qualifier: 'exact' },
        { indicator: 'disputes.handled', label: '排查矛盾纠纷', value: 3, unit: '件', qualifier: 'exact' },
      ],
    });
    const sent = await call('POST', '/api/reports', unit, twice);
    expect(sent.status).toBe(201);
    const { figureWarnings } = (await call('GET', '/api/aggregate?year=2016', reviewer)).json as {
      figureWarnings: { figures: { value: number; counted: boolean }[] }[];
    };
    // counted_once warns of the 3件 the county does not total (it totals the 86 once).
    expect(figureWarnings[0]?.figures).toContainEqual(expect.objectContaining({ value: 3, counted: false }));
    expect(figureWarnings[0]?.figures.some((figure) => figure.counted)).toBe(false);
  });

  it('answers every refusal, the framework’s too, with its own code and in Chinese (English by Accept-Language)', async () => {
    const raw = async (path: string, init: RequestInit = {}) => {
      const response = await fetch(`${base}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${reviewer}`, ...(init.headers as Record<string, string>) },
      });
      return { status: response.status, ...((await response.json()) as { error: { code: string; message: string } }) };
    };
    const json = { 'content-type': 'application/json' };
    const answers = [
      [await raw('/api/reports?year=abc'), 400, 'bad_query', '查询参数有误：“year”应为整数'],
      [await raw('/api/reports?foo=1'), 400, 'bad_query', '查询参数有误：不认识的参数“foo”'],
      [
        await raw('/api/aggregate?year=2023&status=draft'),
        400,
        'bad_query',
        '查询参数有误：“status”只能是 submitted, filed, published',
      ],
      [await raw('/api/aggregate'), 400, 'bad_query', '查询参数有误：缺少“year”'],
      [
        await raw('/api/reports/x/return', { method: 'POST', headers: json, body: '' }),
        400,
        'empty_body',
        '请求内容是空的：Content-Type 为 application/json 时须带 JSON 内容。',
      ],
      [
        await raw('/api/reports/x/return', { method: 'POST', headers: json, body: '{"reason": ' }),
        400,
        'bad_json',
        '请求内容不是有效的 JSON。',
      ],
      [
        await raw('/api/reports/x/return', { method: 'POST', headers: json, body: '{"__proto__": {"admin": true}}' }),
        400,
        'forbidden_key',
        '请求内容含有不允许的键名（__proto__ 或 constructor.prototype，有安全风险），已拒收。',
      ],
      [
        await raw('/api/reports/x/return', {
          method: 'POST',
          headers: json,
          body: '{"constructor": {"prototype": {"admin": true}}}',
        }),
        400,
        'forbidden_key',
        '请求内容含有不允许的键名（__proto__ 或 constructor.prototype，有安全风险），已拒收。',
      ],
      [
        await raw('/api/reports/x/return', {
          method: 'POST',
          headers: { 'content-type': 'application/xml' },
          body: '<reason/>',
        }),
        415,
        'unsupported_media_type',
        '不支持这种内容类型（application/xml）：请用 application/json 发送。',
      ],
      [
        await raw('/api/reports/x/return', {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ reason: { text: '原因' } }),
        }),
        400,
        'bad_body',
        '请求内容有误：“reason”应为文字',
      ],
      [await raw(`/api/reports/${'x'.repeat(65)}`), 400, 'bad_params', '地址有误：“id”不能超过 64 个字符'],
      [await raw('/api/reports/%E0'), 400, 'bad_url', '地址中有无法识别的字符，请检查百分号编码。'],
      [await raw('/api/nowhere'), 404, 'not_found', '没有找到。'],
    ] as const;
    for (const [got, status, code, message] of answers) expect(got).toEqual({ status, error: { code, message } });
    const english = await raw('/api/reports?foo=1', { headers: { 'accept-language': 'en' } });
    expect(english.error).toEqual({ code: 'bad_query', message: 'Bad query: unknown parameter “foo”' });
    expect(
      (await raw('/api/reports/x/return', { method: 'POST', headers: { ...json, 'accept-language': 'en' }, body: '' }))
        .error.message,
    ).toBe('The request body is empty: with Content-Type application/json it must hold JSON.');
  });

  it('answers browsers only from the origins it was given', async () => {
    const guarded = await buildApp({ store, corsOrigins: ['https://portal.example.gov.cn'] });
    const at = await guarded.listen({ port: 0, host: '127.0.0.1' });
    try {
      const from = (origin: string) =>
        fetch(`${at}/api/public/reports`, { headers: { origin } }).then((response) =>
          response.headers.get('access-control-allow-origin'),
        );
      expect(await from('https://portal.example.gov.cn')).toBe('https://portal.example.gov.cn');
      expect(await from('https://elsewhere.example')).toBeNull();
      // Without --cors, no browser elsewhere may call it.
      expect(
        (
          await fetch(`${base}/api/public/reports`, { headers: { origin: 'https://portal.example.gov.cn' } })
        ).headers.get('access-control-allow-origin'),
      ).toBeNull();
    } finally {
      await guarded.close();
    }
  });

  it('says the county’s name and the years it holds reports on, as far as the caller may see', async () => {
    await store.putSettings({ county: '青川县' });
    const anyone = (await call('GET', '/api/info')).json as { county: string; years: number[] };
    const county = (await call('GET', '/api/info', reviewer)).json as { county: string; years: number[] };
    const own = (await call('GET', '/api/info', beiliu)).json as { county: string; years: number[] };
    expect(anyone.county).toBe('青川县');
    // Published reports only without a token; every year for the reviewer, newest first; its own for a unit.
    expect(anyone.years).toEqual([2024, 2023]);
    expect(county.years).toEqual([...county.years].sort((a, b) => b - a));
    expect(county.years).toEqual(expect.arrayContaining([2024, 2023, 2020, 2019, 2018, 2017]));
    expect(own.years).toEqual([2024, 2023]);
    // Whose token it is, for a unit's token only.
    expect([anyone, county, own].map((info) => (info as { unit?: unknown }).unit)).toEqual([null, null, '北留镇']);
    expect((await call('GET', '/api/info', 'lr_not-a-token')).status).toBe(401);
    // The county's deadlines, public rules the form warns of lateness by; null when the county set none.
    expect((own as { deadlines?: unknown }).deadlines).toBeNull();
    await store.putSettings({ deadlines: { submit: { town: '01-20' } } });
    expect((await call('GET', '/api/info', beiliu)).json['deadlines']).toEqual({ submit: { town: '01-20' } });
    await store.putSettings({ county: null, deadlines: null });
  });

  it('gives the reviewer the roster, and no one else', async () => {
    const { units } = (await call('GET', '/api/units', reviewer)).json as {
      units: { name: string; level: string; code: string | null; parent: string | null; deadline: string | null }[];
    };
    expect(units.slice(0, 2)).toEqual([
      { name: '北留镇', level: 'town', code: null, parent: null, deadline: null },
      { name: "东城镇';DROP/**/TABLE/**/reports;--", level: 'town', code: null, parent: null, deadline: null },
    ]);
    expect((await call('GET', '/api/units', beiliu)).status).toBe(403);
    expect((await call('GET', '/api/units')).status).toBe(401);
  });

  it('gives with the roster the deadlines the county set, so the review desk judges lateness as the server does', async () => {
    // Without --deadlines: the statutory defaults, said as such.
    expect((await call('GET', '/api/units', reviewer)).json['deadlines']).toEqual({
      source: 'default',
      overrides: null,
    });
    await store.putSettings({ deadlines: { submit: { town: '01-31' } } });
    try {
      expect((await call('GET', '/api/units', reviewer)).json['deadlines']).toEqual({
        source: 'database',
        overrides: { submit: { town: '01-31' } },
      });
      // Given to the app, they hold over the stored ones, as in the aggregate.
      const given = await buildApp({ store, deadlines: { submit: { town: '01-15' } } });
      const at = await given.listen({ port: 0, host: '127.0.0.1' });
      try {
        const answer = await fetch(`${at}/api/units`, { headers: { authorization: `Bearer ${reviewer}` } });
        expect(((await answer.json()) as { deadlines: unknown }).deadlines).toEqual({
          source: 'options',
          overrides: { submit: { town: '01-15' } },
        });
      } finally {
        await given.close();
      }
    } finally {
      await store.putSettings({ deadlines: null });
    }
  });

  it('lists in the OpenAPI document the refusals each route answers with', async () => {
    const { json } = await call('GET', '/api/openapi.json');
    const paths = json['paths'] as Record<
      string,
      Record<string, { responses: Record<string, { description: string }> }>
    >;
    const codes = Object.fromEntries(
      Object.entries(paths).flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => [
          `${method.toUpperCase()} ${path}`,
          Object.keys(operation.responses)
            .filter((code) => code >= '400')
            .sort(),
        ]),
      ),
    );
    const action = ['400', '401', '403', '404', '409', '413', '415'];
    // Any request may be one too many: 429 everywhere.
    expect(codes).toEqual({
      'POST /api/reports': ['400', '401', '403', '409', '413', '415', '422', '429'],
      'GET /api/reports': ['400', '401', '429'],
      'GET /api/reports/{id}': ['400', '401', '404', '429'],
      'GET /api/reports/{id}/versions': ['400', '401', '404', '429'],
      'GET /api/reports/{id}/versions/{n}': ['400', '401', '404', '429'],
      'POST /api/reports/{id}/return': [...action, '429'],
      'POST /api/reports/{id}/file': [...action, '422', '429'],
      'POST /api/reports/{id}/publish': [...action, '422', '429'],
      'POST /api/reports/{id}/unpublish': [...action, '429'],
      'GET /api/aggregate': ['400', '401', '403', '429'],
      'GET /api/public/reports': ['400', '429'],
      'GET /api/public/reports/{id}': ['400', '404', '429'],
      'GET /api/info': ['401', '429'],
      'GET /api/units': ['401', '403', '429'],
    });
    expect(paths['/api/reports']?.['post']?.responses['422']?.description).toContain('issues');
  });

  it('serves an OpenAPI document generated from the routes', async () => {
    const { json } = await call('GET', '/api/openapi.json');
    expect(json['openapi']).toBe('3.1.0');
    expect(Object.keys(json['paths'] as object).sort()).toEqual([
      '/api/aggregate',
      '/api/info',
      '/api/public/reports',
      '/api/public/reports/{id}',
      '/api/reports',
      '/api/reports/{id}',
      '/api/reports/{id}/file',
      '/api/reports/{id}/publish',
      '/api/reports/{id}/return',
      '/api/reports/{id}/unpublish',
      '/api/reports/{id}/versions',
      '/api/reports/{id}/versions/{n}',
      '/api/units',
    ]);
    // 公开 asks for the reviewer's confirmation in its body; the other steps do not take it.
    const body = (path: string) =>
      (
        json['paths'] as Record<
          string,
          { post: { requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> } } }
        >
      )[path]?.post.requestBody.content['application/json']?.schema.properties ?? {};
    expect(Object.keys(body('/api/reports/{id}/publish')).sort()).toEqual([
      'confidentialityReviewed',
      'reason',
      'version',
    ]);
    expect(Object.keys(body('/api/reports/{id}/file')).sort()).toEqual([
      'confidentialityReviewed',
      'reason',
      'version',
    ]);
  });

  it('counts a returned report nowhere until the unit submits again, and with ?status=filed only filed and published reports', async () => {
    const figures = (value: number) => [
      { indicator: 'disputes.handled', label: '排查化解矛盾纠纷', value, unit: '件', qualifier: 'exact' as const },
    ];
    const report = (name: string, value: number) => ({
      ...makeReport({
        year: 2022,
        issuedOn: '2023-01-18',
        unit: { name, level: 'town' },
        issuer: `${name}人民政府`,
        title: `${name}2022年法治政府建设工作情况的报告`,
        metrics: figures(value),
      }),
      confidentialityReviewed: true,
    });
    const east = await addToken(store, 'unit', '甲镇', 'town');
    const west = await addToken(store, 'unit', '乙镇', 'town');
    const { id: eastId } = (await call('POST', '/api/reports', east, report('甲镇', 30))).json as { id: string };
    const { id: westId } = (await call('POST', '/api/reports', west, report('乙镇', 12))).json as { id: string };
    type Counted = {
      units: { reported: number; missing: string[] };
      indicators: Record<string, { total: number }>;
      counted: string[];
      workflow: Record<string, { status: string; id: string; version: number }>;
    };
    const totals = async (query = '') =>
      (await call('GET', `/api/aggregate?year=2022${query}`, reviewer)).json as unknown as Counted;
    expect((await totals()).indicators['disputes.handled']?.total).toBe(42);

    await call('POST', `/api/reports/${eastId}/return`, reviewer, { reason: '数字有误' });
    const returned = await totals();
    expect(returned.indicators['disputes.handled']?.total).toBe(12);
    expect(returned.units.reported).toBe(1);
    expect(returned.units.missing).toContain('甲镇');
    expect(returned.workflow['甲镇']).toEqual({ status: 'returned', id: eastId, version: 1 });
    expect(returned.workflow['乙镇']).toEqual({ status: 'submitted', id: westId, version: 1 });

    await call('POST', '/api/reports', east, report('甲镇', 31));
    expect((await totals()).indicators['disputes.handled']?.total).toBe(43);
    // Only what the county has filed (or published) counts with ?status=filed.
    await call('POST', `/api/reports/${westId}/file`, reviewer);
    const filed = await totals('&status=filed');
    expect(filed.counted).toEqual(['filed', 'published']);
    expect(filed.indicators['disputes.handled']?.total).toBe(12);
    expect(filed.units.missing).toContain('甲镇');
    expect((await totals()).counted).toEqual(['submitted', 'filed', 'published']);
  });

  it('takes a report whose unit is written as its government or with spaces as its unit’s, and one of another unit not at all', async () => {
    const unit = await addToken(store, 'unit', '城关镇人民政府', 'town');
    const body = (name: string) =>
      makeReport({
        year: 2021,
        issuedOn: '2022-01-18',
        unit: { name, level: 'town' },
        issuer: '城关镇人民政府',
        title: '城关镇2021年法治政府建设工作情况的报告',
      });
    const first = await call('POST', '/api/reports', unit, body('城关镇 人民政府'));
    expect(first.status).toBe(201);
    expect((await call('GET', `/api/reports/${String(first.json['id'])}`, unit)).json['unit']).toBe('城关镇');
    expect((await call('POST', '/api/reports', unit, body('城关镇'))).json).toMatchObject({
      id: first.json['id'],
      version: 2,
    });
    expect((await call('POST', '/api/reports', unit, body('东关镇'))).json.error?.code).toBe('other_unit');
  });

  it('leaves no report stuck: one filed can be returned, one published unpublished, each reason kept with who and when', async () => {
    const unit = await addToken(store, 'unit', '红星镇', 'town');
    const town = {
      ...makeReport({
        unit: { name: '红星镇', level: 'town' },
        issuer: '红星镇人民政府',
        title: '红星镇2023年法治政府建设工作情况的报告',
      }),
      confidentialityReviewed: true,
    };
    const { id } = (await call('POST', '/api/reports', unit, town)).json as { id: string };
    expect((await call('POST', `/api/reports/${id}/file`, reviewer)).json).toMatchObject({ status: 'filed' });
    // A filed report goes back to the unit, with a reason, and comes back as a new version.
    expect(
      (await call('POST', `/api/reports/${id}/return`, reviewer, { reason: '备案后发现数据有误' })).json,
    ).toMatchObject({ status: 'returned' });
    expect((await call('POST', '/api/reports', unit, town)).json).toMatchObject({
      id,
      version: 2,
      status: 'submitted',
    });
    await call('POST', `/api/reports/${id}/file`, reviewer);
    expect(
      (await call('POST', `/api/reports/${id}/publish`, reviewer, { confidentialityReviewed: true })).json,
    ).toMatchObject({ status: 'published' });
    // 撤销公开 needs a reason, and leaves the report filed, to be published again or returned.
    expect((await call('POST', `/api/reports/${id}/unpublish`, reviewer, {})).json.error?.code).toBe('reason_required');
    const withdrawn = await call('POST', `/api/reports/${id}/unpublish`, reviewer, { reason: '含未经保密审查的附件' });
    expect(withdrawn.json).toMatchObject({ status: 'filed', publishedOn: null });
    expect((await call('GET', '/api/public/reports?year=2023')).json['reports']).not.toContainEqual(
      expect.objectContaining({ unit: '红星镇' }),
    );
    const { history } = (await call('GET', `/api/reports/${id}`, unit)).json as {
      history: { action: string; from: string | null; to: string; by: string; at: string; reason: string | null }[];
    };
    expect(history.map((step) => [step.action, step.from, step.to, step.by, step.reason])).toEqual([
      ['submit', null, 'submitted', '红星镇', null],
      ['file', 'submitted', 'filed', '县依法治县办', null],
      ['return', 'filed', 'returned', '县依法治县办', '备案后发现数据有误'],
      ['submit', 'returned', 'submitted', '红星镇', null],
      ['file', 'submitted', 'filed', '县依法治县办', null],
      ['publish', 'filed', 'published', '县依法治县办', null],
      ['unpublish', 'published', 'filed', '县依法治县办', '含未经保密审查的附件'],
    ]);
    expect(history.every((step) => /^\d{4}-\d\d-\d\dT/.test(step.at))).toBe(true);
  });

  // The table drives the test: every action tried from every state, by each kind of token.
  describe('follows the table of transitions', () => {
    let n = 0;
    // A fresh unit's report brought to `status` the way a county would.
    const reportIn = async (status: ReportStatus): Promise<{ id: string; unit: string }> => {
      const name = `表${++n}镇`;
      const unit = await addToken(store, 'unit', name, 'town');
      const report = {
        ...makeReport({
          unit: { name, level: 'town' },
          issuer: `${name}人民政府`,
          title: `${name}2023年法治政府建设工作情况的报告`,
        }),
        confidentialityReviewed: true,
      };
      const { id } = (await call('POST', '/api/reports', unit, report)).json as { id: string };
      const path: Record<ReportStatus, string[]> = {
        submitted: [],
        returned: ['return'],
        filed: ['file'],
        published: ['file', 'publish'],
      };
      for (const action of path[status])
        expect(
          (
            await call('POST', `/api/reports/${id}/${action}`, reviewer, {
              reason: '原因',
              confidentialityReviewed: true,
            })
          ).status,
        ).toBe(200);
      return { id, unit };
    };
    const cases = STATUSES.flatMap((status) =>
      TRANSITIONS.filter((transition) => transition.action !== 'submit').map(
        (transition) => [status, transition.action, transition.from.includes(status)] as const,
      ),
    );
    it.each(cases)('from %s, %s is allowed: %s', async (status, action, allowed) => {
      const { id, unit } = await reportIn(status);
      expect(
        (await call('POST', `/api/reports/${id}/${action}`, unit, { reason: '原因', confidentialityReviewed: true }))
          .status,
      ).toBe(403);
      const answer = await call('POST', `/api/reports/${id}/${action}`, reviewer, {
        reason: '原因',
        confidentialityReviewed: true,
      });
      expect(answer.status).toBe(allowed ? 200 : 409);
      if (allowed) expect(answer.json['status']).toBe(transitionOf(action).to);
      else expect(answer.json.error?.code).toBe('conflict');
    });
    it.each(STATUSES.map((status) => [status, transitionOf('submit').from.includes(status)] as const))(
      'from %s, the unit may submit again: %s',
      async (status, allowed) => {
        const { id, unit } = await reportIn(status);
        const name = (await store.report(id))?.unit ?? '';
        const again = await call('POST', '/api/reports', unit, {
          ...makeReport({
            unit: { name, level: 'town' },
            issuer: `${name}人民政府`,
            title: `${name}2023年法治政府建设工作情况的报告`,
          }),
          confidentialityReviewed: true,
        });
        expect(again.status).toBe(allowed ? 201 : 409);
      },
    );
  });

  it('files a report lacking only the unit’s 保密审查 mark when the reviewer confirms it, as 公开 takes it, kept in the history', async () => {
    const unit = await addToken(store, 'unit', '西关镇', 'town');
    const { confidentialityReviewed: _reviewed, ...unmarked } = makeReport({
      year: 2022,
      issuedOn: '2023-01-18',
      unit: { name: '西关镇', level: 'town' },
      issuer: '西关镇人民政府',
      title: '西关镇2022年法治政府建设工作情况的报告',
    });
    const sent = await call('POST', '/api/reports', unit, unmarked);
    expect(sent.status).toBe(201);
    const id = String(sent.json['id']);
    // The town was told the county checks it, not that it must mend it.
    expect(
      (sent.json['warnings'] as { code: string; message: string }[]).find(
        (issue) => issue.code === 'confidentiality_review_missing',
      )?.message,
    ).toMatch(/^报告中没有注明已完成保密审查：县里备案、公开前会核对.*不必为此重新报送/);
    // Unconfirmed: refused, saying the reviewer can confirm it here, not that the unit must mend it.
    const unconfirmed = await call('POST', `/api/reports/${id}/file`, reviewer, { confidentialityReviewed: false });
    expect(unconfirmed.status).toBe(422);
    expect(unconfirmed.json.error?.code).toBe('confidentiality_unconfirmed');
    expect(unconfirmed.json.error?.message).toContain('县里审核人可以在这里确认');
    expect(unconfirmed.json.error?.message).not.toContain('须完成保密审查，并注明');
    const english = await call('POST', `/api/reports/${id}/file`, reviewer, {}, { 'accept-language': 'en' });
    expect(english.json.error?.message).toMatch(/^Cannot file yet: .*the county reviewer can confirm it here/);
    // Confirmed by the reviewer: filed, the confirmation kept with the step, who and when.
    const filed = await call('POST', `/api/reports/${id}/file`, reviewer, {
      version: 1,
      confidentialityReviewed: true,
    });
    expect(filed.json).toMatchObject({ status: 'filed' });
    const history = (await call('GET', `/api/reports/${id}`, reviewer)).json['history'] as Record<string, unknown>[];
    expect(history.at(-1)).toMatchObject({
      action: 'file',
      by: '县依法治县办',
      at: '2024-01-26T08:00:00.000Z',
      confidentialityReviewed: true,
    });
    // 公开 takes the same confirmation: the report never needs the unit's mark to be published.
    const published = await call('POST', `/api/reports/${id}/publish`, reviewer, { confidentialityReviewed: true });
    expect(published.json).toMatchObject({ status: 'published' });
  });
});
