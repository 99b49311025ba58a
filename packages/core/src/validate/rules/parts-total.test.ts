import { describe, expect, it } from 'vitest';
import { findings, makeMetric, makeReport } from '../../testing/index.js';
import type { Metric } from '../../schema/metric.js';

const village = (level: string, value: number, extra: Partial<Metric> = {}) =>
  makeMetric(`modelVillages.${level}`, value, { unit: '个', label: `${level}示范村`, ...extra });

describe('parts-total', () => {
  it('passes parts that add up to the total', () => {
    const report = makeReport({
      metrics: [
        village('total', 5),
        village('national', 1),
        village('provincial', 1),
        village('municipal', 2),
        village('county', 1),
      ],
    });
    expect(findings(report, 'parts_total_mismatch')).toEqual([]);
    expect(findings(report, 'parts_exceed_total')).toEqual([]);
  });

  it('allows missing parts to make up the difference', () => {
    const report = makeReport({ metrics: [village('total', 6), village('national', 1), village('provincial', 1)] });
    expect(findings(report, 'parts_total_mismatch')).toEqual([]);
  });

  it('warns when every part is given exactly and the sum differs', () => {
    const report = makeReport({
      metrics: [
        village('total', 6),
        village('national', 1),
        village('provincial', 1),
        village('municipal', 2),
        village('county', 1),
      ],
    });
    expect(findings(report, 'parts_total_mismatch')).toEqual([['warning', 'metrics.0.value']]);
  });

  it('is an error when parts exceed the total, counting 余 as a lower bound', () => {
    const report = makeReport({
      metrics: [
        makeMetric('training.sessions', 20, { unit: '次' }),
        makeMetric('training.online', 18, { unit: '次', qualifier: 'over' }),
        makeMetric('training.offline', 3, { unit: '次' }),
      ],
    });
    expect(findings(report, 'parts_exceed_total')).toEqual([['error', 'metrics.0.value']]);
  });

  it('treats a sum over approximate parts as a lower bound, not a mismatch', () => {
    const report = makeReport({
      metrics: [
        makeMetric('training.sessions', 30, { unit: '次' }),
        makeMetric('training.online', 27, { unit: '次', qualifier: 'over' }),
        makeMetric('training.offline', 2, { unit: '次' }),
      ],
    });
    expect(findings(report, 'parts_total_mismatch')).toEqual([]);
    expect(findings(report, 'parts_exceed_total')).toEqual([]);
  });
});
