import type { ReadingRule } from './reading-rule.js';
import { ENUMERATOR_NUMERALS } from '../../domain/numerals.js';
import { charClass, COMMAS, FULL_STOPS, SEMICOLONS } from '../../domain/punctuation.js';

// 附表：…, 附件1：…, 附表2 …统计表: a short line that names an appendix. Fixed-width parts and one
// bounded run: linear.
const APPENDIX = new RegExp(String.raw`^附(?:表|件)\s?[0-9${ENUMERATOR_NUMERALS}]{0,2}\s?[：:]?\s?\S.{0,40}$`);
const SENTENCE_CLOSE = new RegExp(`${charClass(`${FULL_STOPS}${SEMICOLONS}${COMMAS}`)}$`);

/**
 * 附表：主要指标完成情况 after the plans: the figures achieved, a top-level section of their own and
 * no part of the plans (whose figures are targets).
 */
export const appendixLine: ReadingRule = {
  id: 'appendix-line',
  stage: 'outline',
  summary:
    'A short line 附表：…, 附件2：… or 附表2 …统计表 after the first heading opens a top-level section of its own, after the 落款 too (the 落款 closes the letter, the appendix follows it).',
  // A sentence (附表所列指标均已完成。) names no appendix: it ends with its punctuation.
  matches: (line) => APPENDIX.test(line) && !SENTENCE_CLOSE.test(line),
  makesStructure: true,
  examples: {
    reads: [
      '附表：主要指标完成情况',
      '附件2：法治政府建设考核指标',
      '附表2 2024年目标统计表',
      '附件：'.concat('考核细则'),
    ],
    ignores: [
      '附表所列指标均已完成。',
      '对照附件逐项整改，全年完成整改12项，整改率100%，群众满意度明显提升，各项工作取得实效。',
      '附近村民参与普法活动',
    ],
  },
};
