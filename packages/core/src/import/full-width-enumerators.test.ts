// 3．12345热线…: a number and a full-width ． at an item's start is the item's number, whatever
// follows; elsewhere 1．5万元 is a decimal.
import { describe, expect, it } from 'vitest';
import type { Metric } from '../schema/metric.js';
import { renderReport } from '../render/render-report.js';
import type { Section } from '../schema/section.js';
import { importDraft } from '../testing/index.js';

const report = (body: string) => `柳林乡2025年法治政府建设工作情况的报告

一、2025年推进法治政府建设的主要举措和成效
${body}
二、2025年推进法治政府建设存在的不足和原因
基层法治力量仍然薄弱。
三、2025年党政主要负责人履行推进法治建设第一责任人职责情况
乡党委书记带头学法4次。
四、2026年推进法治政府建设的主要安排
继续做好矛盾纠纷化解工作。

柳林乡人民政府
2026年1月20日
`;

// Items numbered 1．2．3． on their own lines, one of them 3．12345热线…; items ３．in full-width
// digits; items in run-in text after a full stop; and a full-width decimal mid-sentence.
const ITEMS = `（一）化解矛盾纠纷
1．全乡排查矛盾纠纷146起，化解143起。
2．人民调解委员会调解纠纷97件。
3．12345热线转办诉求218件，办结率100%。
（二）规范行政执法
１．开展执法培训5期。
２．12348法律服务热线解答咨询63人次。
（三）推进普法宣传
全年投入普法经费1．5万元，开展宣传活动12场。1．8890平台受理诉求57件；2．12345热线回访群众300人次。`;

const figures = (metrics: readonly Metric[]) => metrics.map((m) => [m.label, m.value, m.unit]);

describe('a number and a full-width ． at the start of an item', () => {
  const { report: read } = importDraft(report(ITEMS));
  const measures = read.sections[0];

  it('reads 3．12345热线转办诉求218件 as item 3 of a list, each item as the clerk wrote it', () => {
    expect(measures?.sections[0]).toMatchObject({
      title: '化解矛盾纠纷',
      paragraphs: [
        '1．全乡排查矛盾纠纷146起，化解143起。',
        '2．人民调解委员会调解纠纷97件。',
        '3．12345热线转办诉求218件，办结率100%。',
      ],
      sections: [],
    });
  });

  it('reads items numbered with full-width digits and a full-width ． as items', () => {
    expect(measures?.sections[1]).toMatchObject({
      title: '规范行政执法',
      paragraphs: ['1．开展执法培训5期。', '2．12348法律服务热线解答咨询63人次。'],
      sections: [],
    });
  });

  it('reads the items that run on after a full stop or a semicolon as items too', () => {
    expect(measures?.sections[2]).toMatchObject({
      title: '推进普法宣传',
      paragraphs: [
        '全年投入普法经费1.5万元，开展宣传活动12场。',
        '1．8890平台受理诉求57件；',
        '2．12345热线回访群众300人次。',
      ],
      sections: [],
    });
  });

  it('finds 218件 labelled 12345热线转办诉求, with no 3.12345 in any figure', () => {
    expect(figures(read.metrics)).toContainEqual(['12345热线转办诉求', 218, '件']);
    expect(read.metrics.filter((m) => /3\.12345|3．12345/.test(m.label) || m.value === 3.12345)).toEqual([]);
    expect(figures(read.metrics)).toContainEqual(['12348法律服务热线解答咨询', 63, '人次']);
  });

  it('finds the figures of the items that run on, none of them read as a decimal', () => {
    expect(figures(read.metrics)).toContainEqual(['8890平台受理诉求', 57, '件']);
    expect(figures(read.metrics)).toContainEqual(['12345热线回访群众', 300, '人次']);
    expect(read.metrics.filter((m) => !Number.isInteger(m.value) && m.unit !== '万元')).toEqual([]);
  });

  it('still reads 1．5万元 in the middle of a sentence as a decimal', () => {
    expect(figures(read.metrics)).toContainEqual(['投入普法经费', 1.5, '万元']);
  });

  it.each(['markdown', 'text', 'html'] as const)('gives the same sections and figures back from %s', (format) => {
    const shape = (sections: readonly Section[]): unknown[] =>
      sections.map((s) => ({ title: s.title, paragraphs: s.paragraphs, sections: shape(s.sections) }));
    const back = importDraft(renderReport(read, { format })).report;
    expect(shape(back.sections)).toEqual(shape(read.sections));
    expect(figures(back.metrics)).toEqual(figures(read.metrics));
  });
});

describe('a number and 、 at the start of an item', () => {
  it('reads 3、12345热线转办诉求218件 as item 3, 、 being no decimal point', () => {
    const { report: read } = importDraft(
      report(`（一）化解矛盾纠纷
1、全乡排查矛盾纠纷146起，化解143起。
2、人民调解委员会调解纠纷97件。
3、12345热线转办诉求218件，办结率100%。`),
    );
    expect(read.sections[0]?.sections[0]?.paragraphs).toEqual([
      '1、全乡排查矛盾纠纷146起，化解143起。',
      '2、人民调解委员会调解纠纷97件。',
      '3、12345热线转办诉求218件，办结率100%。',
    ]);
    expect(figures(read.metrics)).toContainEqual(['12345热线转办诉求', 218, '件']);
  });
});
