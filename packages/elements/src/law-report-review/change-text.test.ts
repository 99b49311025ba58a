import { defaultCatalog, type Report } from '@law-report/core/model';
import { diffReports } from '@law-report/core/review';
import { makeMetric, makeReport } from '@law-report/core/testing';
import { describe, expect, it } from 'vitest';
import { changeText } from './change-text.js';
import { joinMovedFigures } from './figure-moves.js';

// What changed as the desk says it, from two versions of a report, in the page's language.
function said(before: Report, after: Report, locale: 'zh-CN' | 'en' = 'zh-CN'): string[] {
  return joinMovedFigures(diffReports(before, after), before, after).map((change) =>
    changeText(change, locale, before.sections, after.sections, defaultCatalog),
  );
}

const members = (value: number, overrides = {}) =>
  makeMetric('enforcement.officers', value, { label: '网格员人数', unit: '名', ...overrides });

describe('changeText', () => {
  // The county asked a town why its 网格员人数 changed: the town had made the year's 45名 a count 截至年底.
  it('says the scope of a figure added or removed when it is not the year’s, as the page writes dates', () => {
    const before = makeReport({ metrics: [members(45)] });
    const after = makeReport({ metrics: [members(46, { scope: 'asOf', asOf: '2025-12-31' })] });
    expect(said(before, after)).toEqual([
      '新增数据“网格员人数”：46名（截至2025年12月31日）',
      '删去数据“网格员人数”：45名',
    ]);
    expect(said(before, after, 'en')).toEqual([
      'Figure “网格员人数” added: 46名 (as of 2025-12-31)',
      'Figure “网格员人数” removed: 45名',
    ]);
  });

  it('says 累计 and 目标 by their names, and the year’s figures as before', () => {
    const before = makeReport({ metrics: [members(120, { scope: 'cumulative' })] });
    const after = makeReport({ metrics: [members(50, { scope: 'target' }), members(47)] });
    expect(said(before, after)).toEqual([
      '新增数据“网格员人数”：50名（目标）',
      '新增数据“网格员人数”：47名',
      '删去数据“网格员人数”：120名（累计）',
    ]);
  });

  it('says a changed scope of the same figure with its date written out', () => {
    const before = makeReport({ metrics: [members(46)] });
    const after = makeReport({ metrics: [members(46, { scope: 'asOf', asOf: '2025-12-31' })] });
    expect(said(before, after)).toEqual(['数据“网格员人数”（46名）：统计口径由“全年”改为“截至2025年12月31日”']);
  });

  it('says the scope of a figure whose value changed when it is not the year’s', () => {
    const before = makeReport({
      metrics: [members(120, { scope: 'cumulative' }), members(40, { scope: 'asOf', asOf: '2025-12-31' })],
    });
    const after = makeReport({
      metrics: [members(126, { scope: 'cumulative' }), members(41, { scope: 'asOf', asOf: '2025-12-31' })],
    });
    expect(said(before, after)).toEqual([
      '“网格员人数”（累计）：120名 改为 126名',
      '“网格员人数”（截至2025年12月31日）：40名 改为 41名',
    ]);
    expect(said(makeReport({ metrics: [members(45)] }), makeReport({ metrics: [members(47)] }))).toEqual([
      '“网格员人数”：45名 改为 47名',
    ]);
  });

  it('says a changed day as the page writes days', () => {
    const before = makeReport({ issuedOn: '2026-01-05' });
    const after = makeReport({ issuedOn: '2026-01-06' });
    expect(said(before, after)).toEqual(['落款日期：“2026年1月5日”改为“2026年1月6日”']);
  });
});
