import { alternation, LAST_YEAR_WORDS } from '../../../domain/time-words.js';
import { figureRule } from '../figure-rule.js';

// 上年同期为49件, 2024年为152件: a word for last year or a year, then 为 or 是, right before the figure;
// with 的, only after a comparison's 由, 从, 较 or 比 (由上年的95.2%提高到…, 较2024年的7件增加4件): 化解上年的3件信访积案
// is this year's work on last year's cases. Without any of them (较上年增加9件) the figure is the change.
const LAST_YEAR_BEFORE = new RegExp(
  String.raw`(由|从|较|比|与)?(?:(${alternation(LAST_YEAR_WORDS)})|(\d{4})\s?年度?)(?:同期)?(为|是|的)\s?$`,
);

/** Last year's figure in running text: 全年排查186件，2024年为152件; 调解成功率由上年的95.2%提高到97.8%. */
export const lastYearInText = figureRule({
  id: 'last-year-in-text',
  summary:
    "A figure right after 上年, 去年, 上年同期 or an earlier year with 为 or 是 (2024年为152件), or with 的 in a comparison (由上年的95.2%提高到…, 较2024年的7件), is last year's, no figure of this report; 较上年增加9件 is the change, 化解上年的3件积案 this year's work, and a year is earlier only than the report's own.",
  rejects: ({ text, number, year }) => {
    const match = LAST_YEAR_BEFORE.exec(text.slice(Math.max(0, number.start - 12), number.start));
    if (!match || (match[4] === '的' && match[1] === undefined)) return false;
    if (match[2] !== undefined) return true;
    return year !== undefined && Number(match[3]) < year;
  },
  examples: {
    reads: ['上年同期为49件', '全镇调解成功率由上年的95.2%提高到97.8%', '去年是12场'],
    ignores: ['较上年增加9件', '2024年共受理12件', '2024年为群众办实事12件', '全年开展4次', '化解上年的3件信访积案'],
  },
});
