// Scaling of importReport on hostile text: each generator at n and 4n characters. Linear time
// gives a ratio of 4; the goal is ≤ 5. The generators are the shapes that broke importers
// before (long lines, deep markup, entity runs…), built to defeat the importer's passes.
import { pathToFileURL } from 'node:url';
import { importReport } from '@law-report/core';
import { row } from './measure.js';

/** A hostile input of about `n` characters. */
type Generator = (n: number) => string;

const fill = (unit: string, n: number) => unit.repeat(Math.max(1, Math.ceil(n / unit.length)));

/** The generators, named for the report. Every one holds Chinese, so the importer reads it. */
export const hostileGenerators: readonly [string, Generator][] = [
  ['one long line, no punctuation', (n) => fill('法治建设推进依法行政', n)],
  ['one paragraph of facts', (n) => fill('全年培训12次。', n)],
  ['comma-ended lines (page-break joins)', (n) => fill('推进法治建设，\n', n)],
  ['blank-line-separated broken lines', (n) => fill('推进法治建设\n\n', n)],
  ['deep markup', (n) => `${fill('<div>', n / 3)}法治${fill('</div>', n / 3)}`],
  ['entity runs', (n) => `<p>法治${fill('&amp;&#x4e00;&lt;&', n)}</p>`],
  ['unterminated entities', (n) => `<p>法治${fill('&nbsp&#12345678901234567890', n)}</p>`],
  ['unbalanced brackets and quotes', (n) => fill('（《“【「法治', n)],
  ['many headings', (n) => fill('一、主要举措\n（一）加强领导\n1.学法\n（1）讲座\n', n)],
  ['inline numbered items', (n) => fill('（一）加强领导。（二）规范执法。一是学法；二是用法；', n)],
  ['long lists with a shared value', (n) => `${fill('办结率、', n)}均为100%。`],
  ['elliptical lists', (n) => `国家级民主法治示范村1个，${fill('省级1个，', n)}`],
  ['qualifier runs', (n) => `${fill('近余约多不足超过逾', n)}12件。`],
  ['digits and measure words, no breaks', (n) => fill('1件2次3场4人次', n)],
  ['Markdown markers', (n) => fill('#**法治**#_', n)],
  ['front matter look-alikes', (n) => `---\n${fill('title: 法治\n---\n', n)}`],
  ['截至 and dates', (n) => `${fill('截至2023年12月31日累计', n)}5件。`],
  ['title and 落款 look-alikes', (n) => fill('北留镇人民政府\n2024年1月25日\n', n)],
  ['zero counts in words', (n) => fill('无行政诉讼案件，未发生败诉案件；无无无案件', n)],
  ['page-number lines', (n) => fill('组织学法\n— 1 —\n第2页 共9页\n3/9\n', n)],
  ['percentages written out', (n) => `${fill('百分之百分之九十八百分之百百', n)}。`],
  ['ranges and vague tens', (n) => `${fill('3至5至7数十几十上百上', n)}名。`],
  ['a problems-and-plans section of many sentences', (n) => `三、存在的问题及下一步打算\n${fill('问题不少。', n)}`],
  ['joining words in a heading', (n) => `三、${fill('问题及打算和', n)}\n下一步，加强。`],
  ['label paragraphs and no numbered headings', (n) => fill('存在的问题：12件。\n下一步打算：', n)],
  ['applications and accepted counts', (n) => `${fill('收到行政复议申请9件，依法受理8件，审结', n)}7件。`],
  [
    'a report with no line breaks, spaces between parts',
    (n) =>
      `示例镇2024年法治政府建设工作报告 ${fill('一、主要举措 全年开展3场，受理2件。', n)}示例镇人民政府 2025年1月10日`,
  ],
  ['appendix lines and bracket glosses', (n) => `一、主要举措\n${fill('附表：统计\n1\t示范嘎查（村）（（2个\n', n)}`],
  ['quotations around figures and bare verbs', (n) => `${fill('“三个100%”召开1次会议，共召开', n)}4次。`],
  ['Markdown table rows', (n) => `| 指标 | 2024年 | 2023年 |\n${fill('| 法律咨询 | 1件 | 2件 |\n| --- |\n', n)}`],
  [
    'page tables of many cells',
    (n) =>
      `<table><tr><th>指标</th><th>2024年</th></tr>${fill('<tr><td>咨询</td><td>1件</td><td>|</td></tr>', n)}</table>`,
  ],
  ['bullets, bracketed labels and 分别为 lists', (n) => `${fill('★●【普法】甲、乙、丙分别为1件、2件、', n)}3件。`],
  [
    'numbering that starts again, over and over',
    (n) => `一、主要举措\n二、安排\n${fill('一、甲\n二、乙\n三、丙\n', n)}`,
  ],
  ['gapped-alias look-alikes', (n) => `${fill('公开公开公开信息发布', n)}12条。`],
  // A 、 list of words before every figure and no comma: each figure's label reaches back over the list.
  ['、 lists of words before every figure', (n) => `${fill('查处违法建设、占道经营、乱搭乱建等案件1件、', n)}2件。`],
];

function timeOnce(text: string): number {
  const start = process.hrtime.bigint();
  importReport(text);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(samples: number[]): number {
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

/** Each generator's time at n and 4n characters, and the ratio; only the generators whose name holds `only`, if given. */
export function benchHostile(n = 250_000, only?: string): string[] {
  return hostileGenerators
    .filter(([name]) => only === undefined || name.includes(only))
    .map(([name, generate]) => {
      const small = generate(n);
      const large = generate(4 * n);
      timeOnce(small);
      const a = median([timeOnce(small), timeOnce(small), timeOnce(small)]);
      const b = median([timeOnce(large), timeOnce(large), timeOnce(large)]);
      const ratio = b / Math.max(a, 0.01);
      return row(
        `hostile: ${name}`,
        `×${ratio.toFixed(1)}`,
        `${a.toFixed(0)} → ${b.toFixed(0)} ms at ${(n / 1000).toFixed(0)}k → ${((4 * n) / 1000).toFixed(0)}k chars (linear ×4, goal ≤ 5)`,
      );
    });
}

// Run alone, for one shape or all: `npx tsx --conditions=@law-report/source tests/bench/hostile.ts [deep markup]`.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of benchHostile(250_000, process.argv[2])) console.log(line);
}
