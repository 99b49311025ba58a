/// <reference types="@vitest/browser-playwright" />
import { beiliuReport, makeMetric, makeReport, makeSection } from '@law-report/core/testing';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axNodes } from '../internal/ax-tree.js';
import { seriousViolations } from '../internal/axe.js';
import { active, importText, myReports, post, today } from '../internal/form-test-kit.js';
import './define.js';
import type { LawReportFormElement } from './law-report-form.js';

// What the clerk trials found at the town clerk's desk: what 确认全部导入的数字 confirms and where it
// leaves the clerk, the 原文表述 of a long figure read whole, the dates the county's steps were taken
// and the published report, and a returned report met with a draft offered back. Against the shared
// collection server (tests/setup/collection-server.ts) its reports are of 1994, 1995 and 1996, years
// no other test file sends, so their states are this file's own.

async function mount(
  report: unknown,
  attributes: Record<string, string> = {},
  token?: string,
): Promise<LawReportFormElement> {
  const element = document.createElement('law-report-form');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (report !== undefined) element.report = report as LawReportFormElement['report'];
  element.token = token;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const server = inject('collectionServer');

// Signed in as 北留镇 at the collection server.
function atServer(report: unknown, attributes: Record<string, string> = {}): Promise<LawReportFormElement> {
  return mount(report, { endpoint: server.endpoint, ...attributes }, server.unit);
}

// 北留镇's report on one of this file's years.
const ofYear = (year: number, overrides: Record<string, unknown> = {}) => ({
  ...beiliuReport(),
  year,
  title: `北留镇${year}年法治政府建设工作情况的报告`,
  issuedOn: `${year + 1}-01-20`,
  ...overrides,
});

// Signed, but with no 落款 date: the importer guesses one (and the issuer) and says so.
const UNDATED =
  '南山乡2024年法治政府建设情况报告\n一、主要举措和成效\n全年调解矛盾纠纷18起。\n二、存在的不足和原因\n基层力量薄弱。\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n专题研究法治工作3次。\n四、2025年工作安排\n继续推进。\n\n南山乡人民政府';

// Not signed at all: the importer guesses the issuer (from the unit) as well as the date. (Since an issuing body
// alone on the last line is read as the 落款's issuer, UNDATED's issuer is no longer a guess.)
const UNSIGNED = UNDATED.replace(/\n+南山乡人民政府$/, '');

// No report of 北留镇 is left returned for other files: an empty form there opens the newest year the county
// returned (a run of the elements' tests alone failed three of law-report-form.server.test.ts's so).
afterAll(async () => {
  await post(server.endpoint, '/reports', server.unit, ofYear(1996));
});

afterEach(async () => {
  document.body.replaceChildren();
  localStorage.clear();
  await page.viewport(1280, 800);
});

describe('<law-report-form> after the clerk trials', () => {
  it('names the button by what it confirms, the imported figures, and then takes the clerk to the first guessed 落款 field with why it is left', async () => {
    const element = await mount(undefined);
    await importText(UNSIGNED);
    const button = page.getByRole('button', { name: '确认全部导入的数字', exact: true });
    await expect.element(button).toHaveTextContent('确认全部导入的数字');
    expect(await axNodes()).toContainEqual({ role: 'button', name: '确认全部导入的数字' });
    // The page scrolled so that 落款单位 shows at the bottom of the window, its note under it out of sight.
    const issuer = page.getByLabelText(/^落款单位/).element();
    window.scrollBy(0, issuer.getBoundingClientRect().bottom - window.innerHeight + 2);
    (button.element() as HTMLElement).focus({ preventScroll: true });
    await userEvent.keyboard('{Enter}');
    expect(page.getByRole('button', { name: /^确认：/ }).elements()).toHaveLength(0);
    // Focus on the first guessed field itself, which its note describes (heard with it), its 确认 button next.
    await expect.poll(() => active(element)?.id).toBe('f-issuer');
    await expect.element(page.getByLabelText(/^落款单位/)).toHaveAccessibleDescription(/^待核对 导入提示：/);
    await expect
      .element(page.getByRole('status').filter({ hasText: '导入的数字已全部确认' }))
      .toHaveTextContent(
        '导入的数字已全部确认。还有 2 项是导入时推测或没有读出的，不能一起确认：推测的值（比如落款日期）不一定对，要有人逐项看过。请从这一项开始核对。',
      );
    // In sight with it: the note under the field, and its 确认 button.
    const note = element.shadowRoot?.querySelector('#g-f-issuer')?.getBoundingClientRect();
    expect(note && note.top >= 0 && note.bottom <= window.innerHeight).toBe(true);
    await expect.element(page.getByRole('button', { name: '确认落款单位' })).toBeVisible();
  });

  // A phrase as a report writes it, longer than any line of the box at 1280 px.
  const LONG =
    '全年通过“法律明白人”“法治带头人”和村级人民调解委员会共同开展矛盾纠纷排查化解和法律咨询服务，实现小事不出村、大事不出镇、矛盾不上交';

  for (const [width, height] of [
    [1280, 800],
    [375, 740],
  ] as const) {
    it(`shows a long 原文表述 whole at ${width} px, in a box that grows as it is typed, named, and left by Tab`, async () => {
      await page.viewport(width, height);
      const measures = makeSection('measures', { id: 's1', title: '主要举措和成效' });
      const element = await mount(
        makeReport({
          sections: [measures],
          metrics: [makeMetric('disputes.handled', 22, { unit: '起', label: LONG, sectionId: 's1' })],
        }),
      );
      const phrase = page.getByRole('textbox', { name: /^原文表述/ });
      await expect.element(phrase).toHaveValue(LONG);
      const box = phrase.element() as HTMLTextAreaElement;
      // All of it in sight: nothing scrolled away inside the box, nothing past its right edge or the page's.
      expect(box.scrollHeight).toBeLessThanOrEqual(box.clientHeight + 1);
      expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth + 1);
      expect(box.getBoundingClientRect().right).toBeLessThanOrEqual(width);
      const before = box.getBoundingClientRect().height;
      // Typed at the end, it grows with the text, and Enter breaks no line into the phrase.
      box.focus();
      box.setSelectionRange(LONG.length, LONG.length);
      await userEvent.keyboard('，群众满意率持续提升，全镇没有发生一起因矛盾纠纷引发的群体性事件{Enter}');
      await expect.poll(() => box.getBoundingClientRect().height).toBeGreaterThan(before);
      expect(box.scrollHeight).toBeLessThanOrEqual(box.clientHeight + 1);
      expect(box.value).not.toContain('\n');
      expect(element.value.metrics[0]?.label).toBe(
        `${LONG}，群众满意率持续提升，全镇没有发生一起因矛盾纠纷引发的群体性事件`,
      );
      // Tab goes on to the figure's 数值, as from a one-line box.
      await userEvent.tab();
      expect(active(element)?.getAttribute('aria-labelledby')).toMatch(/-2 n-0$/);
      expect(page.getByRole('textbox', { name: /^原文表述/ }).elements()).toHaveLength(1);
    });
  }

  it('keeps typing in one 原文表述 of 1,000 figures from updating the form: no other row is drawn again', async () => {
    const sections = Array.from({ length: 20 }, (_, i) =>
      makeSection('measures', { id: `s${i}`, title: `第${i + 1}部分` }),
    );
    const metrics = Array.from({ length: 1000 }, (_, i) =>
      makeMetric('disputes.handled', i, { unit: '起', label: `第${i}项`, sectionId: `s${i % 20}` }),
    );
    const element = await mount(makeReport({ sections, metrics }));
    const renders = { count: 0 };
    const form = element as unknown as { render: () => unknown };
    const render = form.render.bind(element);
    form.render = () => {
      renders.count++;
      return render();
    };
    const box = element.shadowRoot?.querySelector<HTMLTextAreaElement>('#f-metrics-500-label');
    expect(box?.tagName).toBe('TEXTAREA');
    box?.focus();
    // The first focus in the form loads its checks, which update it once when they are here: counted after.
    await expect.poll(() => renders.count).toBe(1);
    await element.updateComplete;
    renders.count = 0;
    await userEvent.keyboard('调解成功');
    await element.updateComplete;
    expect(element.value.metrics[500]?.label).toBe('第500项调解成功');
    expect(renders.count).toBe(0);
  });

  it('says on which day the county filed or published each year, and links a published report to the page the public reads', async () => {
    const published = await post(
      server.endpoint,
      '/reports',
      server.unit,
      ofYear(1994, { confidentialityReviewed: true }),
    );
    await post(server.endpoint, `/reports/${published.id}/file`, server.reviewer, {});
    await post(server.endpoint, `/reports/${published.id}/publish`, server.reviewer, { confidentialityReviewed: true });
    const filed = await post(server.endpoint, '/reports', server.unit, ofYear(1995, { confidentialityReviewed: true }));
    await post(server.endpoint, `/reports/${filed.id}/file`, server.reviewer, {});

    const element = await atServer({ year: 1995 });
    const row1994 = myReports().getByRole('row', { name: /^1994/ });
    const row1995 = myReports().getByRole('row', { name: /^1995/ });
    await expect.element(row1994.getByRole('cell').first()).toHaveTextContent(`已公开 ${today()}`);
    await expect.element(row1995.getByRole('cell').first()).toHaveTextContent(`已备案 ${today()}`);
    // The server's own public page, beside its API: what the public reads.
    const link = row1994.getByRole('link', { name: '查看公开版：1994年的报告' });
    await expect.element(link).toHaveTextContent('查看公开版');
    const href = link.element().getAttribute('href') ?? '';
    expect(href).toBe(`${server.endpoint.replace(/\/api$/, '')}/reports/1994/${encodeURIComponent('北留镇')}.html`);
    const page1994 = await fetch(href);
    expect(page1994.status).toBe(200);
    expect(await page1994.text()).toContain('北留镇1994年法治政府建设工作情况的报告');
    // Only a published report has one.
    expect(row1995.getByRole('link').elements()).toHaveLength(0);
    expect(await seriousViolations(element)).toEqual([]);
    element.remove();

    // A portal whose public pages are elsewhere says where; empty, it shows the day alone.
    await atServer({ year: 1995 }, { 'public-href': 'https://www.example.gov.cn/fzzf/{year}/{unit}.html?id={id}' });
    await expect
      .element(myReports().getByRole('link', { name: '查看公开版：1994年的报告' }))
      .toHaveAttribute(
        'href',
        `https://www.example.gov.cn/fzzf/1994/${encodeURIComponent('北留镇')}.html?id=${encodeURIComponent(published.id)}`,
      );
    document.body.replaceChildren();
    await atServer({ year: 1995 }, { 'public-href': '' });
    await expect
      .element(myReports().getByRole('row', { name: /^1994/ }).getByRole('cell').first())
      .toHaveTextContent(`已公开 ${today()}`);
    expect(myReports().getByRole('link').elements()).toHaveLength(0);
  });

  it('asks a clerk with an unsent draft whether to go on with it or with the county’s returned version, loads nothing behind the question, and loses neither', async () => {
    const { id, version } = await post(
      server.endpoint,
      '/reports',
      server.unit,
      ofYear(1996, { issuer: '北留镇人民政府（退回前）' }),
    );
    // Typed with its own full stop, as a reviewer types it: the offer's sentence does not double it.
    await post(server.endpoint, `/reports/${id}/return`, server.reviewer, { reason: '请补充1996年的数据来源。' });
    localStorage.setItem(
      'beiliu-1996',
      JSON.stringify({
        report: ofYear(1996, { issuer: '北留镇人民政府（我的草稿）' }),
        at: new Date().toISOString(),
        focus: '',
        scroll: 0,
      }),
    );
    // A new visit: an empty form, the draft of 1996 offered back, and 1996 returned by the county.
    const element = await atServer(undefined, { 'draft-key': 'beiliu-1996' });
    const question = page.getByRole('group', { name: /未提交草稿.*县里已退回本单位1996年的报告/ });
    await expect
      .element(question)
      .toHaveTextContent(
        `县里已退回本单位1996年的报告（第 ${version} 版），退回原因：请补充1996年的数据来源。要接着修改哪一份？另一份也会保留，之后还可以换成它。`,
      );
    // Focus on the first answer, so Enter answers (it was on the question's box, where Enter did nothing), and the
    // question, grown by the county's returned version after focus came, is said.
    await expect.poll(() => active(element)?.textContent?.trim()).toBe('恢复草稿');
    expect(active(element)?.closest('[role="group"]')?.id).toBe('restore');
    // Only what is new is said: the sentence of the county's return, not the draft's again.
    await expect
      .poll(() => element.shadowRoot?.querySelector('#announce')?.textContent)
      .toMatch(/^县里已退回本单位1996年的报告/);
    // Nothing came in behind it, and the reason is said once, in the question.
    expect(element.value.issuer).toBe('');
    expect(page.getByText('已载入县里退回的').elements()).toHaveLength(0);
    expect(page.getByText('县里已退回这份报告').elements()).toHaveLength(0);
    await expect
      .element(myReports().getByRole('row', { name: /^1996/ }).getByRole('cell').first())
      .toHaveTextContent(`已退回 ${today()}`);
    expect(await seriousViolations(element)).toEqual([]);

    // The county's version: in the form, its reason focused, the draft still offered.
    await question.getByRole('button', { name: `载入退回的第 ${version} 版修改` }).click();
    await expect.poll(() => element.value.issuer).toBe('北留镇人民政府（退回前）');
    await expect.poll(() => active(element)?.id).toBe('returned');
    const offered = page.getByRole('group', { name: /未提交草稿/ });
    await expect.element(offered).not.toHaveTextContent('要接着修改哪一份');
    // Changed their mind: the draft, and the county's version still there to load, with its reason.
    await offered.getByRole('button', { name: '恢复草稿' }).click();
    await expect.poll(() => element.value.issuer).toBe('北留镇人民政府（我的草稿）');
    const returned = page.getByRole('status').filter({ hasText: '县里已退回这份报告' });
    await expect.element(returned).toHaveTextContent('退回原因：请补充1996年的数据来源');
    await expect.element(returned.getByRole('button', { name: `载入退回的第 ${version} 版修改` })).toBeVisible();
  });
});
