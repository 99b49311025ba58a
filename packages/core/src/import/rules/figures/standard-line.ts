import { figureRule } from '../figure-rule.js';

// 的 and the name of a line others are held to, right after the figure: one alternation, no nesting (linear).
const LINE_AFTER = /^的(?:问责)?(?:红线|标准|上限|下限|阈值|警戒线|控制线)/;

/** Standards: 低于省定5‰的问责红线, 达到95%的标准. */
export const standardLine = figureRule({
  id: 'standard-line',
  summary:
    'A figure that names a line others are held to (低于省定5‰的问责红线, 达到95%的标准, 每人500元的标准) is no fact of the report; the figure measured against it is.',
  rejects: ({ text, quantity }) => LINE_AFTER.test(text.slice(quantity.end, quantity.end + 6)),
  examples: {
    reads: ['低于省定5‰的问责红线', '达到95%的标准', '按每人500元的标准发放'],
    ignores: ['违法占用耕地面积比例为3.2‰。', '满意率达到95%，高于标准。'],
  },
});
