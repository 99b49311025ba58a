import { factPassRule } from './fact-pass-rule.js';

/** The figures of a 其中 list are parts of the figure before it (facts/whole-of-parts). */
export const wholeOfPartsRule = factPassRule({
  id: 'whole-of-parts',
  summary:
    'The figures of a 其中 list are parts of the figure before the list: “all of them” after the parts (全部调解成功) counts the whole, not the last part.',
  finds: ({ wholes }) => wholes.some((whole) => whole !== undefined),
  examples: {
    reads: ['共调解纠纷30件，其中东村12件、西村10件，全部调解成功', '培训5次，其中线上2次'],
    ignores: ['共调解纠纷30件，东村12件', '其中线上2次'],
  },
});
