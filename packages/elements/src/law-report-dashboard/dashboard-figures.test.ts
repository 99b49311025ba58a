import type { Report } from '@law-report/core/model';
import { makeMetric, makeReport } from '@law-report/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import './define.js';
import type { LawReportDashboardElement } from './law-report-dashboard.js';

// One town over two years, given to the dashboard as the page's own reports.
const town = (year: number, metrics: Report['metrics']): Report =>
  makeReport({
    year,
    title: `东岭镇${year}年法治政府建设工作情况的报告`,
    unit: { name: '东岭镇', level: 'town' },
    issuer: '东岭镇人民政府',
    issuedOn: `${year + 1}-01-20`,
    metrics,
  });

async function mount(properties: Partial<LawReportDashboardElement>, locale = 'zh-CN') {
  const element = document.createElement('law-report-dashboard');
  element.setAttribute('locale', locale);
  Object.assign(element, properties);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

// The figures table's cell of one indicator under a column whose header starts with `header`.
function cell(element: LawReportDashboardElement, indicator: string, header: string): string | undefined {
  const rows = [
    ...(element.shadowRoot?.querySelectorAll(
      '[part="figures"] table > thead > tr, [part="figures"] table > tbody > tr',
    ) ?? []),
  ].map((row) =>
    [...row.querySelectorAll(':scope > th, :scope > td')].map(
      (one) => one.textContent?.trim().replace(/\s+/g, ' ') ?? '',
    ),
  );
  const column = rows[0]?.findIndex((text) => text.startsWith(header)) ?? -1;
  return rows.find((row) => row[0] === indicator)?.[column];
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the dashboard’s change from last year', () => {
  const consultations = (value: number, qualifier: 'exact' | 'over') =>
    makeMetric('legalServices.consultations', value, { unit: '人次', qualifier, label: '提供法律咨询' });

  it('says 800人次以上 after 1179 fell by at most 379, never -379余', async () => {
    const element = await mount({
      reports: [town(2024, [consultations(800, 'over')])],
      previous: [town(2023, [consultations(1179, 'exact')])],
    });
    expect(cell(element, '法律咨询', '合计')).toBe('800人次以上');
    expect(cell(element, '法律咨询', '同比')).toBe('最多减少379（32.2%）');
  });

  it('says a rise bounded below as at least so much, in English too', async () => {
    const reports = [town(2024, [consultations(1179, 'over')])];
    const previous = [town(2023, [consultations(800, 'exact')])];
    expect(cell(await mount({ reports, previous }), '法律咨询', '同比')).toBe('至少增加379（47.3%）');
    document.body.replaceChildren();
    expect(cell(await mount({ reports, previous }, 'en'), 'Legal consultations', 'Change')).toBe(
      'up at least 379 (47.3%)',
    );
  });
});
