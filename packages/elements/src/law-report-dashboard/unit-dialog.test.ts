import { defaultCatalog, formatChinaDateTime, type Locale, type UnitDetail } from '@law-report/core/model';
import { render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { stringsOf } from '../internal/strings.js';
import type { ReviewedReport } from '../internal/review-client.js';
import { asJudged, renderUnitDialog } from './unit-dialog.js';

// The unit dialog's review history, drawn from a history as the collection server gives it (GET /api/reports/:id):
// no server is asked here (the desk's tests take a report through 撤销公开 on one, in 1990).

const step = (action: string | undefined, to: ReviewedReport['status'], at: string, reason: string | null = null) => ({
  ...(action === undefined ? {} : { action }),
  to,
  at,
  by: action === 'submit' ? '北留镇' : '县依法治县办',
  reason,
});

const review = (history: ReviewedReport['history']): ReviewedReport => ({
  id: 'r1',
  unit: '北留镇',
  year: 1990,
  status: 'filed',
  version: 1,
  submittedOn: '1991-01-20',
  report: undefined,
  previous: undefined,
  compared: undefined,
  warnings: [],
  history,
  actions: ['return', 'publish'],
});

function historyLines(reviewed: ReviewedReport, locale: Locale): string[] {
  const host = document.createElement('div');
  document.body.append(host);
  render(
    renderUnitDialog(
      { unit: '北留镇', report: undefined, review: reviewed },
      { m: stringsOf(locale), locale, catalog: defaultCatalog, deadlines: undefined },
    ),
    host,
  );
  return [...host.querySelectorAll('.history li')].map((li) => li.textContent?.trim().replace(/\s+/g, ' ') ?? '');
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the unit dialog’s review history', () => {
  const at = ['1991-01-20T02:00:00Z', '1991-02-01T02:00:00Z', '1991-03-01T02:00:00Z', '1991-03-05T06:30:00Z'];
  const when = (i: number, locale: Locale) => formatChinaDateTime(at[i] ?? '', locale);

  it('says 撤销公开 as the step it was, with its reason and where it left the report, in Chinese and English', () => {
    const history = [
      step('submit', 'submitted', at[0] ?? ''),
      step('file', 'filed', at[1] ?? ''),
      step('publish', 'published', at[2] ?? ''),
      step('unpublish', 'filed', at[3] ?? '', '公开的版本附件有误'),
    ];
    expect(historyLines(review(history), 'zh-CN')).toEqual([
      `${when(0, 'zh-CN')}，北留镇：已提交（第 1 版）`,
      `${when(1, 'zh-CN')}，县依法治县办：已备案`,
      `${when(2, 'zh-CN')}，县依法治县办：已公开`,
      `${when(3, 'zh-CN')}，县依法治县办：撤销公开（原因：公开的版本附件有误） → 已备案`,
    ]);
    expect(historyLines(review(history), 'en').at(-1)).toBe(
      `${when(3, 'en')}, 县依法治县办: Unpublish (reason: 公开的版本附件有误) → Filed`,
    );
  });

  it('numbers each submission by the version it brought, so two lines of 已提交 read apart', () => {
    const history = [
      step('submit', 'submitted', at[0] ?? ''),
      step('return', 'returned', at[1] ?? '', '请补充数据来源'),
      step('submit', 'submitted', at[2] ?? ''),
      step('file', 'filed', at[3] ?? ''),
    ];
    expect(historyLines(review(history), 'zh-CN')).toEqual([
      `${when(0, 'zh-CN')}，北留镇：已提交（第 1 版）`,
      `${when(1, 'zh-CN')}，县依法治县办：已退回（原因：请补充数据来源）`,
      `${when(2, 'zh-CN')}，北留镇：已提交（第 2 版）`,
      `${when(3, 'zh-CN')}，县依法治县办：已备案`,
    ]);
    expect(historyLines(review(history), 'en')[2]).toBe(`${when(2, 'en')}, 北留镇: Submitted (version 2)`);
  });

  it('knows 撤销公开 from the states alone where an older server names no step', () => {
    const history = [
      step(undefined, 'submitted', at[0] ?? ''),
      step(undefined, 'filed', at[1] ?? ''),
      step(undefined, 'published', at[2] ?? ''),
      step(undefined, 'filed', at[3] ?? '', '公开的版本附件有误'),
    ];
    expect(historyLines(review(history), 'zh-CN').slice(1)).toEqual([
      `${when(1, 'zh-CN')}，县依法治县办：已备案`,
      `${when(2, 'zh-CN')}，县依法治县办：已公开`,
      `${when(3, 'zh-CN')}，县依法治县办：撤销公开（原因：公开的版本附件有误） → 已备案`,
    ]);
  });

  it('says where the reviewer confirmed 保密审查, as the review desk does', () => {
    const history = [
      step('submit', 'submitted', at[0] ?? ''),
      { ...step('file', 'filed', at[1] ?? ''), confidentialityReviewed: true },
    ];
    expect(historyLines(review(history), 'zh-CN').at(-1)).toBe(
      `${when(1, 'zh-CN')}，县依法治县办：已备案（确认已完成保密审查）`,
    );
  });
});

describe('a unit’s report as its row judged it', () => {
  // 柳林乡's report of 1990, first received on 22 February 1991 and returned: its row counts no report
  // (no 报送日期), and the county wants towns' reports by 31 January.
  const returned = {
    ...review([
      step('submit', 'submitted', '1991-02-22T02:00:00Z'),
      step('return', 'returned', '1991-02-23T02:00:00Z', '请补充'),
    ]),
    unit: '柳林乡',
    status: 'returned' as const,
    submittedOn: '1991-02-22',
  };
  const report = { unit: { name: '柳林乡', level: 'town' }, issuedOn: '1991-02-22' };
  const row: UnitDetail = {
    name: '柳林乡',
    status: 'missing',
    completeness: 0,
    submittedOn: null,
    deadline: '1991-01-31',
    daysLate: null,
    contents: [],
    source: null,
  };
  const context = {
    endpoint: undefined,
    token: undefined,
    locale: 'zh-CN' as const,
    workflow: undefined,
    year: 1990,
    detail: row,
    deadlines: undefined,
  };

  it('judges a returned report by the county’s deadline and its first receipt, not by the default of its level', () => {
    const judged = asJudged(report, context, returned);
    expect(judged.deadlines?.submit?.town).toBe('01-31');
    expect(judged.judged?.on).toBe('1991-02-22');
  });

  it('keeps the county’s deadline where nothing says when the report came', () => {
    expect(asJudged(report, context).deadlines?.submit?.town).toBe('01-31');
    expect(asJudged(report, context).judged).toBeUndefined();
  });
});
