import { factPassRule } from './fact-pass-rule.js';

/** 双百 stands for two rates of 100% (facts/double-hundreds). */
export const doubleHundred = factPassRule({
  id: 'double-hundred',
  summary: '双百 (实现“双百”) after two rates is each of them 100%; with no rate before it, it is a slogan.',
  finds: ({ hundreds }) => hundreds.length > 0,
  examples: {
    reads: ['群众诉求办结率和满意率实现“双百”'],
    ignores: ['开展“双百”活动12场'],
  },
});
