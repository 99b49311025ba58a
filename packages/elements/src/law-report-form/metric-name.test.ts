import { defaultCatalog, type Metric } from '@law-report/core/model';
import { describe, expect, it } from 'vitest';
import { metricName } from './metric-name.js';

describe('metricName', () => {
  it('names a figure with its value as the report wrote it, a bound never shown as exact', () => {
    const figure = (value: number, qualifier: Metric['qualifier'], label: string, quote?: string): Metric => ({
      indicator: 'unclassified',
      label,
      value,
      unit: '项',
      qualifier,
      ...(quote ? { source: { start: 0, end: 1, quote } } : {}),
    });
    expect(metricName(figure(10, 'over', '执法制度', '建立完善执法制度10余项。'), defaultCatalog, 'zh-CN', 1)).toBe(
      '执法制度（10余项）',
    );
    expect(metricName(figure(6, 'over', '开展讲座', '开展讲座不少于6项。'), defaultCatalog, 'zh-CN', 1)).toBe(
      '开展讲座（不少于6项）',
    );
    expect(metricName(figure(6, 'over', '开展讲座'), defaultCatalog, 'zh-CN', 1)).toBe('开展讲座（6项以上）');
    expect(metricName(figure(12, 'exact', '制定制度'), defaultCatalog, 'zh-CN', 1)).toBe('制定制度（12项）');
  });
});
