import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../catalog/catalog.js';
import { validateReport } from '../validate-report.js';
import { beiliuReport, findings, makeMetric, makeReport, makeSection } from '../../testing/index.js';

const events = (value: number, overrides: Parameters<typeof makeMetric>[2] = {}) =>
  makeMetric('publicity.events', value, { unit: '场', label: '开展普法活动', ...overrides });

describe('plausible-range', () => {
  it('warns when a town reports more than 2000 场 of publicity in a year, and lets it through', () => {
    const report = makeReport({ metrics: [events(2000), events(5800)] });
    expect(findings(report, 'implausible_for_level')).toEqual([['warning', 'metrics.1.value']]);
    const result = validateReport(report);
    expect(result.ok).toBe(true);
    expect(result.issues.find((i) => i.code === 'implausible_for_level')?.messages).toEqual({
      'zh-CN': '“开展普法活动”为 5800 场：按乡镇（街道）的规模，一年一般不超过 2000 场，请核对。',
      en: '“开展普法活动” is 5800 场; for a town or subdistrict, a year’s figure is seldom above 2,000 场. Please check it.',
    });
  });

  it('judges by the unit’s level: what is too many for a town is fine for a county', () => {
    const county = makeReport({
      unit: { name: '示例县', level: 'county' },
      metrics: [events(5800), makeMetric('legalServices.consultations', 150_000, { unit: '人次' })],
    });
    expect(findings(county, 'implausible_for_level')).toEqual([]);
    const town = makeReport({ metrics: [makeMetric('legalServices.consultations', 150_000, { unit: '人次' })] });
    expect(findings(town, 'implausible_for_level')).toEqual([['warning', 'metrics.0.value']]);
  });

  it('compares in the indicator’s word: 5万元 is 5万元, 2亿元 of a town’s funding is 20000万元', () => {
    const report = makeReport({
      metrics: [makeMetric('funding.amount', 5, { unit: '万元' }), makeMetric('funding.amount', 2, { unit: '亿元' })],
    });
    expect(findings(report, 'implausible_for_level')).toEqual([['warning', 'metrics.1.value']]);
  });

  it('leaves running totals, targets, plans, 不足… and figures in another quantity’s word alone', () => {
    const plans = makeSection('plans');
    const report = makeReport({
      sections: [
        makeSection('duties'),
        makeSection('measures'),
        makeSection('shortcomings'),
        plans,
        makeSection('other'),
      ],
      metrics: [
        events(5800, { scope: 'cumulative' }),
        events(5800, { scope: 'target' }),
        events(5800, { sectionId: plans.id }),
        events(5800, { qualifier: 'under' }),
        makeMetric('publicity.audience', 5_000_000, { unit: '人' }),
      ],
    });
    expect(findings(report, 'implausible_for_level')).toEqual([]);
  });

  it('takes ceilings from a town’s extension catalog too', () => {
    const catalog = createCatalog([
      {
        namespace: 'jincheng',
        indicators: [
          {
            name: 'gridMembers',
            label: { 'zh-CN': '网格员', en: 'Grid workers' },
            units: ['名'],
            kind: 'count',
            plausible: { town: 500 },
          },
        ],
      },
    ]);
    const report = makeReport({ metrics: [makeMetric('x-jincheng.gridMembers', 900, { unit: '名' })] });
    expect(findings(report, 'implausible_for_level', { catalog })).toEqual([['warning', 'metrics.0.value']]);
  });

  it('flags no real figure of the 北留镇 report', () => {
    expect(findings(beiliuReport(), 'implausible_for_level')).toEqual([]);
  });
});
