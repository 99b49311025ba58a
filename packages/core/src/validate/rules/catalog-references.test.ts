import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../catalog/catalog.js';
import { findings, makeMetric, makeReport } from '../../testing/index.js';
import { validateReport } from '../validate-report.js';

const extension = {
  namespace: 'jincheng',
  indicators: [{ name: 'gridMembers', label: { 'zh-CN': '网格员', en: 'Grid workers' }, units: ['名'], kind: 'count' }],
};

describe('catalog-references', () => {
  it('passes catalog indicators in their usual units, and unclassified facts', () => {
    const report = makeReport({
      metrics: [makeMetric('disputes.handled', 22, { unit: '起' }), makeMetric('unclassified', 3, { unit: '台' })],
    });
    expect(findings(report, 'unknown_indicator')).toEqual([]);
    expect(findings(report, 'unexpected_unit')).toEqual([]);
  });

  it('warns about keys the catalog does not have, and odd units', () => {
    const report = makeReport({
      metrics: [
        makeMetric('disputes.handeld', 22, { unit: '起' }),
        makeMetric('disputes.handled', 22, { unit: '吨', label: '排查化解各类矛盾纠纷' }),
      ],
    });
    expect(findings(report, 'unknown_indicator')).toEqual([['warning', 'metrics.0.indicator']]);
    expect(findings(report, 'unexpected_unit')).toEqual([['warning', 'metrics.1.unit']]);
    // Named as a clerk reads the indicator, not by its key.
    const issue = validateReport(report).issues.find((one) => one.code === 'unexpected_unit');
    expect(issue?.messages['zh-CN']).toBe(
      '“排查化解各类矛盾纠纷”的单位“吨”不是指标“排查矛盾纠纷”的常用单位（起 件 宗 个 项）。',
    );
    expect(issue?.messages.en).toBe(
      'The unit “吨” of “排查化解各类矛盾纠纷” is not a usual unit of Disputes identified (起 件 宗 个 项).',
    );
  });

  it('accepts unregistered extensions as info, and registered ones silently', () => {
    const report = makeReport({
      metrics: [makeMetric('x-jincheng.gridMembers', 42, { unit: '名' })],
      extensions: { jincheng: { gridMembers: 42 } },
    });
    expect(findings(report, 'unknown_extension')).toEqual([
      ['info', 'metrics.0.indicator'],
      ['info', 'extensions.jincheng'],
    ]);
    const catalog = createCatalog([extension]);
    expect(findings(report, 'unknown_extension', { catalog })).toEqual([]);
    expect(findings(report, 'unexpected_unit', { catalog })).toEqual([]);
  });

  it('warns about an unknown name inside a registered namespace', () => {
    const report = makeReport({ metrics: [makeMetric('x-jincheng.gridWorkers', 42, { unit: '名' })] });
    expect(findings(report, 'unknown_indicator', { catalog: createCatalog([extension]) })).toEqual([
      ['warning', 'metrics.0.indicator'],
    ]);
  });
});
