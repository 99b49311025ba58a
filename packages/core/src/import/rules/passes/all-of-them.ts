import { factPassRule } from './fact-pass-rule.js';

/** “All of them” after a count is a second figure of its size (facts/read-figures, facts/classify-figures). */
export const allOfThem = factPassRule({
  id: 'all-of-them',
  summary:
    '已全部…, 均已… right after a count (需要履行1件，已全部履行完毕) is a second figure the size of the count (or of the whole of a 其中 list), of its own family or unclassified.',
  finds: ({ facts }) => facts.some((fact) => fact.derived === 'all'),
  examples: {
    reads: ['需要履行法院生效判决1件，已全部履行完毕', '受理群众诉求20件，均已办结'],
    ignores: ['需要履行1件，已履行1件', '受理群众诉求20件，办结工作全部完成后'],
  },
});
