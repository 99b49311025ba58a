import { factPassRule } from './fact-pass-rule.js';

/** 分别为 after a list: the n-th figure is the n-th item's (facts/respectively-lists). */
export const respectivelyList = factPassRule({
  id: 'respectively-list',
  summary:
    'After 分别为 (分别是, 分别达到, 分别有) the n-th figure is the n-th item’s, while only 、，和及与 stand between the figures; a level alone (国家级、省级示范村) shares the last item’s noun.',
  finds: ({ listed }) => listed.some((item) => item !== undefined),
  examples: {
    reads: ['行政复议、行政诉讼案件分别为4件、2件', '国家级、省级示范村分别为1个、2个'],
    ignores: ['行政复议案件4件、行政诉讼案件2件', '案件数分别为4件'],
  },
});
