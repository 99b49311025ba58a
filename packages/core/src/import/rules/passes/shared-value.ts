import { factPassRule } from './fact-pass-rule.js';

/** One value for a list of rates: 办结率、满意率均为100% (facts/read-figures, facts/classify-figures). */
export const sharedValue = factPassRule({
  id: 'shared-value',
  summary:
    'One value after a list and 均 (均为, 均达到, 都是) is each item’s: 办结率、满意率均为100% gives two rates of 100%.',
  finds: ({ labels }) => labels.some((label) => label.shared !== undefined),
  examples: {
    reads: ['办结率、满意率均为100%', '受理率、办结率和满意率均达到98%'],
    ignores: ['办结率为100%，满意率为98%', '办结率均为100%'],
  },
});
