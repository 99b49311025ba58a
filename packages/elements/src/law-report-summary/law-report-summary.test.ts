/// <reference types="@vitest/browser-playwright" />
import { judgedSubmission, validateReport, type Report } from '@law-report/core';
import { beiliuReport, makeMetric, makeReport, makeSection } from '@law-report/core/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import type { LawReportInvalidEvent } from '../events/law-report-invalid-event.js';
import { axNodes } from '../internal/ax-tree.js';
import { seriousViolations } from '../internal/axe.js';
import { contrast, focusRing } from '../internal/focus-ring.js';
import { languageOf } from '../internal/language-of.js';
import './define.js';
import type { LawReportSummaryElement } from './law-report-summary.js';

async function mount(report: unknown, attributes: Record<string, string> = {}): Promise<LawReportSummaryElement> {
  const element = document.createElement('law-report-summary');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.report = report;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

// The names Chromium gives the disclosures (出处) on the page, as a screen reader hears them.
async function disclosureNames(): Promise<string[]> {
  return (await axNodes()).filter((node) => node.role === 'DisclosureTriangle').map((node) => node.name);
}

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
});

describe('<law-report-summary>', () => {
  it('labels a town’s own indicator given its extension catalog as JSON, and says when the JSON is no catalog', async () => {
    const element = await mount(
      makeReport({ metrics: [makeMetric('x-longquan.gridMembers', 40, { unit: '名', label: '网格员队伍' })] }),
    );
    element.catalog = JSON.parse(
      '{"namespace":"longquan","indicators":[{"name":"gridMembers","label":{"zh-CN":"专职网格员","en":"Full-time grid members"},"units":["名"],"kind":"count"}]}',
    ) as LawReportSummaryElement['catalog'];
    await element.updateComplete;
    expect(element.shadowRoot?.querySelector('[part="metrics"] dt')?.textContent).toBe('专职网格员');
    expect(element.shadowRoot?.querySelector('[role="alert"]')).toBeNull();
    element.catalog = JSON.parse('{"indicators": 3}') as LawReportSummaryElement['catalog'];
    await element.updateComplete;
    await expect
      .element(page.getByRole('alert').filter({ hasText: '扩展指标目录有误' }))
      .toHaveTextContent(/暂按内置指标目录显示/);
    expect(element.shadowRoot?.querySelector('[part="metrics"] dt')?.textContent).toBe('网格员队伍');
    // A wrong file with a problem in every entry is said by its first three problems and how many more.
    element.catalog = Array.from({ length: 12 }, (_, at) => ({ namespace: `town${at}` })) as never;
    await element.updateComplete;
    const said = element.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '';
    expect(said).toMatch(/…（\+9）$/);
    expect(said.length).toBeLessThan(1_200);
    element.catalog = null;
    await element.updateComplete;
    expect(element.shadowRoot?.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows the unit, year, 落款 and an on-time badge', async () => {
    await mount(beiliuReport());
    await expect.element(page.getByRole('heading', { level: 2 })).toHaveTextContent('北留镇2023年法治政府建设年度报告');
    await expect.element(page.getByText('北留镇人民政府')).toBeVisible();
    await expect.element(page.getByText('按时报送')).toBeVisible();
  });

  it('marks which statutory contents are present', async () => {
    await mount(beiliuReport());
    const contents = page.getByRole('region', { name: '法定内容' }).getByRole('listitem');
    await expect.element(contents.nth(0)).toHaveTextContent('推进法治政府建设的主要举措和成效：已包含');
    await expect.element(contents.nth(4)).toHaveTextContent('其他需要报告的情况：缺失');
  });

  it('writes qualified values as the report did, with catalog labels', async () => {
    await mount(beiliuReport());
    const metrics = page.getByRole('region', { name: '主要指标' });
    await expect.element(metrics.getByText('800余人次', { exact: true })).toBeVisible();
    await expect.element(metrics.getByText('法律咨询', { exact: true })).toBeVisible();
  });

  it('shows the sentence an imported figure came from, on request', async () => {
    const quote = '全年共排查化解各类矛盾纠纷22起，调解成功率100%。';
    // The sentences stand in the report's text, as in an imported report.
    const sections = makeReport().sections.map((section) =>
      section.kind === 'measures' ? { ...section, paragraphs: [quote, '办理法律援助案件5件。'] } : section,
    );
    await mount(
      makeReport({
        sections,
        metrics: [makeMetric('disputes.handled', 22, { unit: '起', source: { start: 10, end: 13, quote } })],
      }),
    );
    const metrics = page.getByRole('region', { name: '主要指标' });
    await expect.element(metrics.getByText(quote)).not.toBeVisible();
    await metrics.getByText('出处').click();
    await expect.element(metrics.getByText(quote)).toBeVisible();
  });

  it('switches every string to English with locale="en"', async () => {
    await mount(beiliuReport(), { locale: 'en' });
    await expect
      .element(page.getByRole('heading', { level: 2 }))
      .toHaveTextContent('北留镇: rule-of-law government report 2023');
    await expect.element(page.getByText('over 800 人次', { exact: true })).toBeVisible();
    await expect.element(page.getByText('Valid', { exact: true })).toBeVisible();
    // English punctuation between a content and whether it is there (a full-width ： was left in).
    await expect.element(page.getByRole('listitem').first()).toHaveTextContent(/^Main measures and results: /);
  });

  it('shows a late badge against the county’s own deadline', async () => {
    const element = await mount(makeReport({ issuedOn: '2024-02-10' }));
    await expect.element(page.getByText('按时报送')).toBeVisible();
    element.deadlines = { submit: { town: '01-31' } };
    await element.updateComplete;
    await expect.element(page.getByText('逾期 10 天', { exact: true })).toBeVisible();
  });

  it('puts 按时 or 逾期 beside the day the report was sent, when it was sent on another day than its 落款', async () => {
    const element = await mount(makeReport({ issuedOn: '2024-01-25', submittedOn: '2024-02-22' }));
    element.deadlines = { submit: { town: '01-31' } };
    await element.updateComplete;
    const dates = [...(element.shadowRoot?.querySelectorAll('dt') ?? [])].map(
      (term) => `${term.textContent?.trim()}：${term.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim()}`,
    );
    expect(dates).toContain('落款日期：2024年1月25日');
    expect(dates).toContain('报送日期：2024年2月22日 逾期 22 天');
  });

  it('judges the day the county first received the report when it is given, named for what it is, the unit’s own date below', async () => {
    const element = await mount(makeReport({ issuedOn: '2024-01-20', submittedOn: '2024-01-25' }));
    element.deadlines = { submit: { town: '01-31' } };
    element.judged = judgedSubmission(element.report as Report, { at: '2024-02-22T02:00:00Z', loaded: false });
    await element.updateComplete;
    const dates = [...(element.shadowRoot?.querySelectorAll('dt') ?? [])].map(
      (term) => `${term.textContent?.trim()}：${term.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim()}`,
    );
    expect(dates).toEqual([
      '落款单位：示例镇人民政府',
      '落款日期：2024年1月20日',
      '收到日期（首次报送）：2024年2月22日 逾期 22 天',
      '单位填写的报送日期：2024年1月25日',
    ]);
    // The county received it on the day the unit wrote: one row, as without a server.
    element.judged = judgedSubmission(element.report as Report, { at: '2024-01-25', loaded: false });
    await element.updateComplete;
    expect(element.shadowRoot?.querySelectorAll('dt')).toHaveLength(3);
    await expect.element(page.getByText('按时报送', { exact: true })).toBeVisible();
  });

  it('lists the county’s late receipt in 校验结果, as its badge says, though the 报送日期 the unit typed is on time', async () => {
    const element = await mount(makeReport({ issuedOn: '2024-01-20', submittedOn: '2024-01-25' }));
    element.deadlines = { submit: { town: '01-31' } };
    element.judged = judgedSubmission(element.report as Report, { at: '2024-02-03T02:00:00Z', loaded: false });
    await element.updateComplete;
    await expect.element(page.getByText('逾期 3 天', { exact: true })).toBeVisible();
    const status = page.getByRole('region', { name: '校验结果' });
    await expect
      .element(status.getByRole('listitem').filter({ hasText: '截止日期' }))
      .toHaveTextContent(
        '警告：县里收到报告的日期 2024年2月3日 晚于截止日期 2024年1月31日（逾期 3 天；是否逾期按县里首次收到的日期判断，报告中填写的报送日期是 2024年1月25日）。',
      );
  });

  it('lists no late warning in 校验结果 when the county received the report on time, though the 报送日期 typed is late', async () => {
    const element = await mount(makeReport({ issuedOn: '2024-01-20', submittedOn: '2024-02-10' }));
    element.deadlines = { submit: { town: '01-31' } };
    await element.updateComplete;
    const status = page.getByRole('region', { name: '校验结果' });
    // Judged on its own, by the date typed: late.
    await expect
      .element(status.getByText('报送日期 2024年2月10日 晚于截止日期 2024年1月31日', { exact: false }))
      .toBeVisible();
    element.judged = judgedSubmission(element.report as Report, { at: '2024-01-30T02:00:00Z', loaded: false });
    await element.updateComplete;
    await expect.element(page.getByText('按时报送', { exact: true })).toBeVisible();
    await expect.element(status.getByText('截止日期', { exact: false })).not.toBeInTheDocument();
  });

  it('fires law-report-invalid and lists the errors for a report with errors', async () => {
    const report = makeReport();
    report.sections = report.sections.filter((section) => section.kind !== 'plans');
    const element = document.createElement('law-report-summary');
    const events: LawReportInvalidEvent[] = [];
    element.addEventListener('law-report-invalid', (event) => events.push(event));
    element.report = report;
    document.body.append(element);
    await element.updateComplete;
    expect(events).toHaveLength(1);
    expect(events[0]?.issues.map((issue) => issue.code)).toContain('missing_section');
    await expect.element(page.getByText('有 1 个错误')).toBeVisible();
  });

  it('shows garbage input as an alert instead of throwing', async () => {
    await mount({ title: '<img src=x onerror=alert(1)>' });
    await expect.element(page.getByRole('alert')).toHaveTextContent('无法显示');
    expect(document.querySelector('law-report-summary')?.shadowRoot?.querySelector('img')).toBeNull();
  });

  it('never inserts report text as HTML, from any field of a valid report', async () => {
    const markup = '<img src=x onerror="window.__xss=1"><b>粗体</b>';
    const report = makeReport({
      title: `示例镇${markup}2023年法治政府建设工作情况的报告`,
      unit: { name: `示例镇${markup}`, level: 'town' },
      issuer: `示例镇人民政府${markup}`,
      sections: [
        makeSection('measures', { title: markup, paragraphs: [markup] }),
        makeSection('duties'),
        makeSection('shortcomings'),
        makeSection('plans'),
      ],
      metrics: [makeMetric('unclassified', 3, { label: markup, unit: '次' })],
    });
    expect(validateReport(report, { profile: 'draft' }).ok).toBe(true);
    const element = await mount(report);
    await expect.element(page.getByText(`示例镇人民政府${markup}`)).toBeVisible();
    await expect
      .element(page.getByRole('heading', { level: 2 }))
      .toHaveTextContent(`示例镇${markup}2023年法治政府建设年度报告`);
    expect(element.shadowRoot?.querySelector('img, b, script')).toBeNull();
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  });

  it('downloads the report as a Word file that imports back to it', async () => {
    await mount(beiliuReport());
    const blobs: Blob[] = [];
    const names: string[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) blobs.push(blob);
      return 'blob:law-report-test';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    try {
      await page.getByRole('button', { name: '下载 Word' }).click();
      // The Word writer is loaded on use and builds the file: 2.4 s on a busy 2-core machine, past a poll's 1 s.
      await expect.poll(() => blobs.length, { timeout: 10_000 }).toBe(1);
    } finally {
      create.mockRestore();
      click.mockRestore();
    }
    expect(names).toEqual(['北留镇2023年法治政府建设年度报告.docx']);
    const { importDocx } = await import('@law-report/core/docx');
    const { report } = await importDocx(new Uint8Array(await blobs[0]!.arrayBuffer()));
    expect(report).toMatchObject({ title: beiliuReport().title, issuer: '北留镇人民政府', issuedOn: '2024-01-25' });
  });

  it('shows focus with two rings, one of them at least 3:1 on white and on dark grey, with a page’s own focus colour too', async () => {
    const element = await mount(beiliuReport());
    await userEvent.keyboard('{Tab}');
    const button = page.getByRole('button', { name: '下载 Word' }).element();
    expect(button.matches(':focus-visible')).toBe(true);
    // The county portal sets its light focus colour, as pages did before the ring.
    for (const pageColour of ['', '#ffbf47']) {
      element.style.setProperty('--law-color-focus', pageColour);
      const ring = focusRing(button);
      expect(ring.outer).toBeDefined();
      expect(ring.bothShow).toBe(true);
      for (const background of ['rgb(255, 255, 255)', 'rgb(51, 51, 51)']) {
        expect(
          Math.max(contrast(ring.inner, background), contrast(ring.outer ?? ring.inner, background)),
          `${pageColour} on ${background}`,
        ).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('says which language it speaks, and reads the report’s own words as Chinese on an English page', async () => {
    document.documentElement.lang = 'en';
    const chinese = await mount(beiliuReport());
    expect(languageOf(page.getByRole('heading', { level: 2 }).element())).toBe('zh-CN');
    chinese.remove();
    const report = beiliuReport();
    report.metrics.push(makeMetric('unclassified', 3, { label: '开展法治文艺演出', unit: '场' }));
    await mount(report, { locale: 'en' });
    expect(languageOf(page.getByRole('heading', { level: 2 }).element())).toBe('en');
    expect(languageOf(page.getByText('Statutory contents').element())).toBe('en');
    for (const text of ['北留镇', '北留镇人民政府', '开展法治文艺演出'])
      expect(languageOf(page.getByText(text, { exact: true }).first().element()), text).toBe('zh-CN');
    expect(languageOf(page.getByText('人次', { exact: true }).first().element())).toBe('zh-CN');
    const quote = page
      .getByText(/^充分发挥镇村两级/)
      .first()
      .element();
    expect(languageOf(quote)).toBe('zh-CN');
  });

  it('is no second banner of the page: its heading and dates are plain content', async () => {
    await mount(beiliuReport());
    expect(page.getByRole('banner').elements()).toHaveLength(0);
    await expect.element(page.getByRole('heading', { level: 2 })).toBeVisible();
  });

  it('starts its headings at heading-level, with its sections one below', async () => {
    await mount(beiliuReport(), { 'heading-level': '4' });
    await expect.element(page.getByRole('heading', { level: 4 })).toHaveTextContent('北留镇2023年法治政府建设年度报告');
    expect(
      page
        .getByRole('heading', { level: 5 })
        .elements()
        .map((heading) => heading.textContent?.trim()),
    ).toEqual(['法定内容', '主要指标', '校验结果']);
    expect(page.getByRole('heading', { level: 2 }).elements()).toHaveLength(0);
    expect(page.getByRole('heading', { level: 3 }).elements()).toHaveLength(0);
  });

  it('names each 出处 by its figure, so a screen reader’s list of them is no list of 出处', async () => {
    const report = beiliuReport();
    await mount(report);
    const names = await disclosureNames();
    expect(names).toHaveLength(report.metrics.filter((metric) => metric.source?.quote).length);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('出处：法律咨询 800余人次');
  });

  it('marks a figure whose sentence is no longer in the text, where the figure is shown', async () => {
    const quote = '全年共排查化解各类矛盾纠纷22起。';
    const sections = makeReport().sections.map((section) =>
      section.kind === 'measures' ? { ...section, paragraphs: ['全年共排查化解各类矛盾纠纷25起。'] } : section,
    );
    await mount(
      makeReport({
        sections,
        metrics: [makeMetric('disputes.handled', 22, { unit: '起', source: { start: 10, end: 13, quote } })],
      }),
    );
    const figure = page.getByText('22起', { exact: true });
    await expect.element(figure).toBeVisible();
    expect(figure.element().parentElement?.textContent).toContain('正文已改，请核对');
  });

  it('prints no 出处 stubs: a closed one is left out, an opened one prints its sentence', async () => {
    const quote = '全年共排查化解各类矛盾纠纷22起，调解成功率100%。';
    // The sentences stand in the report's text, as in an imported report.
    const sections = makeReport().sections.map((section) =>
      section.kind === 'measures' ? { ...section, paragraphs: [quote, '办理法律援助案件5件。'] } : section,
    );
    await mount(
      makeReport({
        sections,
        metrics: [
          makeMetric('disputes.handled', 22, { unit: '起', source: { start: 10, end: 13, quote } }),
          makeMetric('legalAid.cases', 5, {
            unit: '件',
            source: { start: 20, end: 22, quote: '办理法律援助案件5件。' },
          }),
        ],
      }),
    );
    await page.getByText('出处').first().click();
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    try {
      await expect.element(page.getByText(quote)).toBeVisible();
      await expect.element(page.getByText('出处').nth(1)).not.toBeVisible();
      await expect.element(page.getByText('5件', { exact: true })).toBeVisible();
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { media: '' });
    }
  });

  it('keeps targets apart as 目标: scope target, and every figure of the plans', async () => {
    const plans = makeSection('plans', { id: 'plans-1' });
    const report = makeReport({
      sections: [
        makeSection('duties'),
        makeSection('measures'),
        makeSection('shortcomings'),
        plans,
        makeSection('other'),
      ],
      metrics: [
        makeMetric('disputes.handled', 22, { unit: '起' }),
        makeMetric('study.lectures', 6, {
          label: '开展法治讲座',
          unit: '场',
          qualifier: 'over',
          scope: 'target',
          source: { start: 0, end: 5, quote: '全年开展法治讲座不少于6场。' },
        }),
        makeMetric('training.sessions', 300, {
          label: '培训干部',
          unit: '人次',
          qualifier: 'about',
          sectionId: 'plans-1',
          source: { start: 0, end: 7, quote: '培训干部300人次左右。' },
        }),
      ],
    });
    await mount(report);
    const year = page.getByRole('region', { name: '主要指标' });
    const targets = page.getByRole('region', { name: '目标' });
    await expect.element(year.getByText('22起', { exact: true })).toBeVisible();
    await expect.element(year).not.toHaveTextContent(/6场|300/);
    await expect.element(targets.getByText('不少于6场', { exact: true })).toBeVisible();
    await expect.element(targets.getByText('300人次左右', { exact: true })).toBeVisible();
    await expect.element(targets).not.toHaveTextContent('22起');
  });

  it('writes each qualifier as the report did: 不少于6场 is no 6余场, and in English the English word', async () => {
    const metric = makeMetric('publicity.events', 6, {
      label: '开展普法宣传活动',
      unit: '场',
      qualifier: 'over',
      source: { start: 0, end: 5, quote: '全年开展普法宣传活动不少于6场。' },
    });
    const element = await mount(makeReport({ metrics: [metric] }));
    const metrics = page.getByRole('region', { name: '主要指标' });
    await expect.element(metrics.getByText('不少于6场', { exact: true })).toBeVisible();
    await expect.element(metrics).not.toHaveTextContent('6余场');
    element.locale = 'en';
    await element.updateComplete;
    await expect
      .element(page.getByRole('region', { name: 'Key metrics' }).getByText('over 6 场', { exact: true }))
      .toBeVisible();
  });

  it('does not scroll sideways at 375 px, with English labels longer than the figures', async () => {
    await page.viewport(375, 800);
    try {
      await mount(beiliuReport(), { locale: 'en' });
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(375);
      expect(
        page.getByText('over 800 人次', { exact: true }).element().getBoundingClientRect().right,
      ).toBeLessThanOrEqual(375);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('has no serious accessibility violations, in Chinese and English, with headings set lower', async () => {
    const element = await mount(beiliuReport());
    expect(await seriousViolations(element)).toEqual([]);
    await page.getByText('出处').first().click();
    expect(await seriousViolations(element)).toEqual([]);
    element.locale = 'en';
    element.setAttribute('heading-level', '4');
    await element.updateComplete;
    expect(await seriousViolations(element)).toEqual([]);
  });
});
