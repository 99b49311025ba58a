import { describe, expect, it } from 'vitest';
import { MappedText } from './mapped-text.js';
import { tableSentences } from './table-sentences.js';

const say = (rows: readonly (readonly string[])[]) =>
  tableSentences(rows.map((row) => row.map((cell) => MappedText.of(cell)))).map((sentence) => sentence.text);

describe('tableSentences', () => {
  it('reads only the latest year’s column, and no change or rank column', () => {
    expect(
      say([
        ['指标', '2024年', '2023年', '同比'],
        ['法律咨询', '640人次', '590人次', '8.5%'],
      ]),
    ).toEqual(['法律咨询640人次。']);
  });

  it('leaves out a column of last year’s figures named without a year (上年同期, 去年)', () => {
    expect(
      say([
        ['项目', '完成数', '上年同期'],
        ['排查矛盾纠纷', '158件', '173件'],
      ]),
    ).toEqual(['排查矛盾纠纷完成数158件。']);
    expect(
      say([
        ['项目', '本年', '去年'],
        ['法律咨询', '420人次', '385人次'],
      ]),
    ).toEqual(['法律咨询420人次。']);
  });

  it('names each figure by its row and column, with the measure word from a header or a unit column', () => {
    expect(
      say([
        ['序号', '项目', '受理（件）', '办结（件）'],
        ['1', '行政复议', '12', '11'],
        ['2', '行政诉讼', '3', '2'],
      ]),
    ).toEqual(['行政复议受理12件；行政复议办结11件。', '行政诉讼受理3件；行政诉讼办结2件。']);
    expect(
      say([
        ['指标', '数量', '单位'],
        ['法律咨询', '860余', '人次'],
        ['普法活动', '23场', ''],
      ]),
    ).toEqual(['法律咨询860余人次。', '普法活动23场。']);
  });

  it('names a figure by the row’s own label, not by the group it stands in (类别 | 指标 | 单位 | 数量)', () => {
    expect(
      say([
        ['类别', '指标', '单位', '数量'],
        ['矛盾纠纷化解', '排查矛盾纠纷', '件', '412'],
        ['矛盾纠纷化解', '调解成功率', '%', '98.3'],
        ['公共法律服务', '法律咨询', '人次', '1,860'],
      ]),
    ).toEqual(['排查矛盾纠纷412件。', '调解成功率98.3%。', '法律咨询1,860人次。']);
    // A column of years or of repeated words is no label: the first stays the label (and of a column of years
    // only the latest year's rows are read).
    expect(
      say([
        ['项目', '年度', '数量（件）'],
        ['行政复议案件', '2024年', '10'],
        ['行政复议案件', '2025年', '12'],
      ]),
    ).toEqual(['行政复议案件12件。', '行政复议案件，2025年']);
    expect(
      say([
        ['项目', '季度', '数量（件）'],
        ['行政复议案件', '一季度', '3'],
        ['行政复议案件', '二季度', '4'],
        ['行政诉讼案件', '一季度', '1'],
      ])[0],
    ).toBe('行政复议案件3件。');
    // A second text column that is no label of its own (a remark) leaves the first as the label.
    expect(
      say([
        ['项目', '说明', '数量'],
        ['法律咨询', '线上线下', '860人次'],
        ['普法活动', '进村入户', '23场'],
      ]),
    ).toEqual(['法律咨询860人次。', '法律咨询，线上线下', '普法活动23场。', '普法活动，进村入户']);
  });

  it('keeps a table without figures as lines of text, a one-row or one-column table a cell a line', () => {
    expect(
      say([
        ['姓名', '职务'],
        ['张三', '镇长'],
      ]),
    ).toEqual(['姓名，职务', '张三，镇长']);
    expect(say([['北留镇人民政府', '2024年1月25日']])).toEqual(['北留镇人民政府', '2024年1月25日']);
  });
});
