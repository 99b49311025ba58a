/// <reference types="@vitest/browser-playwright" />
import { chinaToday, formatChinaDate } from '@law-report/core/model';
import { beiliuReport } from '@law-report/core/testing';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { page } from 'vitest/browser';
import { seriousViolations } from '../internal/axe.js';
import { active, myReports, post, today } from '../internal/form-test-kit.js';
import './define.js';
import type { LawReportFormElement } from './law-report-form.js';

// What the town sees when the county steps back on its report: the reason it gave for 撤销公开 (and
// for 退回) in 本单位报送的报告 and in the report opened, on the day in China it was given, and what to
// do about a report it cannot send again. Against the shared collection server
// (tests/setup/collection-server.ts) its reports are of 1991, 1992 and 1993, years no other test
// file sends, so their states are this file's own (the years 1985–1987 first given to it are before
// the schema's first year, 1990: the server refuses them).

const server = inject('collectionServer');

async function mount(report: unknown, attributes: Record<string, string> = {}): Promise<LawReportFormElement> {
  const element = document.createElement('law-report-form');
  for (const [name, value] of Object.entries({ endpoint: server.endpoint, ...attributes }))
    element.setAttribute(name, value);
  if (report !== undefined) element.report = report as LawReportFormElement['report'];
  // Signed in as 北留镇.
  element.token = server.unit;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

// 北留镇's report on one of this file's years.
const ofYear = (year: number, overrides: Record<string, unknown> = {}) => ({
  ...beiliuReport(),
  year,
  title: `北留镇${year}年法治政府建设工作情况的报告`,
  issuedOn: `${year + 1}-01-20`,
  confidentialityReviewed: true,
  ...overrides,
});

const statusOf = (year: number) =>
  myReports()
    .getByRole('row', { name: new RegExp(`^${year}`) })
    .getByRole('cell')
    .first();

const UNPUBLISHED = '公开的版本第二部分数据有误，请核对';
const RETURNED = '请补充1992年矛盾纠纷化解的数据来源';

// No report of 北留镇 is left returned for other files: an empty form there opens the newest year the county
// returned (a run of the elements' tests alone failed three of law-report-form.server.test.ts's so).
afterAll(async () => {
  await post(server.endpoint, '/reports', server.unit, ofYear(1992));
});

afterEach(async () => {
  document.body.replaceChildren();
  localStorage.clear();
  await page.viewport(1280, 800);
});

describe('<law-report-form> when the county steps back on a report', () => {
  it('says why and when the county unpublished a filed report, in the list and in the report opened, and how to have it back', async () => {
    const { id, version } = await post(
      server.endpoint,
      '/reports',
      server.unit,
      ofYear(1991, { issuer: '北留镇人民政府（公开后撤销）' }),
    );
    await post(server.endpoint, `/reports/${id}/file`, server.reviewer, {});
    await post(server.endpoint, `/reports/${id}/publish`, server.reviewer, { confidentialityReviewed: true });
    await post(server.endpoint, `/reports/${id}/unpublish`, server.reviewer, { reason: UNPUBLISHED });
    const returned = await post(server.endpoint, '/reports', server.unit, ofYear(1992));
    await post(server.endpoint, `/reports/${returned.id}/return`, server.reviewer, { reason: RETURNED });

    // The clerk has 1991 in the form (typed again, not the county's version).
    const element = await mount(ofYear(1991, { issuer: '北留镇人民政府（重新填写）' }));
    const unpublished = `县里已撤销公开（${today()}），原因：${UNPUBLISHED}。`;
    // In the list, under a status that gives the day already, the day is not said twice.
    await expect.element(statusOf(1991)).toHaveTextContent(`已备案 ${today()}县里撤销了公开，原因：${UNPUBLISHED}。`);
    // 退回 is said in the list too, with its reason.
    await expect.element(statusOf(1992)).toHaveTextContent(`已退回 ${today()}退回原因：${RETURNED}。`);

    // Above the form, for the year it shows: what the county holds, and why it is not public.
    const held = page.getByRole('status').filter({ hasText: '县里已有本单位1991年' });
    await expect.element(held).toHaveTextContent(unpublished);
    expect(await seriousViolations(element)).toEqual([]);

    // Opened: it cannot be sent again, and the sentence says what to do.
    await held.getByRole('button', { name: '打开县里已有的1991年报告' }).click();
    await expect.poll(() => element.value.issuer).toBe('北留镇人民政府（公开后撤销）');
    await expect.poll(() => active(element)?.id).toBe('held');
    const said = `县里已有本单位1991年的报告（第 ${version} 版，已备案，${today()}）。${unpublished}撤销公开后报告仍是已备案，不能再提交。要按这个原因修改，请联系县里把它退回本单位，退回后在这里改好再提交。`;
    await expect.element(page.getByRole('status').filter({ hasText: '县里已有本单位1991年' })).toHaveTextContent(said);

    // Changed and sent all the same: refused before anything is sent, with the same words.
    await page.getByLabelText(/^落款单位/).fill('北留镇人民政府（改过）');
    await page.getByRole('button', { name: '提交' }).click();
    await expect.element(page.getByRole('alert', { name: '报告没有报送' })).toHaveTextContent(said);
  });

  it('says a filed report cannot be sent again in a plain sentence, with no reason where the county gave none', async () => {
    const { id, version } = await post(
      server.endpoint,
      '/reports',
      server.unit,
      ofYear(1993, { issuer: '北留镇人民政府（备案）' }),
    );
    await post(server.endpoint, `/reports/${id}/file`, server.reviewer, {});
    const element = await mount(ofYear(1993));
    await expect.element(statusOf(1993)).toHaveTextContent(`已备案 ${today()}`);
    await myReports().getByRole('button', { name: '打开1993年的报告' }).click();
    await expect.poll(() => element.value.issuer).toBe('北留镇人民政府（备案）');
    await expect
      .element(page.getByRole('status').filter({ hasText: '县里已有本单位1993年' }))
      .toHaveTextContent(
        `县里已有本单位1993年的报告（第 ${version} 版，已备案，${today()}）。县里已备案的报告不能再提交。要修改，请联系县里把它退回本单位，退回后在这里改好再提交。`,
      );
    expect(statusOf(1993).element().textContent).not.toContain('原因');
  });

  // 1991 as the first test left it: unpublished.
  it('says the county’s reason in English too, with the day in China', async () => {
    await mount(ofYear(1991), { locale: 'en' });
    const day = formatChinaDate(chinaToday(), 'en');
    await expect
      .element(page.getByRole('table', { name: 'Reports this unit has submitted' }).getByRole('row', { name: /^1991/ }))
      .toHaveTextContent(`Filed on ${day}The county unpublished it. Reason: ${UNPUBLISHED}.`);
  });
});
