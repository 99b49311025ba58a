import { factPassRule } from './fact-pass-rule.js';

/** A level or nothing alone before a figure borrows the noun before it (facts/elliptical-labels). */
export const ellipticalLabel = factPassRule({
  id: 'elliptical-label',
  summary:
    'A level alone (省级1个) or no words at all before a figure take the noun of the figure before: 国家级民主法治示范村1个，省级1个 gives two levels of model villages, each to confirm.',
  finds: ({ labels }) => labels.some((label) => label.elliptical !== undefined),
  examples: {
    reads: ['国家级民主法治示范村1个，省级1个', '新建国家级示范村1个，市级2个，县级3个'],
    ignores: ['国家级民主法治示范村1个，省级示范村2个', '省级1个'],
  },
});
