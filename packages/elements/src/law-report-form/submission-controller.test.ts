import { formatMessage, type Report } from '@law-report/core/model';
import { makeSection } from '@law-report/core/testing';
import type { ReactiveControllerHost } from 'lit';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { stringsOf } from '../internal/strings.js';
import { SubmissionController } from './submission-controller.js';
import { townReport } from '../internal/town-report.js';

// The unit's side of a real collection server (tests/setup/collection-server.ts), as 东城镇.
// Its reports here are of 2021, a year no other test file sends, so their states are this file's own.
const server = inject('collectionServer');
const YEAR = 2021;
const m = stringsOf('zh-CN');

// Its sections titled without a year, so the server's warnings are about what a test puts in.
const report = (overrides: Partial<Report> = {}) =>
  townReport('东城镇', YEAR, {
    sections: (['duties', 'measures', 'shortcomings', 'plans', 'other'] as const).map((kind) =>
      makeSection(kind, { title: m.kinds[kind] }),
    ),
    ...overrides,
  });

// A form around the submission: what it holds, what came in from the server, where focus was sent.
function setUp({
  token = server.otherUnit,
  endpoint = server.endpoint as string | undefined,
  pristine = false,
  edited = false,
} = {}) {
  const form = {
    token: token as string | undefined,
    endpoint,
    pristine,
    edited,
    loaded: [] as unknown[],
    focus: [] as { selector: string; said: string | undefined }[],
    updates: 0,
    deadlinesFound: 0,
  };
  const host: ReactiveControllerHost = {
    addController: () => {},
    removeController: () => {},
    requestUpdate: () => void form.updates++,
    updateComplete: Promise.resolve(true),
  };
  const submission = new SubmissionController(host, {
    endpoint: () => form.endpoint,
    token: () => form.token,
    locale: () => 'zh-CN',
    pristine: () => form.pristine,
    edited: () => form.edited,
    // A report loaded is in the form: it is no longer empty (an empty form offers the newest returned year of all).
    load: (value) => {
      form.loaded.push(value);
      form.pristine = false;
    },
    // The form holds what was loaded last, as the element's draft does.
    current: () => structuredClone(form.loaded.at(-1) as Report),
    focusAfter: async (selector, said) => void form.focus.push({ selector, said }),
    offer: async (selector) => void form.focus.push({ selector, said: undefined }),
    offered: () => undefined,
    publicHref: () => undefined,
    deadlinesFound: () => void form.deadlinesFound++,
  });
  return { submission, form };
}

// 提交, and 仍然提交 when the county already holds the year (the file's tests send 2021 again and again).
async function sendAgreed(submission: SubmissionController, sent: Report) {
  const first = await submission.send(sent);
  if (!('asked' in first)) return first;
  submission.agree(first.asked);
  return submission.send(sent);
}

async function call(path: string, token: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${server.endpoint}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.ok, `${path}: HTTP ${response.status}`).toBe(true);
  return response.json();
}

// The town sends the year's report, and the county returns it with `reason`.
async function returnedByCounty(reason: string, sent: Report): Promise<{ id: string; version: number }> {
  const { id, version } = (await call('/reports', server.otherUnit, sent)) as { id: string; version: number };
  await call(`/reports/${id}/return`, server.reviewer, { reason });
  return { id, version };
}

afterEach(async () => {
  // The year left as submitted, whatever a test did to it, so an empty form elsewhere opens nothing of it.
  const { reports } = (await call('/reports', server.otherUnit)) as { reports: { year: number; status: string }[] };
  if (reports.some((record) => record.year === YEAR && record.status === 'returned'))
    await call('/reports', server.otherUnit, report());
});

