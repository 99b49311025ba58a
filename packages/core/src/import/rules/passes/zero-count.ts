import { factPassRule } from './fact-pass-rule.js';

/** 无…案件 is a count of zero (facts/zero-counts). */
export const zeroCount = factPassRule({
  id: 'zero-count',
  summary:
    '无, 未发生 or 没有 …案件 at the end of a clause is a count of zero, when the catalog knows the cases (行政诉讼, 败诉); a zero of anything else tells a county nothing.',
  finds: ({ zeros }) => zeros.length > 0,
  examples: {
    reads: ['全年无行政诉讼案件', '未发生败诉案件'],
    ignores: ['无刑事案件，受理纠纷3件', '办理行政诉讼案件2件'],
  },
});
