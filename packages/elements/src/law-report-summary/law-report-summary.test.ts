import { validateReport } from '@law-report/core';
import { beiliuReport, makeMetric, makeReport, makeSection } from '@law-report/core/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { LawReportInvalidEvent } from '../events/law-report-invalid-event.js';
import { seriousViolations } from '../internal/axe.js';
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

afterEach(() => {
  document.body.replaceChildren();
});

describe('<law-report-summary>', () => {
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
    await mount(makeReport({ metrics: [makeMetric('disputes.handled', 22, { unit: '起', source: { start: 10, end: 13, quote } })] }));
    const metrics = page.getByRole('region', { name: '主要指标' });
    await expect.element(metrics.getByText(quote)).not.toBeVisible();
    await metrics.getByText('出处').click();
    await expect.element(metrics.getByText(quote)).toBeVisible();
  });

  it('switches every string to English with locale="en"', async () => {
    await mount(beiliuReport(), { locale: 'en' });
    await expect.element(page.getByRole('heading', { level: 2 })).toHaveTextContent('北留镇: rule-of-law government report 2023');
    await expect.element(page.getByText('over 800 人次')).toBeVisible();
    await expect.element(page.getByText('Valid', { exact: true })).toBeVisible();
  });

  it('shows a late badge against the county’s own deadline', async () => {
    const element = await mount(makeReport({ issuedOn: '2024-02-10' }));
    await expect.element(page.getByText('按时报送')).toBeVisible();
    element.deadlines = { submit: { town: '01-31' } };
    await element.updateComplete;
    await expect.element(page.getByText('逾期 10 天', { exact: true })).toBeVisible();
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
      sections: [makeSection('measures', { title: markup, paragraphs: [markup] }), makeSection('duties'), makeSection('shortcomings'), makeSection('plans')],
      metrics: [makeMetric('unclassified', 3, { label: markup, unit: '次' })],
    });
    expect(validateReport(report, { profile: 'draft' }).ok).toBe(true);
    const element = await mount(report);
    await expect.element(page.getByText(`示例镇人民政府${markup}`)).toBeVisible();
    await expect.element(page.getByRole('heading', { level: 2 })).toHaveTextContent(`示例镇${markup}2023年法治政府建设年度报告`);
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
      await expect.poll(() => blobs.length).toBe(1);
    } finally {
      create.mockRestore();
      click.mockRestore();
    }
    expect(names).toEqual(['北留镇2023年法治政府建设年度报告.docx']);
    const { importDocx } = await import('@law-report/core/docx');
    const { report } = await importDocx(new Uint8Array(await blobs[0]!.arrayBuffer()));
    expect(report).toMatchObject({ title: beiliuReport().title, issuer: '北留镇人民政府', issuedOn: '2024-01-25' });
  });

  it('has no serious accessibility violations', async () => {
    const element = await mount(beiliuReport());
    expect(await seriousViolations(element)).toEqual([]);
  });
});
