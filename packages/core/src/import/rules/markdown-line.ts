import { bulletAt } from '../normalize.js';
import type { ReadingRule } from './reading-rule.js';

// #, >, a list bullet, ---, <, |: Markdown, HTML or a table row at the start of a line.
const MARKDOWN_START = /^(?:#|>|[-*+]\s|---|<|\|)/;

/** A line that opens with Markdown (a heading mark, a quote, a list bullet, a rule), a tag, a table row or a bullet sign. */
export const markdownLine: ReadingRule = {
  id: 'markdown-line',
  stage: 'lines',
  summary:
    'A line that opens with #, >, a list bullet, ---, <, | or a bullet sign (★ ● ■ …, or the emoji a WeChat post puts there: 🔹 ✅ 📌) is Markdown, markup, a table row or a bullet: its marks are read, not kept.',
  matches: (line) => MARKDOWN_START.test(line) || bulletAt(line, 0) > 0,
  makesStructure: true,
  examples: {
    reads: [
      '# 一、主要举措',
      '> 引用的话',
      '- 开展普法活动3场',
      '---',
      '<p>段落</p>',
      '|指标|数量|',
      '● 开展活动3场。',
      '★一、不是标题',
      '🔹一、主要举措和成效',
      '✅ 开展活动3场。',
    ],
    ignores: ['全年开展普法活动12场。', '1+1+N工作机制', '“#”号不是标题'],
  },
};
