import { chinaToday, formatChinaDate } from '@law-report/core/model';
import { beiliuReport, makeReport, makeSection } from '@law-report/core/testing';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { LawReportSubmitEvent } from '../events/law-report-submit-event.js';
import { axNodes } from '../internal/ax-tree.js';
import { seriousViolations } from '../internal/axe.js';
import './define.js';
import type { LawReportFormElement } from './law-report-form.js';

// The town's year against a real collection server (tests/setup/collection-server.ts): submit,
// see what became of it, get it back when the county returns it, correct it and submit again.

const server = inject('collectionServer');

async function mount(
  report: unknown,
  attributes: Record<string, string> = {},
  token = server.unit,
): Promise<LawReportFormElement> {
  const element = document.createElement('law-report-form');
  element.setAttribute('endpoint', server.endpoint);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (report !== undefined) element.report = report as LawReportFormElement['report'];
  element.token = token;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const active = (element: LawReportFormElement) => element.shadowRoot?.activeElement;
const summary = () => page.getByRole('alert', { name: '报告没有报送' });

async function asCounty(path: string, body: unknown): Promise<void> {
  const response = await fetch(`${server.endpoint}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.reviewer}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
}

// The unit's report on `year` as the county tracks it (its latest version), if it has one.
async function countyHas(year: number): Promise<{ id: string; version: number; status: string } | undefined> {
  const response = await fetch(`${server.endpoint}/reports`, { headers: { authorization: `Bearer ${server.unit}` } });
  const { reports } = (await response.json()) as {
    reports: { id: string; year: number; version: number; status: string }[];
  };
  return reports.find((record) => record.year === year);
}

// Sends the unit's report as the unit, without the form.
async function asUnit(report: unknown): Promise<{ id: string; version: number }> {
  const response = await fetch(`${server.endpoint}/reports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.unit}`, 'content-type': 'application/json' },
    body: JSON.stringify(report),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; version: number };
}

// 北留镇's report on one of the years only this file's tests of a held year send (2001, 2002).
const ofYear = (year: number, overrides: Record<string, unknown> = {}) => ({
  ...beiliuReport(),
  year,
  title: `北留镇${year}年法治政府建设工作情况的报告`,
  issuedOn: `${year + 1}-01-20`,
  ...overrides,
});

// 提交, and 仍然提交 when the county already holds the year (an earlier test sent it): the test is about what comes after.
async function submitAnyway(element: LawReportFormElement): Promise<void> {
  await page.getByRole('button', { name: '提交' }).click();
  const settled = () =>
    element.shadowRoot?.querySelector('#held-ask, .summary') ??
    (element.shadowRoot?.querySelector('#sent')?.textContent ? true : null);
  await expect.poll(settled).toBeTruthy();
  const anyway = page.getByRole('button', { name: /^仍然提交/ });
  if (anyway.elements().length > 0) await anyway.click();
}

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe('<law-report-form> with a collection server (endpoint)', () => {
  it('offers the county’s own indicators its server keeps (serve --catalog), with no catalog on the page', async () => {
    const county = inject('catalogServer');
    const element = document.createElement('law-report-form');
    element.report = makeReport({ sections: [makeSection('measures', { id: 'a' })], metrics: [] });
    document.body.append(element);
    await element.updateComplete;
    // Searched before the server said anything: the built-in catalog has no 专职网格员.
    await page.getByLabelText('按名称或别称查找指标').fill('网格员');
    await expect.element(page.getByText(/^没有找到。/)).toBeVisible();
    // Signed in to the county's server, the same search finds the county's own indicator once the server said it.
    element.setAttribute('endpoint', county.endpoint);
    element.token = county.unit;
    await expect.element(page.getByRole('button', { name: /^添加：专职网格员/ })).toBeVisible();
    await page.getByRole('button', { name: /^添加：专职网格员/ }).click();
    expect(element.value.metrics).toEqual([
      expect.objectContaining({ indicator: 'x-longquan.gridMembers', label: '专职网格员', unit: '名' }),
    ]);
    // The page's own catalog wins over the county's.
    element.catalog = JSON.parse(
      '{"namespace":"other","indicators":[{"name":"rooms","label":{"zh-CN":"调解室","en":"Mediation rooms"},"units":["处"],"kind":"count"}]}',
    ) as LawReportFormElement['catalog'];
    await element.updateComplete;
    await page.getByLabelText('按名称或别称查找指标').fill('网格员');
    await expect.element(page.getByRole('button', { name: /^添加：专职网格员/ })).not.toBeInTheDocument();
  });

  it('says beside 提交, focused, which version the county has, its status and the time in China, and forgets the draft', async () => {
    const element = await mount(beiliuReport(), { 'draft-key': 'beiliu-sent' });
    const submitted: LawReportSubmitEvent[] = [];
    element.addEventListener('law-report-submit', (event) => submitted.push(event));
    await page.getByLabelText(/落款单位/).fill('北留镇人民政府');
    // A section deleted and put back: the live region has said 已恢复… before 提交.
    await page
      .getByRole('button', { name: /^删除章节/ })
      .first()
      .click();
    await page.getByRole('button', { name: '撤销删除' }).click();
    await expect.poll(() => element.shadowRoot?.querySelector('#announce')?.textContent).toMatch(/^已恢复/);
    await page.getByRole('button', { name: '提交' }).click();
    const status = page.getByRole('status').filter({ hasText: '已报送到县里' });
    await expect
      .element(status)
      .toHaveTextContent(
        /^已报送到县里（第 \d+ 版），状态：已提交，\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d。(另有 \d+ 点请留意，见下方。)?$/,
      );
    await expect.poll(() => active(element)?.id).toBe('sent');
    expect(submitted).toHaveLength(1);
    // The hidden live region says nothing of before (已添加…, 已恢复草稿): the status beside 提交 speaks.
    expect(element.shadowRoot?.querySelector('#announce')?.textContent).toBe('');
    // The unit's reports, with the year's status.
    await expect
      .element(page.getByRole('table', { name: '本单位报送的报告' }).getByRole('row', { name: /2023/ }))
      .toHaveTextContent('已提交');

    // A reload offers no draft of what the county already has (pagehide saves nothing).
    dispatchEvent(new Event('pagehide'));
    element.remove();
    await mount(undefined, { 'draft-key': 'beiliu-sent' });
    expect(page.getByRole('button', { name: '恢复草稿' }).elements()).toHaveLength(0);
  });

  it('does not send the same report twice: a second 提交 with no change says the county has it already', async () => {
    // A year of its own: the desk's and the dashboard's tests count this server's reports on theirs.
    const report = {
      ...beiliuReport(),
      year: 2016,
      title: '北留镇2016年法治政府建设工作情况的报告',
      issuedOn: '2017-01-20',
    };
    const element = await mount(report);
    await page.getByRole('button', { name: '提交' }).click();
    const sent = page.getByRole('status').filter({ hasText: '已报送到县里' });
    await expect.element(sent).toHaveTextContent(/第 (\d+) 版/);
    const version = /第 (\d+) 版/.exec(sent.element().textContent ?? '')?.[1];
    // 检查报告 finds nothing to correct, but does not say 可以提交 of what the county has already.
    await page.getByRole('button', { name: '检查报告' }).click();
    await expect
      .element(page.getByRole('status').filter({ hasText: '检查完毕' }))
      .toHaveTextContent(/^检查完毕：没有需要改正的错误。/);
    await page.getByRole('button', { name: '提交' }).click();
    await expect
      .element(summary())
      .toHaveTextContent(`这份报告和县里已有的第 ${version} 版一样，没有改动，无需再次报送。`);
    await expect.poll(() => active(element)?.classList.contains('summary')).toBe(true);
    // Opened again from the county's list (a reload, another day), unchanged: still nothing to send.
    element.remove();
    const reopened = await mount(undefined);
    await page
      .getByRole('table', { name: '本单位报送的报告' })
      .getByRole('button', { name: '打开2016年的报告' })
      .click();
    await expect.poll(() => reopened.value.year).toBe(2016);
    await page.getByRole('button', { name: '提交' }).click();
    await expect
      .element(summary())
      .toHaveTextContent(`这份报告和县里已有的第 ${version} 版一样，没有改动，无需再次报送。`);
    // A change is a new version.
    await page.getByLabelText(/落款单位/).fill('北留镇人民政府（盖章）');
    await page.getByRole('button', { name: '提交' }).click();
    await expect
      .element(page.getByRole('status').filter({ hasText: '已报送到县里' }))
      .toHaveTextContent(`第 ${Number(version) + 1} 版`);
  });

  it('offers, in an empty form after a reload, the report the county already has on the year shown', async () => {
    // A year of its own (the dashboard's tests count this server's years 2018–2020, the desk's theirs).
    const year = 2004;
    const title = `北留镇${year}年法治政府建设工作情况的报告`;
    const first = await mount({ ...beiliuReport(), year, title, issuedOn: `${year + 1}-01-20` });
    await page.getByRole('button', { name: '提交' }).click();
    await expect.element(page.getByRole('status').filter({ hasText: '已报送到县里' })).toBeVisible();
    first.remove();
    // After a reload: a form with nothing typed yet, showing that year, and the unit's own name,
    // which the server gives its token (no one's writing: the report held is still offered).
    const element = await mount({ year });
    await expect.element(page.getByLabelText(/^单位名称/)).toHaveValue('北留镇');
    const held = page.getByRole('status').filter({ hasText: '县里已有本单位' });
    await expect
      .element(held)
      .toHaveTextContent(
        new RegExp(`^县里已有本单位${year}年的报告（第 \\d+ 版，已提交）。要查看或修改，请先打开它。`),
      );
    await held.getByRole('button', { name: `打开县里已有的${year}年报告` }).click();
    await expect.poll(() => element.value.title).toBe(title);
    expect(page.getByRole('status').filter({ hasText: '县里已有本单位' }).elements()).toHaveLength(0);
  });

  it('shows the unit’s reports whole in a phone’s 351 px column: no 打开 button scrolled out of sight', async () => {
    await fetch(`${server.endpoint}/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.unit}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        ...beiliuReport(),
        year: 2015,
        title: '北留镇2015年法治政府建设工作情况的报告',
        issuedOn: '2016-01-20',
      }),
    });
    const column = document.createElement('div');
    column.style.width = '351px';
    document.body.append(column);
    const element = document.createElement('law-report-form');
    element.setAttribute('endpoint', server.endpoint);
    element.token = server.unit;
    column.append(element);
    const table = page.getByRole('table', { name: '本单位报送的报告' });
    await expect.element(table.getByRole('button', { name: '打开2015年的报告' })).toBeInTheDocument();
    const right = column.getBoundingClientRect().right;
    const buttons = [...(table.element().querySelectorAll('button') ?? [])];
    expect(buttons.every((button) => button.getBoundingClientRect().right <= right + 0.5)).toBe(true);
    // Each button's words on one line, and a time broken, if at all, between its day and its hour.
    const lines = (element: Element, upTo = ' ') => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let text = walker.nextNode();
      while (text && !text.textContent?.trim()) text = walker.nextNode();
      if (!text) return 0;
      const end = (text.textContent ?? '').indexOf(upTo);
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, end < 0 ? (text.textContent ?? '').length : end);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    };
    for (const button of buttons) expect(lines(button), button.textContent ?? '').toBe(1);
    // 2026年12月5日 12:52: the day on one line.
    for (const cell of table.element().querySelectorAll('td.when')) expect(lines(cell), cell.textContent ?? '').toBe(1);
  });

  it('shows, after 提交, the figures the county’s server asks the town to look at', async () => {
    const report = beiliuReport();
    const measures = report.sections.find((section) => section.kind === 'measures');
    report.metrics.push({
      indicator: 'publicity.events',
      label: '开展普法活动',
      value: 5000,
      unit: '场',
      qualifier: 'exact',
      ...(measures ? { sectionId: measures.id } : {}),
    });
    const element = await mount(report);
    await submitAnyway(element);
    await expect
      .element(page.getByRole('status').filter({ hasText: '已报送到县里' }))
      .toHaveTextContent(/另有 \d+ 点请留意，见下方。$/);
    await expect.poll(() => active(element)?.id).toBe('sent');
    await expect.element(page.getByRole('group', { name: /县里的系统请您留意以下几点/ })).toHaveTextContent('5000');
  });

  it('tells the town after 提交 that the county checks 保密审查 itself, and names a late date the county’s receipt, beside the one typed', async () => {
    // 2025 is this test's own: sent today, long after the deadline, with an earlier 报送日期 typed and no 保密审查 marked.
    const { confidentialityReviewed: _reviewed, ...report } = makeReport({
      year: 2025,
      title: '北留镇2025年法治政府建设工作情况的报告',
      unit: { name: '北留镇', level: 'town' },
      issuer: '北留镇人民政府',
      issuedOn: '2026-01-10',
      submittedOn: '2026-01-15',
    });
    const element = await mount(report);
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => active(element)?.id).toBe('sent');
    const told = page.getByRole('group', { name: /县里的系统请您留意以下几点/ });
    await expect.element(told).toHaveTextContent(/县里备案、公开前会核对.*不必为此重新报送/);
    expect(told.element().textContent).not.toContain('公开前须完成保密审查');
    const late = told.getByRole('listitem').filter({ hasText: '晚于截止日期' });
    await expect
      .element(late)
      .toHaveTextContent(
        new RegExp(
          `^县里收到报告的日期 ${formatChinaDate(chinaToday(), 'zh-CN')} 晚于截止日期 \\d{4}年\\d{1,2}月\\d{1,2}日（逾期 \\d+ 天；是否逾期按县里首次收到的日期判断，报告中填写的报送日期是 2026年1月15日）。$`,
        ),
      );
    expect(await seriousViolations(element)).toEqual([]);

    // After a reload the notes are gone from beside 提交; the unit's list of reports still has them, folded.
    element.remove();
    const reloaded = await mount(undefined);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2025' }) });
    const notes = row.getByText(/^报送时县里的系统请您留意 \d+ 点（不影响这次报送）$/);
    await expect.element(notes).toBeVisible();
    (notes.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(row.getByRole('listitem').filter({ hasText: '不必为此重新报送' })).toBeVisible();
    expect(await seriousViolations(reloaded)).toEqual([]);
  });

  it('puts the server’s 422 issues in the error summary, focused', async () => {
    // A draft passes the form's own check; the server checks for submission.
    const element = await mount(makeReport({ sections: [makeSection('measures')] }), { profile: 'draft' });
    await submitAnyway(element);
    const issues = page.getByRole('alert', { name: '提交前请修改以下问题' });
    await expect.element(issues).toHaveTextContent('缺少法定内容');
    await expect.poll(() => active(element)?.classList.contains('summary')).toBe(true);
  });

  it('says why not in the error summary when the server refuses the token or cannot be reached, and keeps the draft', async () => {
    const element = await mount(beiliuReport(), {}, server.otherUnit);
    await page.getByRole('button', { name: '提交' }).click();
    await expect
      .element(summary())
      .toHaveTextContent('而您登录的单位是“东城镇”：每个单位只能报送、查看本单位的报告。请核对报告中的单位名称。');
    await expect.poll(() => active(element)?.classList.contains('summary')).toBe(true);
    expect(page.getByText('已报送到县里').elements()).toHaveLength(0);
    element.endpoint = 'http://127.0.0.1:9/api';
    await element.updateComplete;
    await page.getByRole('button', { name: '提交' }).click();
    await expect.element(summary()).toHaveTextContent('连不上报送服务器，报告没有报送。已填写的内容都还在');
    expect(element.value.title).toBe(beiliuReport().title);
  });

  it('shows a returned report’s reason and loads its latest version to correct; resubmitted, it is 已提交 again', async () => {
    const sent = await fetch(`${server.endpoint}/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.unit}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...beiliuReport(), issuer: '北留镇人民政府（退回前）' }),
    });
    const { id, version } = (await sent.json()) as { id: string; version: number };
    await asCounty(`/reports/${id}/return`, { reason: '请补充保密审查情况' });

    // An empty form (a new visit): the returned version comes in, with the reason at the top.
    const element = await mount(undefined);
    await expect
      .element(page.getByText('县里已退回这份报告，请修改后重新提交。退回原因：请补充保密审查情况'))
      .toBeVisible();
    await expect.poll(() => element.value.issuer).toBe('北留镇人民政府（退回前）');
    await expect.element(page.getByText(`已载入县里退回的第 ${version} 版`)).toBeVisible();
    // Focus starts on why it came back, not on 报告标题.
    await expect.poll(() => active(element)?.id).toBe('returned');
    expect(active(element)?.textContent).toContain('退回原因：请补充保密审查情况');
    await expect
      .element(page.getByRole('table', { name: '本单位报送的报告' }).getByRole('row', { name: /2023/ }))
      .toHaveTextContent('已退回');
    expect(await seriousViolations(element)).toEqual([]);

    await page.getByLabelText(/落款单位/).fill('北留镇人民政府');
    await page.getByRole('button', { name: '提交' }).click();
    await expect
      .element(page.getByRole('status').filter({ hasText: '已报送到县里' }))
      .toHaveTextContent(`第 ${version + 1} 版`);
    await expect
      .element(page.getByRole('table', { name: '本单位报送的报告' }).getByRole('row', { name: /2023/ }))
      .toHaveTextContent('已提交');
    expect(page.getByText('县里已退回这份报告').elements()).toHaveLength(0);
  });

  it('over a person’s typing, offers the returned version rather than replacing what was typed', async () => {
    const sent = await fetch(`${server.endpoint}/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.unit}`, 'content-type': 'application/json' },
      body: JSON.stringify(beiliuReport()),
    });
    const { id } = (await sent.json()) as { id: string };
    await asCounty(`/reports/${id}/return`, { reason: '数据有误' });
    const element = await mount(beiliuReport());
    await page.getByLabelText(/报告标题/).fill('我正在改的标题');
    // What 提交 would make of what is typed is said with the reason.
    await expect
      .element(page.getByRole('status').filter({ hasText: '县里已退回这份报告' }))
      .toHaveTextContent(
        /县里已有本单位2023年的报告（第 (\d+) 版，已退回，\d{4}年\d{1,2}月\d{1,2}日）。现在提交将作为第 \d+ 版，县里以新版本为准。/,
      );
    await page.getByRole('button', { name: /^载入退回的第 \d+ 版修改$/ }).click();
    await expect.element(page.getByRole('group', { name: /表单里有还没提交的修改/ })).toBeVisible();
    await page.getByRole('button', { name: '取消' }).click();
    expect(element.value.title).toBe('我正在改的标题');
    // Sent as it is (so later tests find the year submitted): not the version returned, but the county waits for a
    // new version of a returned report, and what 提交 makes of it is said above, so 提交 asks nothing more.
    await page.getByRole('button', { name: '提交' }).click();
    await expect.element(page.getByRole('status').filter({ hasText: '已报送到县里' })).toBeVisible();
    expect(page.getByRole('group', { name: /仍然提交吗/ }).elements()).toHaveLength(0);
  });

  it('keeps saying, over what is typed, that the county has the year, and asks on 提交 before making a new version: 取消 sends nothing', async () => {
    const first = await asUnit(ofYear(2001));
    // A clerk who does not know a colleague sent 2001: the form holds a report of that year, not the county's.
    const element = await mount(ofYear(2001, { issuer: '北留镇人民政府办公室' }));
    await page.getByLabelText(/落款单位/).fill('北留镇人民政府');
    const held = page.getByRole('status').filter({ hasText: '县里已有本单位' });
    await expect
      .element(held)
      .toHaveTextContent(
        new RegExp(
          `^县里已有本单位2001年的报告（第 ${first.version} 版，已提交，\\d{4}年\\d{1,2}月\\d{1,2}日）。现在提交将作为第 ${first.version + 1} 版，县里以新版本为准。`,
        ),
      );
    // Its copy opens over what is typed only once the clerk agrees.
    await held.getByRole('button', { name: '打开县里已有的2001年报告' }).click();
    const openAsk = page.getByRole('group', { name: /表单里有还没提交的修改/ });
    await expect.element(openAsk).toBeVisible();
    await openAsk.getByRole('button', { name: '取消' }).click();
    expect(element.value.issuer).toBe('北留镇人民政府');

    await page.getByRole('button', { name: '提交' }).click();
    const ask = page.getByRole('group', {
      name: `县里已有本单位2001年的报告（第 ${first.version} 版，已提交）。现在提交，这份表单将作为第 ${first.version + 1} 版，县里以新版本为准。仍然提交吗？`,
    });
    await expect.element(ask).toBeVisible();
    await expect.poll(() => active(element)?.id).toBe('held-ask');
    expect(await seriousViolations(element)).toEqual([]);
    await ask.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => active(element)?.textContent).toBe('提交');
    expect(page.getByRole('group', { name: /仍然提交吗/ }).elements()).toHaveLength(0);
    expect((await countyHas(2001))?.version).toBe(first.version);
    expect(page.getByText('已报送到县里').elements()).toHaveLength(0);

    // Asked again, and agreed: the county has the new version, and nothing more is said of the old.
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => active(element)?.id).toBe('held-ask');
    await page.getByRole('button', { name: `仍然提交（第 ${first.version + 1} 版）` }).click();
    await expect
      .element(page.getByRole('status').filter({ hasText: '已报送到县里' }))
      .toHaveTextContent(`已报送到县里（第 ${first.version + 1} 版）`);
    await expect.poll(() => active(element)?.id).toBe('sent');
    expect((await countyHas(2001))?.version).toBe(first.version + 1);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '县里已有本单位' }).elements()).toHaveLength(0);
  });

  it('sends without asking a returned report the clerk opened to correct', async () => {
    const { id, version } = await asUnit(ofYear(2002, { issuer: '北留镇人民政府（退回前）' }));
    await asCounty(`/reports/${id}/return`, { reason: '请补充数据来源' });
    // The form shows another year: opened from the list, the report brings its reason, focused.
    const element = await mount({ year: 2003 });
    await page
      .getByRole('table', { name: '本单位报送的报告' })
      .getByRole('button', { name: '打开2002年的报告' })
      .click();
    await expect.poll(() => element.value.issuer).toBe('北留镇人民政府（退回前）');
    await expect.poll(() => active(element)?.id).toBe('returned');
    expect(active(element)?.textContent).toContain('退回原因：请补充数据来源');
    await page.getByLabelText(/落款单位/).fill('北留镇人民政府');
    await page.getByRole('button', { name: '提交' }).click();
    await expect
      .element(page.getByRole('status').filter({ hasText: '已报送到县里' }))
      .toHaveTextContent(`已报送到县里（第 ${version + 1} 版）`);
    expect(page.getByRole('group', { name: /仍然提交吗/ }).elements()).toHaveLength(0);
  });

  it('says once that a returned report is sent back unchanged, with the county’s reason; 提交 again sends it', async () => {
    const { id, version } = await asUnit(ofYear(2002, { issuer: '北留镇人民政府（未改）' }));
    await asCounty(`/reports/${id}/return`, { reason: '请补充数据来源。' });
    const element = await mount({ year: 2003 });
    await page
      .getByRole('table', { name: '本单位报送的报告' })
      .getByRole('button', { name: '打开2002年的报告' })
      .click();
    await expect.poll(() => element.value.issuer).toBe('北留镇人民政府（未改）');
    await page.getByRole('button', { name: '提交' }).click();
    await expect
      .element(summary())
      .toHaveTextContent(
        `这份报告和县里退回的第 ${version} 版一样，还没有改动（退回原因：请补充数据来源）。请改好后再提交；如确需原样重新报送，再按一次“提交”。`,
      );
    await expect.poll(() => active(element)?.classList.contains('summary')).toBe(true);
    expect(await countyHas(2002)).toMatchObject({ version, status: 'returned' });
    await page.getByRole('button', { name: '提交' }).click();
    await expect
      .element(page.getByRole('status').filter({ hasText: '已报送到县里' }))
      .toHaveTextContent(`已报送到县里（第 ${version + 1} 版）`);
  });

  it('says, before sending, that the county has filed the year and it cannot be sent again', async () => {
    const { id, version } = await asUnit(ofYear(2002, { confidentialityReviewed: true }));
    await asCounty(`/reports/${id}/file`, {});
    const element = await mount(ofYear(2002, { issuer: '北留镇人民政府（更正）' }));
    await expect
      .element(page.getByRole('status').filter({ hasText: '县里已有本单位' }))
      .toHaveTextContent(
        new RegExp(
          `^县里已有本单位2002年的报告（第 ${version} 版，已备案，\\d{4}年\\d{1,2}月\\d{1,2}日）。县里已备案的报告不能再提交。要修改，请联系县里把它退回本单位，退回后在这里改好再提交。`,
        ),
      );
    await page.getByRole('button', { name: '提交' }).click();
    await expect
      .element(summary())
      .toHaveTextContent(
        /县里已有本单位2002年的报告（第 \d+ 版，已备案，.*）。县里已备案的报告不能再提交。要修改，请联系县里把它退回本单位，退回后在这里改好再提交。/,
      );
    await expect.poll(() => active(element)?.classList.contains('summary')).toBe(true);
    expect(page.getByRole('group', { name: /仍然提交吗/ }).elements()).toHaveLength(0);
    expect(summary().element().textContent).not.toContain('报告已备案不能再报送');
    expect(await countyHas(2002)).toMatchObject({ version, status: 'filed' });
  });

  it('asks the server about the year typed into 报告年度 once the typing stops, and says what the county holds of that year', async () => {
    // Years 1998 and 1999 are these tests' own: the form shows 1998, the clerk types 1999.
    await asUnit(ofYear(1998));
    await mount({ year: 1998 });
    await expect.element(page.getByRole('status').filter({ hasText: '县里已有本单位1998年' })).toBeVisible();
    // A colleague sends 1999 after the form read the unit's list: only asking again finds it.
    const sent = await asUnit(ofYear(1999, { issuer: '北留镇人民政府（同事报的）' }));
    const asked: string[] = [];
    const fetched = window.fetch;
    window.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.endsWith('/reports') && (init?.method ?? 'GET') === 'GET') asked.push(url);
      return fetched(input, init);
    };
    try {
      await page.getByLabelText(/^报告年度/).clear();
      await userEvent.type(page.getByLabelText(/^报告年度/), '1999');
      const held = page.getByRole('status').filter({ hasText: '县里已有本单位' });
      await expect
        .element(held)
        .toHaveTextContent(
          new RegExp(
            `^县里已有本单位1999年的报告（第 ${sent.version} 版，已提交，\\d{4}年\\d{1,2}月\\d{1,2}日）。现在提交将作为第 ${sent.version + 1} 版`,
          ),
        );
      // Asked once, about 1999: not at each digit typed.
      expect(asked).toHaveLength(1);
    } finally {
      window.fetch = fetched;
    }
    expect(page.getByRole('status').filter({ hasText: '县里已有本单位1998年' }).elements()).toHaveLength(0);
  });

  it('says nothing of another year while a draft is offered back after a reload, and speaks of the draft’s year once it is restored', async () => {
    const held1998 = await asUnit(ofYear(1998));
    const held1999 = await asUnit(ofYear(1999));
    localStorage.setItem(
      'liulin-reload',
      JSON.stringify({
        report: ofYear(1999, { issuer: '北留镇人民政府（草稿）' }),
        at: new Date().toISOString(),
        focus: '',
        scroll: 0,
      }),
    );
    // The page shows 1998, which the county holds; the draft offered back is of 1999.
    const element = await mount({ year: 1998 }, { 'draft-key': 'liulin-reload' });
    await expect.element(page.getByRole('group', { name: /未提交草稿/ })).toHaveTextContent('北留镇1999年');
    await expect
      .element(page.getByRole('table', { name: '本单位报送的报告' }).getByRole('row', { name: /1998/ }))
      .toHaveTextContent(`第 ${held1998.version} 版`);
    expect(page.getByRole('status').filter({ hasText: '县里已有本单位' }).elements()).toHaveLength(0);
    await page.getByRole('button', { name: '恢复草稿' }).click();
    await expect.poll(() => element.value.year).toBe(1999);
    await expect
      .element(page.getByRole('status').filter({ hasText: '县里已有本单位' }))
      .toHaveTextContent(new RegExp(`^县里已有本单位1999年的报告（第 ${held1999.version} 版`));
  });

  it('says, as a filed or published report opens, that it cannot be sent again and how to have it returned, focused', async () => {
    const { id, version } = await asUnit(
      ofYear(1998, { confidentialityReviewed: true, issuer: '北留镇人民政府（备案）' }),
    );
    await asCounty(`/reports/${id}/file`, {});
    const opened = async (element: LawReportFormElement) => {
      await page
        .getByRole('table', { name: '本单位报送的报告' })
        .getByRole('button', { name: '打开1998年的报告' })
        .click();
      await expect.poll(() => element.value.issuer).toBe('北留镇人民政府（备案）');
      const said = page.getByRole('status').filter({ hasText: '县里已有本单位1998年' });
      await expect.poll(() => active(element)?.id).toBe('held');
      return said;
    };
    const element = await mount(undefined);
    await expect
      .element(await opened(element))
      .toHaveTextContent(
        new RegExp(
          `^县里已有本单位1998年的报告（第 ${version} 版，已备案，\\d{4}年\\d{1,2}月\\d{1,2}日）。县里已备案的报告不能再提交。要修改，请联系县里把它退回本单位，退回后在这里改好再提交。$`,
        ),
      );
    // Nothing to open: it is open.
    expect(page.getByRole('button', { name: '打开县里已有的1998年报告' }).elements()).toHaveLength(0);
    expect(await seriousViolations(element)).toEqual([]);
    // Still said over what the clerk changes.
    await page.getByLabelText(/落款单位/).fill('北留镇人民政府（改了）');
    await expect.element(page.getByRole('status').filter({ hasText: '县里已备案的报告不能再提交' })).toBeVisible();

    await asCounty(`/reports/${id}/publish`, { confidentialityReviewed: true });
    element.remove();
    await expect
      .element(await opened(await mount(undefined)))
      .toHaveTextContent(
        new RegExp(
          `^县里已有本单位1998年的报告（第 ${version} 版，已公开，\\d{4}年\\d{1,2}月\\d{1,2}日）。县里已公开的报告不能再提交。要修改，请联系县里先撤销公开、再把它退回本单位，退回后在这里改好再提交。$`,
        ),
      );
  });

  it('asks by keyboard alone: the question is a group named by it, focus moves into it and back to 提交', async () => {
    const held = await asUnit(ofYear(2001, { issuer: '北留镇人民政府（同事报的）' }));
    const element = await mount(ofYear(2001, { issuer: '北留镇人民政府（我写的）' }));
    await expect.element(page.getByRole('status').filter({ hasText: '县里已有本单位2001年' })).toBeVisible();
    // 跳到报告末尾, the first stop, by Enter; 检查报告, then 提交 by Tab.
    element.shadowRoot?.querySelector<HTMLElement>('.skip')?.focus();
    await userEvent.keyboard('{Enter}');
    expect(active(element)?.textContent).toBe('检查报告');
    await userEvent.tab();
    expect(active(element)?.textContent).toBe('提交');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => active(element)?.id).toBe('held-ask');
    const question = `县里已有本单位2001年的报告（第 ${held.version} 版，已提交）。现在提交，这份表单将作为第 ${held.version + 1} 版，县里以新版本为准。仍然提交吗？`;
    const tree = await axNodes();
    expect(tree).toContainEqual({ role: 'group', name: question });
    expect(tree).toContainEqual({ role: 'button', name: `仍然提交（第 ${held.version + 1} 版）` });
    await userEvent.tab();
    expect(active(element)?.textContent).toBe(`仍然提交（第 ${held.version + 1} 版）`);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => active(element)?.textContent).toBe('提交');
    expect((await countyHas(2001))?.version).toBe(held.version);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => active(element)?.id).toBe('held-ask');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => active(element)?.id).toBe('sent');
    expect((await countyHas(2001))?.version).toBe(held.version + 1);
    expect(element.value.issuer).toBe('北留镇人民政府（我写的）');
  });
});
