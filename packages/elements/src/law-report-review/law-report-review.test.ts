import { chinaToday, daysLate, type Report } from '@law-report/core/model';
import { makeMetric, makeReport, makeSection } from '@law-report/core/testing';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { LawReportReviewChangeEvent } from '../events/law-report-review-change-event.js';
import { seriousViolations } from '../internal/axe.js';
import { focusRing } from '../internal/focus-ring.js';
import './define.js';
import type { LawReportReviewElement } from './law-report-review.js';
import { townReport } from '../internal/town-report.js';

// The county's review desk against a real collection server (tests/setup/collection-server.ts).
// Its reports are of 2022, a year no other test file sends, so their states are this file's own.
// So is 1990 (东城镇's figure reclassified, 北留镇's report unpublished), of the years 1988–1990 given to these two
// tests; a report before 1990 is refused (the schema's first year), so they share the one year, a unit each.
const server = inject('collectionServer');

const YEAR = 2022;
const report = (overrides: Parameters<typeof makeReport>[0] = {}) => townReport('东城镇', YEAR, overrides);

async function submit(body: unknown, token = server.otherUnit): Promise<void> {
  const response = await fetch(`${server.endpoint}/reports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
}

async function mount(): Promise<LawReportReviewElement> {
  const element = document.createElement('law-report-review');
  element.setAttribute('endpoint', server.endpoint);
  element.setAttribute('year', String(YEAR));
  element.token = server.reviewer;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const active = (element: LawReportReviewElement) => element.shadowRoot?.activeElement as HTMLElement | null | undefined;

afterEach(() => {
  document.body.replaceChildren();
});

describe('<law-report-review>', () => {
  it('takes a report through 退回, 备案, 公开 and 撤销公开 from the keyboard, saying each result where focus is', async () => {
    await submit(report());
    const element = await mount();
    const changes: LawReportReviewChangeEvent[] = [];
    element.addEventListener('law-report-review-change', (event) => changes.push(event));
    await expect.element(page.getByRole('tab', { name: '已提交（1）' })).toHaveAttribute('aria-selected', 'true');
    // Before it is opened, the list says what to look at: sent long after its deadline, and its warnings.
    const attention = () =>
      [...(element.shadowRoot?.querySelectorAll('tbody tr') ?? [])]
        .find((row) => row.textContent?.includes('东城镇'))
        ?.querySelector('.attention')?.textContent;
    await expect.poll(attention).toMatch(/^逾期 \d+ 天( · \d+ 处提醒)?$/);
    await page.getByRole('button', { name: '审核东城镇的报告' }).click();
    await expect.poll(() => active(element)?.id).toBe('opened');
    await expect
      .element(page.getByRole('heading', { level: 3 }))
      .toHaveTextContent(`东城镇${YEAR}年的报告，第 1 版，已提交`);
    expect(await seriousViolations(element)).toEqual([]);

    // 备案 needs what 公开 will need: 保密审查, not marked done by the unit, is the reviewer's to confirm here.
    // Nothing changes; the confirmation says so and takes focus; the reason box has no error, no refusal for the unit.
    await page.getByRole('button', { name: '备案', exact: true }).click();
    await expect.element(page.getByText('还没有备案：请先勾选保密审查的确认。')).toBeVisible();
    await expect.poll(() => active(element)?.id).toBe('confidentiality');
    const confirmFiling = page.getByRole('checkbox', { name: '我已确认这份报告完成了保密审查，可以备案' });
    await expect.element(confirmFiling).toHaveAttribute('aria-invalid', 'true');
    expect(element.shadowRoot?.querySelector('#refused')).toBeNull();
    expect(element.shadowRoot?.querySelector('#reason')?.getAttribute('aria-invalid')).toBe('false');
    expect(element.shadowRoot?.querySelector('#reason')?.getAttribute('aria-describedby')).toBe('reason-help');
    await expect.element(page.getByRole('tab', { name: '已提交（1）' })).toBeVisible();
    expect(await seriousViolations(element)).toEqual([]);

    // 退回 needs a reason: without one the box says so and takes focus.
    await page.getByRole('button', { name: '退回', exact: true }).click();
    await expect.poll(() => active(element)?.id).toBe('reason');
    await expect.element(page.getByLabelText('退回或撤销公开的原因')).toHaveAccessibleDescription(/请写明退回的原因/);
    // Pressed with the mouse, the box focus went to shows the focus indicator all the same.
    expect(focusRing(active(element) as HTMLElement)).toMatchObject({ inner: 'rgb(255, 221, 0)', bothShow: true });
    await userEvent.keyboard('请完成保密审查后再报送');
    await page.getByRole('button', { name: '退回', exact: true }).click();
    // The reason sent is said again, so the reviewer sees what the unit was told.
    await expect.element(page.getByText('已退回东城镇的报告。告知单位的原因：请完成保密审查后再报送')).toBeVisible();
    await expect.poll(() => active(element)?.id).toBe('said');
    await expect.element(page.getByRole('tab', { name: '已退回（1）' })).toBeVisible();
    expect(changes.map((event) => event.status)).toEqual(['returned']);
    await expect.element(page.getByRole('listitem').filter({ hasText: '原因：请完成保密审查后再报送' })).toBeVisible();

    // Corrected and sent again: what changed is listed; then 备案, 公开 and 撤销公开.
    await submit(report({ confidentialityReviewed: true }));
    await element.refresh();
    await page.getByRole('tab', { name: /^已提交/ }).click();
    await page.getByRole('button', { name: '审核东城镇的报告' }).click();
    await expect.element(page.getByText('已完成保密审查：“否”改为“是”')).toBeVisible();
    // The publication day is the county's to set when it publishes: no check asks the unit for it.
    expect(page.getByText('公开的报告须填写公开日期').elements()).toHaveLength(0);
    // The reason box is for 退回 and 撤销公开: what it holds at 备案 is not sent (a clerk's “abc” was kept as 备案's reason).
    await page.getByLabelText('退回或撤销公开的原因').fill('只是随手写的字');
    await page.getByRole('button', { name: '备案', exact: true }).click();
    await expect.element(page.getByText('已备案东城镇的报告。')).toBeVisible();
    await expect
      .element(
        page
          .getByRole('listitem')
          .filter({ hasText: /已备案/ })
          .first(),
      )
      .toBeVisible();
    expect(page.getByRole('listitem').filter({ hasText: '只是随手写的字' }).elements()).toHaveLength(0);
    // 公开 is the county's own confirmation of 保密审查: asked for, from the keyboard, and kept in the history.
    await page.getByRole('button', { name: '公开', exact: true }).click();
    await expect.poll(() => active(element)?.id).toBe('confidentiality');
    const confirm = page.getByRole('checkbox', { name: '我已确认这份报告完成了保密审查，可以公开' });
    await expect.element(confirm).toHaveAccessibleDescription(/公开前请先勾选/);
    await expect.element(confirm).toHaveAttribute('aria-invalid', 'true');
    // 公开 was clicked: focus sent to the checkbox is seen there, not only heard.
    expect(focusRing(active(element) as HTMLElement)).toMatchObject({ inner: 'rgb(255, 221, 0)', bothShow: true });
    await expect.element(page.getByRole('tab', { name: '已备案（1）' })).toBeVisible();
    await userEvent.keyboard(' ');
    await expect.element(confirm).toBeChecked();
    await expect.element(confirm).toHaveAttribute('aria-invalid', 'false');
    expect(active(element)?.id).toBe('confidentiality');
    await page.getByRole('button', { name: '公开', exact: true }).click();
    await expect.element(page.getByText('已公开东城镇的报告。')).toBeVisible();
    await expect.element(page.getByRole('listitem').filter({ hasText: '已公开（确认已完成保密审查）' })).toBeVisible();
    await page.getByLabelText('退回或撤销公开的原因').fill('公开的版本有误');
    await page.getByRole('button', { name: '撤销公开', exact: true }).click();
    await expect.element(page.getByText('已撤销公开东城镇的报告。')).toBeVisible();
    expect(changes.map((event) => event.status)).toEqual(['returned', 'filed', 'published', 'filed']);
    await expect.element(page.getByRole('tab', { name: '已备案（1）' })).toBeVisible();
    expect(await seriousViolations(element)).toEqual([]);
  });

  it('files a report the unit did not mark 保密审查 done once the reviewer confirms it, never asking the unit to mend it', async () => {
    // A year of its own (2025): the report as the town sent it, with no 保密审查 marked done.
    const year = 2025;
    await submit(townReport('东城镇', year));
    const element = await mount();
    element.setAttribute('year', String(year));
    await page.getByRole('button', { name: '审核东城镇的报告' }).click();
    const confirm = page.getByRole('checkbox', { name: '我已确认这份报告完成了保密审查，可以备案' });
    await expect.element(confirm).toHaveAccessibleDescription(/可由审核人在这里确认后备案，不必退回单位/);
    // The check for publication says the same: the reviewer's to confirm, not the unit's to mend.
    await expect
      .poll(() => listAfter(element, '按公开要求检查'))
      .toContain('由您在备案、公开时勾选确认即可，不必退回单位');
    // Not in the red of the report's errors: it is no fault of the report.
    const todo = [...(element.shadowRoot?.querySelectorAll('.issues li') ?? [])].find((item) =>
      item.textContent?.includes('由您在备案、公开时勾选确认即可'),
    );
    expect(todo?.className).toBe('warning');
    // Unconfirmed: the server refuses, and the desk says it is the reviewer's to confirm, not the unit's to mend.
    await page.getByRole('button', { name: '备案', exact: true }).click();
    await expect.element(page.getByText('还没有备案：请先勾选保密审查的确认。')).toBeVisible();
    await expect.poll(() => active(element)?.id).toBe('confidentiality');
    await expect.element(confirm).toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(confirm)
      .toHaveAccessibleDescription(/请先勾选“我已确认这份报告完成了保密审查，可以备案”，不必退回单位/);
    expect(element.shadowRoot?.textContent).not.toMatch(/须由单位补全/);
    expect(await seriousViolations(element)).toEqual([]);
    // Confirmed from the keyboard: filed, the confirmation kept in the history.
    await userEvent.keyboard(' ');
    await expect.element(confirm).toBeChecked();
    await page.getByRole('button', { name: '备案', exact: true }).click();
    await expect.element(page.getByText('已备案东城镇的报告。')).toBeVisible();
    await expect.element(page.getByRole('listitem').filter({ hasText: '已备案（确认已完成保密审查）' })).toBeVisible();
  });

  it('lists a note of the server’s once: what the publication checks find again is not repeated under 需要留意的数据', async () => {
    // A year of its own. No 保密审查 marked done and 5000 场 of 普法活动: the server noted both when the
    // report came in, and the desk's publication checks find both again.
    const year = 2017;
    const base = report({ year, title: `东城镇${year}年法治政府建设工作情况的报告`, issuedOn: `${year + 1}-01-20` });
    const measures = base.sections.find((section) => section.kind === 'measures');
    await submit({
      ...base,
      metrics: [
        ...base.metrics,
        makeMetric('publicity.events', 5000, { unit: '场', ...(measures ? { sectionId: measures.id } : {}) }),
      ],
    });
    const element = await mount();
    element.setAttribute('year', String(year));
    await page.getByRole('button', { name: '审核东城镇的报告' }).click();
    const listAfter = (heading: string) =>
      [...(element.shadowRoot?.querySelectorAll('h4') ?? [])].find((h4) => h4.textContent === heading)
        ?.nextElementSibling?.textContent ?? '';
    await expect.poll(() => listAfter('按公开要求检查')).toContain('保密审查');
    expect(listAfter('按公开要求检查')).toContain('5000');
    // Both were noted by the server at submission too: neither is listed a second time.
    expect(listAfter('需要留意的数据')).not.toMatch(/保密审查|5000/);
  });

  it('counts nothing while the reports are read, and says in Chinese when the server cannot be reached', async () => {
    const element = document.createElement('law-report-review');
    // Nothing listens on port 9 of this machine: the request fails as it does offline.
    element.setAttribute('endpoint', 'http://127.0.0.1:9/api');
    element.setAttribute('year', String(YEAR));
    element.token = server.reviewer;
    document.body.append(element);
    await element.updateComplete;
    // The first render, before any answer: reading, with no count and no 没有…的报告.
    expect(element.shadowRoot?.textContent).toContain('正在从报送服务器读取报告');
    expect(element.shadowRoot?.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('已提交');
    await expect
      .element(page.getByText('连不上县里的报送服务器，请检查网络后刷新页面。', { exact: false }))
      .toBeInTheDocument();
    expect(element.shadowRoot?.textContent).not.toContain('Failed to fetch');
    expect(element.shadowRoot?.textContent).not.toContain('没有已提交的报告');
    expect(element.shadowRoot?.textContent).not.toContain('已提交（0）');
  });

  it('offers the years the server holds, and shows the chosen year’s reports', async () => {
    // Runs after the first test, whose 2022 report is filed; the year before is this test's own, sent as 北留镇
    // (东城镇's 2021 is the submission controller's tests' own).
    await submit(
      makeReport({
        year: YEAR - 1,
        title: `北留镇${YEAR - 1}年法治政府建设工作情况的报告`,
        unit: { name: '北留镇', level: 'town' },
        issuer: '北留镇人民政府',
        issuedOn: `${YEAR}-01-20`,
      }),
      server.unit,
    );
    const element = await mount();
    const year = page.getByLabelText('年度');
    await expect.element(year).toHaveValue(String(YEAR));
    await page.getByRole('tab', { name: /^已备案/ }).click();
    await expect.element(page.getByRole('button', { name: '审核东城镇的报告' })).toBeVisible();
    await expect.poll(() => element.shadowRoot?.querySelectorAll('#year option').length).toBeGreaterThan(1);
    await year.selectOptions(String(YEAR - 1));
    await expect.element(page.getByRole('heading', { level: 2 })).toHaveTextContent(`${YEAR - 1}年报告审核`);
    await expect.element(page.getByRole('tab', { name: '已提交（1）' })).toBeVisible();
    await page.getByRole('tab', { name: /^已提交/ }).click();
    await page.getByRole('button', { name: '审核北留镇的报告' }).click();
    await expect.element(page.getByRole('heading', { level: 3 })).toHaveTextContent(`北留镇${YEAR - 1}年的报告`);
  });

  it('never carries a reason typed for one report over to another', async () => {
    const element = await mount();
    await page.getByLabelText('年度').selectOptions(String(YEAR - 1));
    await page.getByRole('tab', { name: /^已提交/ }).click();
    await page.getByRole('button', { name: '审核北留镇的报告' }).click();
    await page.getByLabelText('退回或撤销公开的原因').fill('这是给2021年报告的原因');
    await page.getByLabelText('年度').selectOptions(String(YEAR));
    // The other year's report is closed with its steps: none of it can be acted on under this year's heading.
    await expect.element(page.getByRole('heading', { level: 2 })).toHaveTextContent(`${YEAR}年报告审核`);
    expect(element.shadowRoot?.querySelector('#opened')).toBeNull();
    expect(page.getByRole('button', { name: '退回' }).elements()).toHaveLength(0);
    await page.getByRole('tab', { name: /^已备案/ }).click();
    await page.getByRole('button', { name: '审核东城镇的报告' }).click();
    await expect.poll(() => element.shadowRoot?.querySelector<HTMLTextAreaElement>('#reason')?.value).toBe('');
  });

  it('opens no report of another year when the year is changed while the report is read', async () => {
    const element = await mount();
    await page.getByLabelText('年度').selectOptions(String(YEAR - 1));
    await page.getByRole('tab', { name: /^已提交/ }).click();
    const real = window.fetch;
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The report's own read held until the year has changed.
    window.fetch = async (input, init) => {
      if (/\/reports\/[^/?]+$/.test(input instanceof Request ? input.url : String(input))) await held;
      return real(input, init);
    };
    try {
      await page.getByRole('button', { name: '审核北留镇的报告' }).click();
      await page.getByLabelText('年度').selectOptions(String(YEAR));
      await expect.element(page.getByRole('heading', { level: 2 })).toHaveTextContent(`${YEAR}年报告审核`);
      release();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('#opened')).toBeNull();
    } finally {
      window.fetch = real;
    }
  });

  it('moves between the status tabs with the arrow keys, Home and End', async () => {
    const element = await mount();
    await page.getByRole('tab', { name: /^已提交/ }).click();
    await userEvent.keyboard('{ArrowRight}');
    expect(active(element)?.id).toBe('tab-returned');
    await expect.element(page.getByRole('tabpanel')).toHaveAccessibleName(/^已退回/);
    await userEvent.keyboard('{End}');
    expect(active(element)?.id).toBe('tab-published');
    await userEvent.keyboard('{ArrowRight}');
    expect(active(element)?.id).toBe('tab-submitted');
  });

  // 2012, 2013 and 2014 are this file's too: one report of 东城镇 each, for what the desk says and where it goes.
  const reportOf = (year: number) =>
    report({
      year,
      title: `东城镇${year}年法治政府建设工作情况的报告`,
      issuedOn: `${year + 1}-01-20`,
      confidentialityReviewed: true,
    });

  async function openIn(year: number): Promise<LawReportReviewElement> {
    const element = await mount();
    element.setAttribute('year', String(year));
    await page.getByRole('button', { name: '审核东城镇的报告' }).click();
    await expect.poll(() => active(element)?.id).toBe('opened');
    return element;
  }

  const said = (element: LawReportReviewElement) =>
    element.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim();

  it('says in its status why 退回 did nothing without a reason, focus staying in the reason box', async () => {
    await submit(reportOf(2012));
    const element = await openIn(2012);
    // The status region is in the page before anything is said in it, or its first sentence is not heard.
    expect(said(element)).toBe('');
    await page.getByRole('button', { name: '退回', exact: true }).click();
    await expect.poll(() => said(element)).toBe('还没有退回：请先填写退回原因。');
    expect(active(element)?.id).toBe('reason');
    await expect.element(page.getByLabelText('退回或撤销公开的原因')).toHaveAccessibleDescription(/请写明退回的原因/);
    expect(await seriousViolations(element)).toEqual([]);
    // Pressed again, it is said again (emptied first, so a screen reader hears it a second time).
    const heard: string[] = [];
    const region = element.shadowRoot?.querySelector('[role="status"]') as Element;
    const observer = new MutationObserver(() => heard.push(region.textContent?.trim() ?? ''));
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    await page.getByRole('button', { name: '退回', exact: true }).click();
    await expect.poll(() => heard.at(-1)).toBe('还没有退回：请先填写退回原因。');
    observer.disconnect();
    expect(heard).toContain('');
    expect(active(element)?.id).toBe('reason');
  });

  it('says what it did again in the new language when the locale changes', async () => {
    // The 2012 report of the test before, still 已提交.
    const element = await openIn(2012);
    await page.getByRole('button', { name: '退回', exact: true }).click();
    await expect.poll(() => said(element)).toBe('还没有退回：请先填写退回原因。');
    element.setAttribute('locale', 'en');
    await expect.poll(() => said(element)).toBe('“Return” was not done: please give a reason first.');
    await expect
      .element(page.getByLabelText('Reason for returning or unpublishing'))
      .toHaveAccessibleDescription(/“Return” needs a reason: please give it\./);
    await page.getByLabelText('Reason for returning or unpublishing').fill('落款日期有误');
    await page.getByRole('button', { name: 'Return', exact: true }).click();
    await expect
      .poll(() => said(element))
      .toBe('The report of 东城镇 is now: Returned. The reason the unit is told: 落款日期有误');
    element.setAttribute('locale', 'zh-CN');
    await expect.poll(() => said(element)).toBe('已退回东城镇的报告。告知单位的原因：落款日期有误');
    element.setAttribute('locale', 'en');
    await expect
      .poll(() => said(element))
      .toBe('The report of 东城镇 is now: Returned. The reason the unit is told: 落款日期有误');
    expect(await seriousViolations(element)).toEqual([]);
  });

  it('follows the report to 已备案 after 备案, marked as the one open, focus never dropped to the page', async () => {
    await submit(reportOf(2014));
    const element = await openIn(2014);
    // The step is held on its way to the server, to see where focus is meanwhile.
    const realFetch = globalThis.fetch;
    let release = () => {};
    let sent = false;
    const held = new Promise<void>((resolve) => (release = resolve));
    globalThis.fetch = async (input, init) => {
      if (String(input).endsWith('/file')) {
        sent = true;
        await held;
      }
      return realFetch(input, init);
    };
    try {
      await page.getByRole('button', { name: '备案', exact: true }).click();
      await expect.poll(() => sent).toBe(true);
      // On its way, the pressed button keeps focus and says it is busy.
      expect(document.activeElement).toBe(element);
      expect(active(element)?.textContent).toBe('备案');
      await expect
        .element(page.getByRole('button', { name: '备案', exact: true }))
        .toHaveAttribute('aria-disabled', 'true');
      release();
      await expect.poll(() => said(element)).toBe('已备案东城镇的报告。');
    } finally {
      globalThis.fetch = realFetch;
    }
    await expect.element(page.getByRole('tab', { name: '已备案（1）' })).toHaveAttribute('aria-selected', 'true');
    await expect.element(page.getByRole('tabpanel')).toHaveAccessibleName('已备案（1）');
    await expect
      .poll(() => element.shadowRoot?.querySelector('tr[aria-current="true"] th')?.textContent)
      .toBe('东城镇');
    await expect.element(page.getByRole('heading', { level: 3 })).toHaveTextContent('已备案');
    expect(document.activeElement).toBe(element);
    expect(active(element)?.id).toBe('said');
    expect(await seriousViolations(element)).toEqual([]);
  });

  // The roster the server gives (`GET /units`), answered here: the shared server holds two towns and no deadlines.
  function answerUnits(answer: unknown): () => void {
    const realFetch = globalThis.fetch;
    globalThis.fetch = async (input, init) =>
      String(input) === `${server.endpoint}/units`
        ? answer === undefined
          ? new Response('{}', { status: 404, headers: { 'content-type': 'application/json' } })
          : Response.json(answer)
        : realFetch(input, init);
    return () => {
      globalThis.fetch = realFetch;
    };
  }
  const unitOf = (name: string, deadline: string | null = null) => ({
    name,
    level: 'town',
    code: null,
    parent: null,
    deadline,
  });
  const listAfter = (element: LawReportReviewElement, heading: string) =>
    [...(element.shadowRoot?.querySelectorAll('h4') ?? [])].find((h4) => h4.textContent === heading)?.nextElementSibling
      ?.textContent ?? '';
  const badge = (element: LawReportReviewElement) =>
    element.shadowRoot?.querySelector('law-report-summary')?.shadowRoot?.querySelector('.badge')?.textContent ?? '';

  // The dates in the header of the report shown (`<law-report-summary>`), each as “name：date badge”.
  const summaryDates = (element: LawReportReviewElement) =>
    [...(element.shadowRoot?.querySelector('law-report-summary')?.shadowRoot?.querySelectorAll('dt') ?? [])].map(
      (term) => `${term.textContent?.trim()}：${term.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim()}`,
    );

  it('judges lateness by the deadlines the county set, in its checks and in the report’s badge', async () => {
    // 2013 is this file's too. The county's towns are due by 01-31 (the rule of 2019 held from 2013 on).
    await submit(reportOf(2013));
    const county = { submit: { town: '01-31' }, firstReportYearOfCurrentRule: 2013 };
    const today = chinaToday();
    const [year, month, day] = today.split('-').map(Number);
    const todayWritten = `${year}年${month}月${day}日`;
    let restore = answerUnits({
      units: [unitOf('北留镇'), unitOf('东城镇')],
      deadlines: { source: 'database', overrides: county },
    });
    try {
      const element = await openIn(2013);
      await expect
        .poll(() => listAfter(element, '按公开要求检查'))
        .toContain(
          `收到日期（首次报送） ${todayWritten} 晚于截止日期 2014年1月31日（逾期 ${daysLate(today, '2014-01-31')} 天）`,
        );
      expect(listAfter(element, '按公开要求检查')).not.toContain('2014年3月1日');
      await expect.poll(() => badge(element)).toBe(`逾期 ${daysLate(today, '2014-01-31')} 天`);
      expect(await seriousViolations(element)).toEqual([]);
    } finally {
      restore();
    }
    // A unit's own deadline on the roster holds over its level's, as the server judges.
    document.body.replaceChildren();
    restore = answerUnits({
      units: [unitOf('北留镇'), unitOf('东城镇', '2014-01-10')],
      deadlines: { source: 'database', overrides: county },
    });
    try {
      const element = await openIn(2013);
      await expect.poll(() => listAfter(element, '按公开要求检查')).toContain('晚于截止日期 2014年1月10日');
      await expect.poll(() => badge(element)).toBe(`逾期 ${daysLate(today, '2014-01-10')} 天`);
    } finally {
      restore();
    }
    // A server that does not say what the county set: the desk judges lateness by no other deadline.
    document.body.replaceChildren();
    restore = answerUnits(undefined);
    try {
      const element = await openIn(2013);
      await expect.poll(() => listAfter(element, '按公开要求检查')).not.toBe('');
      expect(listAfter(element, '按公开要求检查')).not.toContain('截止日期');
    } finally {
      restore();
    }
  });

  it('judges lateness by the day the county first received the report, named so, and says publishing today as a condition', async () => {
    // 2024 is this file's. The town typed 10 January 2025; the county first had it today.
    await submit(
      report({
        year: 2024,
        title: '东城镇2024年法治政府建设工作情况的报告',
        issuedOn: '2025-01-08',
        submittedOn: '2025-01-10',
      }),
    );
    const today = chinaToday();
    const restore = answerUnits({
      units: [unitOf('北留镇'), unitOf('东城镇')],
      deadlines: { source: 'database', overrides: { submit: { town: '01-31' } } },
    });
    try {
      const element = await openIn(2024);
      const late = daysLate(today, '2025-01-31');
      const [year, month, day] = today.split('-').map(Number);
      await expect
        .poll(() => listAfter(element, '按公开要求检查'))
        .toContain(`收到日期（首次报送） ${year}年${month}月${day}日 晚于截止日期 2025年1月31日（逾期 ${late} 天）。`);
      expect(listAfter(element, '按公开要求检查')).not.toContain('报送日期 ');
      await expect
        .element(page.getByText(/^收到日期（首次报送）：/))
        .toHaveTextContent(
          `收到日期（首次报送）：${year}年${month}月${day}日（是否逾期按这个日期判断）。单位在报告中填写的报送日期是2025年1月10日。`,
        );
      await expect.poll(() => badge(element)).toBe(`逾期 ${late} 天`);
      // The report shown below names the date the same way, the unit's own 报送日期 under it.
      expect(summaryDates(element)).toEqual([
        '落款单位：东城镇人民政府',
        '落款日期：2025年1月8日',
        `收到日期（首次报送）：${year}年${month}月${day}日 逾期 ${late} 天`,
        '单位填写的报送日期：2025年1月10日',
      ]);
      // The queue gives the same date, under the same name.
      await expect.element(page.getByRole('columnheader', { name: '收到日期（首次报送）' })).toBeVisible();
      expect(element.shadowRoot?.querySelector('tr[aria-current="true"] td')?.nextElementSibling?.textContent).toBe(
        `收到日期（首次报送）${year}年${month}月${day}日`,
      );
      // Not published: no 公开日期 is stated as the report's; what publishing today would mean is said as a condition.
      expect(listAfter(element, '按公开要求检查')).not.toContain('公开日期');
      await expect
        .element(page.getByText(/^尚未公开。/))
        .toHaveTextContent(
          `尚未公开。如今天公开，将晚于公开截止日期 2025年4月1日，逾期 ${daysLate(today, '2025-04-01')} 天。`,
        );
      element.setAttribute('locale', 'en');
      await expect
        .poll(() => listAfter(element, 'Checked for publication'))
        .toContain(`Received (first submission) ${today}, after the deadline 2025-01-31 (${late} days late).`);
      await expect
        .element(page.getByText(/^Received \(first submission\): /))
        .toHaveTextContent(
          `Received (first submission): ${today} (lateness is judged by this date). The unit wrote 2025-01-10 as its submission date in the report.`,
        );
      await expect
        .poll(() => summaryDates(element).slice(2))
        .toEqual([
          `Received (first submission)：${today} ${late} days late`,
          'Submission date the unit wrote：2025-01-10',
        ]);
      expect(await seriousViolations(element)).toEqual([]);
    } finally {
      restore();
    }
  });

  it('names an untitled section added since the version before by its kind, never by empty quotes', async () => {
    const beiliu = (sections: ReturnType<typeof makeSection>[]) =>
      makeReport({
        year: 2013,
        title: '北留镇2013年法治政府建设工作情况的报告',
        unit: { name: '北留镇', level: 'town' },
        issuer: '北留镇人民政府',
        issuedOn: '2014-01-20',
        sections,
      });
    const first = beiliu(
      (['duties', 'measures', 'shortcomings', 'plans', 'other'] as const).map((kind) => makeSection(kind)),
    );
    await submit(first, server.unit);
    await submit(
      beiliu([
        makeSection('preamble', { title: '', paragraphs: ['一年来，镇党委、镇政府坚持依法行政。'] }),
        ...first.sections,
      ]),
      server.unit,
    );
    const element = await mount();
    element.setAttribute('year', '2013');
    await page.getByRole('button', { name: '审核北留镇的报告' }).click();
    await expect.poll(() => listAfter(element, '与上一版相比')).toContain('新增导语');
    expect(listAfter(element, '与上一版相比')).not.toContain('“”');
    element.setAttribute('locale', 'en');
    await expect.poll(() => listAfter(element, 'Since the previous version')).toContain('Preamble added');
  });

  it('shows what changed since the version the county returned, when the unit sent it again more than once', async () => {
    const dongcheng = (preamble: string, duties: string) =>
      makeReport({
        year: 1999,
        title: '东城镇1999年法治政府建设工作情况的报告',
        unit: { name: '东城镇', level: 'town' },
        issuer: '东城镇人民政府',
        issuedOn: '2000-01-20',
        sections: [
          makeSection('preamble', { title: '', paragraphs: [preamble] }),
          makeSection('duties', { paragraphs: [duties] }),
          ...(['measures', 'shortcomings', 'plans', 'other'] as const).map((kind) => makeSection(kind)),
        ],
      });
    await submit(dongcheng('一年来，镇党委坚持依法行政。', '镇党委书记履行第一责任人职责。'), server.otherUnit);
    const listed = await fetch(`${server.endpoint}/reports?year=1999`, {
      headers: { authorization: `Bearer ${server.reviewer}` },
    });
    const { reports } = (await listed.json()) as { reports: { id: string; unit: string }[] };
    const id = reports.find((one) => one.unit === '东城镇')?.id ?? '';
    const returned = await fetch(`${server.endpoint}/reports/${id}/return`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.reviewer}`, 'content-type': 'application/json' },
      body: JSON.stringify({ reason: '第一责任人职责写得太简单' }),
    });
    expect(returned.status).toBe(200);
    // Version 2 rewrites the duties; version 3 only the preamble. Compared with version 2 alone, the county would
    // not see that the duties it returned the report for were rewritten.
    await submit(
      dongcheng('一年来，镇党委坚持依法行政。', '镇党委书记召开专题会议4次，研究法治政府建设。'),
      server.otherUnit,
    );
    await submit(
      dongcheng('全年，镇党委坚持依法行政。', '镇党委书记召开专题会议4次，研究法治政府建设。'),
      server.otherUnit,
    );
    const element = await mount();
    element.setAttribute('year', '1999');
    // The queue of 1999 on screen before its button is pressed (东城镇 may have a report waiting in the year mounted).
    await expect.element(page.getByRole('heading', { level: 2 })).toHaveTextContent('1999年报告审核');
    await page.getByRole('button', { name: '审核东城镇的报告' }).click();
    await expect.element(page.getByRole('heading', { level: 3 })).toHaveTextContent(/^东城镇1999年的报告，第 3 版/);
    await expect.poll(() => itemsAfter(element, '与县里退回的第 1 版相比').join(' ')).toContain('专题会议4次');
    expect(itemsAfter(element, '与县里退回的第 1 版相比').join(' ')).toContain('全年');
    element.setAttribute('locale', 'en');
    await expect
      .poll(() => itemsAfter(element, 'Since version 1, which the county returned').join(' '))
      .toContain('专题会议4次');
  });

  it('says which other years have reports waiting for review, in the select and under it, and goes there', async () => {
    // 2017 is this test's own: 东城镇's report waits for review.
    await submit(townReport('东城镇', 2017));
    const element = await mount();
    // A year with nothing waiting (2047: nothing at all).
    element.setAttribute('year', '2047');
    const select = page.getByRole('combobox', { name: '年度' });
    await expect.element(select).toHaveValue('2047');
    await expect
      .poll(() => [...(select.element() as HTMLSelectElement).options].map((option) => option.textContent))
      .toContain('2017年（1 份待审核）');
    await expect.element(page.getByText('2047年没有待审核的报告；其他年度还有：')).toBeVisible();
    await page.getByRole('button', { name: '去2017年（1 份待审核）' }).click();
    await expect.element(page.getByRole('heading', { level: 2 })).toHaveTextContent('2017年报告审核');
    await expect.poll(() => active(element)?.id).toBe('tab-submitted');
    await expect.element(page.getByRole('button', { name: '审核东城镇的报告' })).toBeVisible();
    expect(await seriousViolations(element)).toEqual([]);
  });

  it('lists the queue in the roster’s order, else in pinyin order, and offers a published report to read', async () => {
    // The queue is answered here too: four towns of 2013, one published.
    const queued = (unit: string, status: string) => ({
      id: `q-${unit}`,
      unit,
      year: 2013,
      status,
      version: 1,
      updatedAt: '2014-01-20T02:00:00.000Z',
      publishedOn: status === 'published' ? '2014-02-01' : null,
    });
    const realFetch = globalThis.fetch;
    let roster: unknown;
    globalThis.fetch = async (input, init) => {
      const address = String(input);
      if (address === `${server.endpoint}/reports`)
        return Response.json({
          reports: [
            queued('东河镇', 'submitted'),
            queued('南坪镇', 'submitted'),
            queued('城关镇', 'submitted'),
            { ...queued('新华街道', 'published'), submittedOn: '2014-01-18', submittedOnKind: 'loaded' },
          ],
        });
      if (address === `${server.endpoint}/units`)
        return roster === undefined ? new Response('{}', { status: 404 }) : Response.json(roster);
      return realFetch(input, init);
    };
    const rows = (element: LawReportReviewElement) =>
      [...(element.shadowRoot?.querySelectorAll('tbody th') ?? [])].map((th) => th.textContent?.trim());
    try {
      // No roster: pinyin order (城关 chéng, 东河 dōng, 南坪 nán), not the characters' codes.
      const element = await mount();
      element.setAttribute('year', '2013');
      await expect.poll(() => rows(element)).toEqual(['城关镇', '东河镇', '南坪镇']);
      // With one, its order, as the dashboard lists the units.
      roster = {
        units: ['南坪镇', '新华街道', '东河镇', '城关镇'].map((name) => unitOf(name)),
        deadlines: { source: 'default', overrides: null },
      };
      await element.refresh();
      await expect.poll(() => rows(element)).toEqual(['南坪镇', '东河镇', '城关镇']);
      await page.getByRole('tab', { name: /^已公开/ }).click();
      await expect.element(page.getByRole('button', { name: '查看新华街道的报告' })).toBeVisible();
      // Loaded as 历史导入, its 报送日期 is the date the report gives, and the queue says so.
      expect(element.shadowRoot?.querySelector('tbody tr')?.textContent).toContain(
        '2014年1月18日（历史导入，报告所载日期）',
      );
      expect(page.getByRole('button', { name: '审核新华街道的报告' }).elements()).toHaveLength(0);
      expect(await seriousViolations(element)).toEqual([]);
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('shows the report’s full text to read beside the steps: numbered headings at their levels, paragraphs, the 落款', async () => {
    // 2003 is this file's. A section with a sub-section, and text that looks like markup: it stays text.
    await submit(
      report({
        year: 2003,
        title: '东城镇2003年法治政府建设工作情况的报告',
        issuedOn: '2004-01-20',
        sections: [
          makeSection('preamble', { title: '', paragraphs: ['一年来，镇党委、镇政府坚持依法行政。'] }),
          makeSection('duties', { title: '2003年党政主要负责人履行推进法治建设第一责任人职责情况' }),
          makeSection('measures', {
            title: '2003年推进法治政府建设的主要举措和成效',
            paragraphs: ['全年审查重大决策<b>12</b>件。'],
            sections: [makeSection('measures', { title: '依法决策', paragraphs: ['重大决策均经合法性审查。'] })],
          }),
          makeSection('shortcomings', {
            title: '2003年推进法治政府建设存在的不足和原因',
            paragraphs: ['执法人员培训不足，部分村干部法治意识不强。'],
          }),
          makeSection('plans', { title: '2004年推进法治政府建设的主要安排' }),
          makeSection('other', { title: '其他需要报告的情况' }),
        ],
      }),
    );
    const element = await openIn(2003);
    await expect.element(page.getByRole('heading', { level: 4, name: '报告全文' })).toBeVisible();
    await expect
      .element(page.getByRole('heading', { level: 5, name: '二、2003年推进法治政府建设的主要举措和成效' }))
      .toBeVisible();
    await expect.element(page.getByRole('heading', { level: 6, name: '（一）依法决策' })).toBeVisible();
    await expect
      .element(page.getByRole('heading', { level: 5, name: '三、2003年推进法治政府建设存在的不足和原因' }))
      .toBeVisible();
    await expect.element(page.getByText('执法人员培训不足，部分村干部法治意识不强。')).toBeVisible();
    await expect.element(page.getByText('一年来，镇党委、镇政府坚持依法行政。')).toBeVisible();
    // Written as text, never read as markup.
    await expect.element(page.getByText('全年审查重大决策<b>12</b>件。')).toBeVisible();
    expect(element.shadowRoot?.querySelector('.full-text b')).toBeNull();
    const text = element.shadowRoot?.querySelector('.full-text')?.textContent ?? '';
    expect(text).toMatch(/东城镇人民政府\s*2004年1月20日/);
    // The steps come before the text; a link goes to the text and one comes back to the steps.
    const [actions, fullText] = ['#actions', '#full-text'].map((id) => element.shadowRoot?.querySelector(id));
    expect(actions?.compareDocumentPosition(fullText as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    await page.getByRole('link', { name: '阅读报告全文' }).click();
    await expect.poll(() => active(element)?.id).toBe('full-text');
    await page.getByRole('link', { name: '回到审核操作' }).click();
    await expect.poll(() => active(element)?.id).toBe('actions');
    await expect.element(page.getByRole('group', { name: '审核操作' })).toBeVisible();
    expect(await seriousViolations(element)).toEqual([]);
    // In English the desk's words change; the report's text stays in its language, marked so.
    element.setAttribute('locale', 'en');
    await expect.element(page.getByRole('heading', { level: 4, name: 'The report’s text' })).toBeVisible();
    expect(element.shadowRoot?.querySelector('.full-text .text')?.getAttribute('lang')).toBe('zh-CN');
    expect(await seriousViolations(element)).toEqual([]);
  });

  it('says what changed since the version before rightly: a section removed by name, a title changed as a title, a sentence changed', async () => {
    // 2000 is this file's. Version 2 drops 其他需要报告的情况 (the sections after it renumbered), retitles a
    // parent section whose own text is empty, and rewords a sentence; 履行法院生效裁判情况 is kept word for word.
    const sections = (second: boolean) =>
      [
        makeSection('duties', { title: '2000年党政主要负责人履行推进法治建设第一责任人职责情况' }),
        makeSection('measures', {
          title: second ? '2000年推进法治政府建设的主要举措和成效' : '主要举措和成效',
          paragraphs: [],
          sections: [makeSection('measures', { title: '依法决策', paragraphs: ['重大决策均经合法性审查。'] })],
        }),
        makeSection('shortcomings', {
          title: '2000年推进法治政府建设存在的不足和原因',
          paragraphs: [second ? '执法力量仍然不足。' : '执法力量不足。'],
        }),
        ...(second ? [] : [makeSection('other', { title: '其他需要报告的情况', paragraphs: ['无。'] })]),
        makeSection('judgments', { title: '2000年度履行法院生效裁判情况', paragraphs: ['需履行的1件已履行。'] }),
        makeSection('plans', { title: '2001年推进法治政府建设的主要安排' }),
      ].map((section, at) => ({ ...section, id: `s${at + 1}` }));
    const v = (second: boolean) =>
      report({
        year: 2000,
        title: '东城镇2000年法治政府建设工作情况的报告',
        issuedOn: '2001-01-20',
        sections: sections(second),
      });
    await submit(v(false));
    await submit(v(true));
    const element = await openIn(2000);
    await expect
      .poll(
        () =>
          [...(element.shadowRoot?.querySelectorAll('h4') ?? [])]
            .find((h4) => h4.textContent === '与上一版相比')
            ?.nextElementSibling?.querySelectorAll('li').length,
      )
      .toBe(3);
    const items = [
      ...([...(element.shadowRoot?.querySelectorAll('h4') ?? [])]
        .find((h4) => h4.textContent === '与上一版相比')
        ?.nextElementSibling?.querySelectorAll('li') ?? []),
    ].map((li) => li.textContent);
    expect(items).toEqual([
      '章节“主要举措和成效”的标题改为“2000年推进法治政府建设的主要举措和成效”',
      '章节“2000年推进法治政府建设存在的不足和原因”的正文有改动：“执法力量不足。”改为“执法力量仍然不足。”',
      '删去章节“其他需要报告的情况”',
    ]);
    element.setAttribute('locale', 'en');
    await expect
      .poll(() => listAfter(element, 'Since the previous version'))
      .toContain('Section “其他需要报告的情况” removed');
    expect(listAfter(element, 'Since the previous version')).toContain(
      'The text of section “2000年推进法治政府建设存在的不足和原因” changed: “执法力量不足。” became “执法力量仍然不足。”',
    );
    expect(await seriousViolations(element)).toEqual([]);
  });

  it('says 保密审查 is confirmed, by whom and when, once the reviewer confirmed it at 备案 and again at 公开', async () => {
    // 2003 is this file's: 北留镇's report, 保密审查 not marked done by the town.
    await submit(townReport('北留镇', 2003, { issuedOn: '2004-01-20' }), server.unit);
    const element = await mount();
    element.setAttribute('year', '2003');
    await page.getByRole('button', { name: '审核北留镇的报告' }).click();
    await expect.poll(() => listAfter(element, '按公开要求检查')).toContain('由您在备案、公开时勾选确认即可');
    await page.getByRole('checkbox', { name: '我已确认这份报告完成了保密审查，可以备案' }).click();
    await page.getByRole('button', { name: '备案', exact: true }).click();
    await expect.element(page.getByText('已备案北留镇的报告。')).toBeVisible();
    // The check for publication: the list under its heading and the lines after it.
    const checked = (title = '按公开要求检查') => {
      const heading = [...(element.shadowRoot?.querySelectorAll('h4') ?? [])].find((h4) => h4.textContent === title);
      let text = '';
      for (let next = heading?.nextElementSibling; next && next.tagName !== 'H4'; next = next.nextElementSibling)
        text += `${next.textContent ?? ''}\n`;
      return text;
    };
    await expect.poll(checked).toMatch(/保密审查：县依法治县办已于.+备案时确认完成。公开时仍须再勾选确认一次。/);
    expect(checked()).not.toContain('没有注明已完成保密审查');
    expect(listAfter(element, '需要留意的数据')).not.toContain('保密审查');
    expect(await seriousViolations(element)).toEqual([]);
    await page.getByRole('checkbox', { name: '我已确认这份报告完成了保密审查，可以公开' }).click();
    await page.getByRole('button', { name: '公开', exact: true }).click();
    await expect.element(page.getByText('已公开北留镇的报告。')).toBeVisible();
    await expect.poll(checked).toMatch(/保密审查：县依法治县办已于.+公开时确认完成。/);
    expect(checked()).not.toContain('没有注明已完成保密审查');
    element.setAttribute('locale', 'en');
    await expect
      .poll(() => checked('Checked for publication'))
      .toMatch(/Confidentiality review: confirmed done by 县依法治县办 when publishing/);
    // A version sent since is not confirmed by it: the reminder is back.
    element.setAttribute('locale', 'zh-CN');
    await page.getByLabelText('退回或撤销公开的原因').fill('落款有误');
    await page.getByRole('button', { name: '撤销公开', exact: true }).click();
    await expect.element(page.getByText('已撤销公开北留镇的报告。')).toBeVisible();
    // The reason given is cleared once the step is done: the next one is typed after that.
    await expect.element(page.getByLabelText('退回或撤销公开的原因')).toHaveValue('');
    await page.getByLabelText('退回或撤销公开的原因').fill('落款有误');
    await page.getByRole('button', { name: '退回', exact: true }).click();
    await expect.element(page.getByText('已退回北留镇的报告。')).toBeVisible();
    await submit(townReport('北留镇', 2003, { issuedOn: '2004-01-21' }), server.unit);
    await element.refresh();
    await page.getByRole('tab', { name: /^已提交/ }).click();
    await page.getByRole('button', { name: '审核北留镇的报告' }).click();
    await expect.poll(checked).toContain('由您在备案、公开时勾选确认即可');
    expect(checked()).not.toContain('确认完成');
  });

  // The items of the list under a heading of the report opened.
  const itemsAfter = (element: LawReportReviewElement, heading: string) =>
    [
      ...([...(element.shadowRoot?.querySelectorAll('h4') ?? [])]
        .find((h4) => h4.textContent === heading)
        ?.nextElementSibling?.querySelectorAll('li') ?? []),
    ].map((li) => li.textContent?.trim().replace(/\s+/g, ' '));

  it('says a figure the unit reclassified as one change naming both indicators, not as one removed and one added', async () => {
    // 1990 is this file's (东城镇). The county returned the report for a figure counted as 执法培训 that is a 普法宣传活动;
    // the town reclassified it (same words, same 6场) and, besides, wrote 22起 as 22件.
    const quote = '全年开展法治宣传活动6场，排查化解矛盾纠纷22起。';
    const v = (indicator: string, unit: string) =>
      ({
        ...reportOf(1990),
        metrics: [
          makeMetric(indicator, 6, { label: '开展法治宣传活动', unit: '场', source: { start: 0, end: 12, quote } }),
          makeMetric('disputes.handled', 22, {
            label: '排查化解矛盾纠纷',
            unit,
            source: { start: 13, end: 24, quote },
          }),
        ],
      }) satisfies Report;
    await submit(v('training.sessions', '起'));
    await submit(v('publicity.events', '件'));
    const element = await openIn(1990);
    await expect
      .poll(() => itemsAfter(element, '与上一版相比'))
      .toEqual([
        '数据“开展法治宣传活动”（6场）：指标由“执法培训”改为“普法宣传活动”',
        '“排查化解矛盾纠纷”：22起 改为 22件',
      ]);
    element.setAttribute('locale', 'en');
    await expect
      .poll(() => itemsAfter(element, 'Since the previous version'))
      .toContain(
        'Figure “开展法治宣传活动” (6场): indicator “Enforcement training sessions” became “Legal publicity events”',
      );
    expect(await seriousViolations(element)).toEqual([]);
  });

  it('says 撤销公开 in the history as the step it was, with its reason, and where it left the report', async () => {
    // 1990 is this file's (北留镇): its report filed, published and unpublished by the county.
    const response = await fetch(`${server.endpoint}/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.unit}`, 'content-type': 'application/json' },
      body: JSON.stringify(townReport('北留镇', 1990, { confidentialityReviewed: true })),
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    for (const [action, body] of [
      ['file', { confidentialityReviewed: true }],
      ['publish', { confidentialityReviewed: true }],
      ['unpublish', { reason: '公开的版本附件有误' }],
    ] as const) {
      const done = await fetch(`${server.endpoint}/reports/${id}/${action}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${server.reviewer}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(done.status).toBe(200);
    }
    const element = await mount();
    element.setAttribute('year', '1990');
    await page.getByRole('tab', { name: /^已备案/ }).click();
    await page.getByRole('button', { name: /北留镇的报告/ }).click();
    await expect.poll(() => itemsAfter(element, '审核记录').length).toBe(4);
    const steps = itemsAfter(element, '审核记录');
    expect(steps[1]).toMatch(/：已备案（确认已完成保密审查）$/);
    expect(steps[2]).toMatch(/：已公开（确认已完成保密审查）$/);
    expect(steps[3]).toMatch(/，县依法治县办：撤销公开（原因：公开的版本附件有误） → 已备案$/);
    element.setAttribute('locale', 'en');
    await expect
      .poll(() => itemsAfter(element, 'Review history')[3])
      .toMatch(/, 县依法治县办: Unpublish \(reason: 公开的版本附件有误\) → Filed$/);
    expect(await seriousViolations(element)).toEqual([]);
  });

  it('says why when the server refuses the token', async () => {
    const element = document.createElement('law-report-review');
    element.setAttribute('endpoint', server.endpoint);
    element.token = 'not-a-token';
    document.body.append(element);
    await expect.element(page.getByText(/^暂时读不到报告：需要有效的令牌/)).toBeVisible();
  });
});
