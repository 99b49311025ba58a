import { defaultCatalog, type Report } from '@law-report/core/model';
import { makeMetric, makeReport } from '@law-report/core/testing';
import { describe, expect, it } from 'vitest';
import { dashboardData, type DashboardInputs } from './dashboard-data.js';

const town = (name: string, year: number, value: number): Report =>
  makeReport({
    year,
    title: `${name}${year}年法治政府建设工作情况的报告`,
    unit: { name, level: 'town' },
    issuer: `${name}人民政府`,
    issuedOn: `${year + 1}-01-20`,
    metrics: [makeMetric('publicity.events', value, { unit: '场' })],
  });

const none: DashboardInputs = {
  locale: 'zh-CN',
  reports: undefined,
  aggregate: undefined,
  roster: undefined,
  deadlines: undefined,
  previous: undefined,
  catalog: defaultCatalog,
  year: undefined,
  served: undefined,
};

describe('dashboardData: the year the dashboard shows', () => {
  it('shows the latest year among the reports given when no year is asked', () => {
    const data = dashboardData({ ...none, reports: [town('东岭镇', 2022, 5), town('西坡乡', 2023, 7)] });
    expect(data.result?.year).toBe(2023);
    expect(data.result?.units.reported).toBe(1);
    expect(data.result?.unitsDetail.map((unit) => unit.name)).toEqual(['西坡乡']);
  });

  it('compares with last year’s reports, unit by unit', () => {
    const data = dashboardData({
      ...none,
      reports: [town('东岭镇', 2023, 12)],
      previous: [town('东岭镇', 2022, 10)],
    });
    expect(data.comparison?.indicators['publicity.events']).toMatchObject({ change: 2, units: 1 });
  });

  it('says why nothing is shown when the deadlines given are malformed, instead of throwing', () => {
    const data = dashboardData({
      ...none,
      reports: [town('东岭镇', 2023, 12)],
      deadlines: { submit: { village: '01-31' } } as never,
    });
    expect(data.result).toBeUndefined();
    expect(data.problem).toMatch(/village/);
  });

  it('says the server could not be reached when it gave no message', () => {
    const data = dashboardData({ ...none, served: { error: undefined } });
    expect(data.result).toBeUndefined();
    expect(data.problem).toBe('连不上县里的报送服务器，请检查网络后刷新页面。');
  });
});