describe('SubmissionController', () => {
  // The test server keeps no county deadlines: its `/info` answer is given some, as `serve --deadlines` and a roster's
  // deadline column would give them.
  async function withInfo(given: object, test: () => Promise<void>): Promise<void> {
    const real = window.fetch;
    window.fetch = async (input, init) => {
      const answer = await real(input, init);
      if (!String(input).endsWith('/info')) return answer;
      return Response.json({ ...((await answer.json()) as object), deadlines: null, ownDeadline: null, ...given });
    };
    try {
      await test();
    } finally {
      window.fetch = real;
    }
  }

  it('takes the county’s deadlines from its server, checked, with the unit’s own day, and tells the form they came', async () => {
    const report = { year: 2023, unit: { name: '东城镇', level: 'town' as const } };
    await withInfo({ deadlines: { submit: { town: '01-31' } } }, async () => {
      const { submission, form } = setUp();
      expect(await submission.ownUnit()).toBe('东城镇');
      await expect.poll(() => submission.deadlinesFor(report)).toEqual({ submit: { town: '01-31' } });
      expect(form.deadlinesFound).toBe(1);
    });
    // The unit's own day on the roster, for the year it is for (an extension to 2月15日 for the 2023 reports).
    await withInfo({ deadlines: { submit: { town: '01-31' } }, ownDeadline: '2024-02-15' }, async () => {
      const { submission } = setUp();
      await submission.ownUnit();
      await expect.poll(() => submission.deadlinesFor(report)).toEqual({ submit: { town: '02-15' } });
      expect(submission.deadlinesFor({ ...report, year: 2024 })).toEqual({ submit: { town: '01-31' } });
    });
    // Deadlines that are not deadlines are not used: the form keeps its own (or the defaults).
    await withInfo({ deadlines: { submit: { town: '13-45' } } }, async () => {
      const { submission, form } = setUp();
      await submission.ownUnit();
      await expect.poll(() => form.deadlinesFound).toBe(1);
      expect(submission.deadlinesFor(report)).toBeUndefined();
    });
  });

  it('forgets one server’s deadlines when it asks another, which set none', async () => {
    const { submission, form } = setUp();
    const report = { year: 2023, unit: { name: '东城镇', level: 'town' as const } };
    await withInfo({ deadlines: { submit: { town: '01-31' } } }, async () => {
      await submission.ownUnit();
      await expect.poll(() => submission.deadlinesFor(report)).toEqual({ submit: { town: '01-31' } });
    });
    // Another token on the same server (or another server): what it says, nothing here.
    form.token = server.unit;
    await withInfo({}, async () => {
      await submission.ownUnit();
      await expect.poll(() => form.deadlinesFound).toBe(2);
      expect(submission.deadlinesFor(report)).toBeUndefined();
    });
  });

  it('is connected only with both an endpoint and a token, and asks nothing otherwise', async () => {
    const noToken = setUp({ token: '' });
    const noEndpoint = setUp({ endpoint: '' });
    expect(noToken.submission.connected).toBe(false);
    expect(noEndpoint.submission.connected).toBe(false);
    expect(setUp().submission.connected).toBe(true);
    await noToken.submission.refresh(YEAR);
    expect(noToken.submission.reports).toBeUndefined();
    expect(noToken.form.updates).toBe(0);
  });

  it('sends a report and says which version the county has, its status and the time in China', async () => {
    const { submission, form } = setUp();
    const sending = submission.send(report());
    expect(submission.busy).toBe(true);
    const outcome = await sending;
    expect(submission.busy).toBe(false);
    expect(outcome).toBe(submission.outcome);
    expect(outcome.ok).toBe(true);
    const text = 'text' in outcome ? outcome.text : '';
    expect(text).toMatch(/^已报送到县里（第 \d+ 版），状态：已提交，\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d。/);
    const warnings = 'warnings' in outcome ? outcome.warnings : [];
    // A 2021 report sent today is late (named for the county's receipt: it typed no 报送日期), and 保密审查 is not marked done: the server's warnings are counted after the sentence.
    expect(warnings.map((issue) => issue.code).sort()).toEqual(['confidentiality_review_missing', 'late_receipt']);
    expect(text).toMatch(/。另有 2 点请留意，见下方。$/);
    // The list is read again: the year is there, submitted, in the version just said.
    await expect.poll(() => submission.reports?.find((record) => record.year === YEAR)?.status).toBe('submitted');
    const version = submission.reports?.find((record) => record.year === YEAR)?.version;
    expect(text).toContain(`第 ${version} 版`);
    expect(form.loaded).toEqual([]);
    // Another report opened in the form: what was said of the one sent is over (it stood beside 2022's 检查报告).
    await submission.open(
      submission.reports?.find((record) => record.year === YEAR),
      true,
    );
    expect(form.loaded).toHaveLength(1);
    expect(submission.outcome).toBeUndefined();
  });

  it('says how many figures the county’s server asks the town to look at', async () => {
    const sent = report();
    const measures = sent.sections.find((section) => section.kind === 'measures');
    sent.metrics.push({
      indicator: 'publicity.events',
      label: '开展普法活动',
      value: 5000,
      unit: '场',
      qualifier: 'exact',
      ...(measures ? { sectionId: measures.id } : {}),
    });
    const outcome = await sendAgreed(setUp().submission, sent);
    expect(outcome.ok).toBe(true);
    const warnings = 'warnings' in outcome ? outcome.warnings : [];
    expect(warnings.some((issue) => issue.path[0] === 'metrics')).toBe(true);
    expect(warnings.every((issue) => issue.severity === 'warning')).toBe(true);
    expect('text' in outcome && outcome.text).toMatch(new RegExp(`另有 ${warnings.length} 点请留意，见下方。$`));
  });

  it('hands back the server’s issues when it finds the report wanting', async () => {
    const outcome = await sendAgreed(setUp().submission, report({ sections: [makeSection('measures')] }));
    expect(outcome.ok).toBe(false);
    const issues = 'issues' in outcome ? outcome.issues : [];
    expect(issues.some((issue) => issue.severity === 'error' && issue.message.includes('缺少法定内容'))).toBe(true);
  });

  it('says why not when the token is another unit’s', async () => {
    const outcome = await setUp({ token: server.unit }).submission.send(report());
    expect(outcome).toMatchObject({ ok: false });
    expect('text' in outcome && outcome.text).toMatch(
      /^报送没有成功：.*而您登录的单位是“北留镇”：每个单位只能报送、查看本单位的报告。请核对报告中的单位名称。$/,
    );
  });

  it('asks nothing about a year the signed-in unit holds when the report is another unit’s: the server says why not', async () => {
    // 1997: this test's own year for 北留镇, held before the 东城镇 report of the same year is sent with its token.
    await call('/reports', server.unit, townReport('北留镇', 1997));
    const { submission } = setUp({ token: server.unit });
    const outcome = await submission.send(townReport('东城镇', 1997));
    expect(submission.asking).toBeUndefined();
    expect('text' in outcome && outcome.text).toMatch(/^报送没有成功：.*而您登录的单位是“北留镇”/);
  });

  it('asks nothing from a list it could not read again: with the network down it says nothing was sent', async () => {
    await call('/reports', server.otherUnit, report());
    const { submission, form } = setUp();
    await submission.refresh(YEAR);
    expect(submission.reports?.some((record) => record.year === YEAR)).toBe(true);
    form.endpoint = 'http://127.0.0.1:9/api';
    expect(await submission.send(report({ issuer: '东城镇人民政府（断网时改的）' }))).toEqual({
      ok: false,
      text: m.form.sendOffline,
    });
    expect(submission.asking).toBeUndefined();
  });

  it('says the report was not sent when the server cannot be reached', async () => {
    const { submission } = setUp({ endpoint: 'http://127.0.0.1:9/api' });
    expect(await submission.send(report())).toEqual({ ok: false, text: m.form.sendOffline });
    expect(submission.busy).toBe(false);
  });

  it('says why the list cannot be read: the server’s word for a token it does not know, or no connection', async () => {
    const stranger = setUp({ token: 'not-a-token' });
    await stranger.submission.refresh(YEAR);
    expect(stranger.submission.reports).toBeUndefined();
    expect(stranger.submission.listError).toEqual(expect.any(String));
    expect(stranger.submission.listError).not.toBe(m.form.noConnection);

    const offline = setUp({ endpoint: 'http://127.0.0.1:9/api' });
    await offline.submission.refresh(YEAR);
    expect(offline.submission.listError).toBe(m.form.noConnection);
  });

  it('lists the unit’s reports, newest year first, with nothing returned', async () => {
    await call('/reports', server.otherUnit, report());
    const { submission } = setUp();
    await submission.refresh(YEAR);
    expect(submission.listError).toBeUndefined();
    const years = submission.reports?.map((record) => record.year) ?? [];
    expect(years).toContain(YEAR);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(submission.returned).toBeUndefined();
  });

  it('in an empty form, reads the county’s reason and opens the version it returned', async () => {
    const { id, version } = await returnedByCounty(
      '请补充保密审查情况',
      report({ issuer: '东城镇人民政府（退回前）' }),
    );
    const { submission, form } = setUp({ pristine: true });
    await submission.refresh(YEAR);
    expect(submission.returned).toEqual({ id, year: YEAR, version, reason: '请补充保密审查情况' });
    expect(form.loaded).toHaveLength(1);
    expect(form.loaded[0]).toMatchObject({ issuer: '东城镇人民政府（退回前）' });
    expect(submission.loaded).toEqual({ id, version });
    // Focus starts on the county's reason.
    expect(form.focus).toEqual([
      { selector: '#returned', said: formatMessage(m.form.opened, { year: YEAR, version }) },
    ]);
    // Read again, it is not opened twice.
    await submission.refresh(YEAR);
    expect(form.loaded).toHaveLength(1);
  });

  it('over a person’s changes, opens the returned version only once they agree, and keeps the changes when they do not', async () => {
    const { id, version } = await returnedByCounty('数据有误', report({ issuer: '东城镇人民政府（有误）' }));
    const { submission, form } = setUp({ edited: true });
    await submission.refresh(YEAR);
    expect(submission.returned).toMatchObject({ id, reason: '数据有误' });
    expect(form.loaded).toEqual([]);
    const record = submission.reports?.find((one) => one.id === id);
    await submission.open(record);
    expect(submission.opening).toBe(record);
    expect(form.focus).toEqual([{ selector: '#open-choice', said: undefined }]);
    expect(form.loaded).toEqual([]);
    submission.keep();
    expect(submission.opening).toBeUndefined();
    expect(form.loaded).toEqual([]);

    await submission.open(record, true);
    expect(submission.opening).toBeUndefined();
    expect(form.loaded).toEqual([expect.objectContaining({ issuer: '东城镇人民政府（有误）' })]);
    expect(submission.loaded).toEqual({ id, version });
  });

  it('forgets the county’s reason once the corrected report is sent, without asking: it opened the version returned', async () => {
    await returnedByCounty('请补充数据来源', report());
    const { submission, form } = setUp({ pristine: true });
    await submission.refresh(YEAR);
    expect(submission.returned?.reason).toBe('请补充数据来源');
    expect(form.loaded).toHaveLength(1);
    const outcome = await submission.send(report({ issuer: '东城镇人民政府（已改）' }));
    expect(outcome.ok).toBe(true);
    expect(submission.asking).toBeUndefined();
    expect(submission.returned).toBeUndefined();
    await expect.poll(() => submission.reports?.find((record) => record.year === YEAR)?.status).toBe('submitted');
    expect(submission.returned).toBeUndefined();
  });

  it('sends a correction of a returned report without asking, from a form that did not open it (a draft restored)', async () => {
    const { version } = await returnedByCounty('请补充数据来源', report());
    // A person's draft is in the form (restored after a reload): the returned version was never opened here.
    const { submission, form } = setUp({ edited: true });
    await submission.refresh(YEAR);
    expect(form.loaded).toEqual([]);
    const outcome = await submission.send(report({ issuer: '东城镇人民政府（按退回意见改正）' }));
    expect(outcome).toMatchObject({ ok: true });
    expect(submission.asking).toBeUndefined();
    await expect.poll(() => submission.reports?.find((record) => record.year === YEAR)?.version).toBe(version + 1);
  });

  it('asks before sending over a version returned since the one the form was told of (a colleague’s)', async () => {
    const { id } = await returnedByCounty('请补充数据来源', report());
    const { submission, form } = setUp({ edited: true });
    await submission.refresh(YEAR);
    expect(submission.returned?.reason).toBe('请补充数据来源');
    // A colleague sends the year again and the county returns that version too, while this form still shows the first.
    const later = (await call('/reports', server.otherUnit, report({ issuer: '东城镇人民政府（同事改的）' }))) as {
      version: number;
    };
    await call(`/reports/${id}/return`, server.reviewer, { reason: '第二次退回' });
    const outcome = await submission.send(report({ issuer: '东城镇人民政府（我改的）' }));
    expect(outcome).toEqual({
      ok: false,
      asked: expect.objectContaining({ id, version: later.version, status: 'returned' }),
    });
    expect(form.focus.at(-1)).toEqual({ selector: '#held-ask', said: undefined });
  });

  it('says it could not open a report the server no longer has', async () => {
    const { submission, form } = setUp();
    await submission.open(
      { id: 'no-such-report', year: YEAR, status: 'returned', version: 1, updatedAt: '', publishedOn: null },
      true,
    );
    expect(submission.listError).toBe(m.form.openFailed);
    expect(form.loaded).toEqual([]);
  });

  it('asks before sending a new version of a year the county holds over another one, and sends it once agreed', async () => {
    // 2001: this test's own year for 东城镇.
    const year = 2001;
    const held = (await call('/reports', server.otherUnit, townReport('东城镇', year))) as { version: number };
    const versionNow = async () => {
      const { reports } = (await call('/reports', server.otherUnit)) as {
        reports: { year: number; version: number }[];
      };
      return reports.find((record) => record.year === year)?.version;
    };
    const { submission, form } = setUp();
    const again = townReport('东城镇', year, { issuer: '东城镇人民政府（新写的）' });
    const outcome = await submission.send(again);
    expect(outcome).toEqual({ ok: false, asked: expect.objectContaining({ year, version: held.version }) });
    expect(submission.asking).toMatchObject({ year, version: held.version, status: 'submitted' });
    expect(submission.busy).toBe(false);
    expect(form.focus.at(-1)).toEqual({ selector: '#held-ask', said: undefined });
    expect(await versionNow()).toBe(held.version);

    submission.decline();
    expect(submission.asking).toBeUndefined();
    expect(form.focus.at(-1)).toEqual({ selector: 'button[part~="submit"]', said: undefined });
    // Declined, the next 提交 asks again; agreed, it sends.
    expect(await submission.send(again)).toMatchObject({ ok: false, asked: { year } });
    submission.agree(submission.asking ?? expect.unreachable());
    const sent = await submission.send(again);
    expect(sent.ok).toBe(true);
    expect(submission.asking).toBeUndefined();
    expect(await versionNow()).toBe(held.version + 1);
    // Now the form holds the county's latest: changed again, it is sent without asking.
    expect((await submission.send(townReport('东城镇', year, { issuer: '东城镇人民政府' }))).ok).toBe(true);
  });

  it('says a year the county has filed cannot be sent again, and sends nothing', async () => {
    // 2002: this test's own year for 东城镇.
    const year = 2002;
    const { id, version } = (await call(
      '/reports',
      server.otherUnit,
      townReport('东城镇', year, { confidentialityReviewed: true }),
    )) as { id: string; version: number };
    await call(`/reports/${id}/file`, server.reviewer, {});
    const { submission } = setUp();
    const outcome = await submission.send(townReport('东城镇', year, { issuer: '东城镇人民政府（更正）' }));
    // How to have it back is said with it: asked of the county, returned.
    expect(outcome).toEqual({
      ok: false,
      text: expect.stringMatching(
        new RegExp(
          `^县里已有本单位${year}年的报告（第 ${version} 版，已备案，\\d{4}年\\d{1,2}月\\d{1,2}日）。县里已备案的报告不能再提交。要修改，请联系县里把它退回本单位，退回后在这里改好再提交。$`,
        ),
      ),
    });
    expect(submission.asking).toBeUndefined();
    const { reports } = (await call('/reports', server.otherUnit)) as {
      reports: { year: number; version: number; status: string }[];
    };
    expect(reports.find((record) => record.year === year)).toMatchObject({ version, status: 'filed' });
  });
});
