import { enumeratorAt } from '../headings.js';
import type { ReadingRule } from './reading-rule.js';

/** A line that opens with a Chinese enumerator is a heading of its level: 一、 1, （一） 2, 1. 3, （1） 4. */
export const headingEnumerator: ReadingRule = {
  id: 'heading-enumerator',
  stage: 'outline',
  summary:
    'A block that opens with an enumerator is a heading, its level from the enumerator (第一部分 0, 一、 and 第一、 1, （一）/(一)/一) 2, 1./1、/1． 3, （1） 4), never from # depth. A number and a full-width ． at the start of a line or after a sentence’s end number an item whatever follows (3．12345热线…); so does 、 (3、12345热线…); an ASCII . before a digit is a decimal point (4.5万元), and so is ． in the middle of a sentence (1．5万元).',
  matches: (line) => enumeratorAt(line) !== undefined,
  makesStructure: true,
  examples: {
    reads: [
      '一、主要举措和成效',
      '（二）强化法治宣传教育',
      '(三)规范执法',
      '四)工作安排',
      '1.规范执法行为',
      '2、加强学习',
      '（1）开展培训',
      '第一部分 主要工作',
      '第一、党政主要负责人履行法治建设第一责任人职责情况',
      '4.2025年工作安排',
      '3．12345热线转办诉求218件',
      '2．12348法律服务热线解答咨询63人次',
      '12．8890平台受理诉求57件',
      '3、12345热线转办诉求218件',
    ],
    ignores: [
      '一是抓好学法用法',
      '4.5万元用于普法',
      '3.12345万元用于普法',
      '投入普法经费1．5万元',
      '2023年，我镇…',
      '十分重视法治建设',
      '第一、二季度共办理案件12件',
      '第一，坚持党的领导',
    ],
  },
};
