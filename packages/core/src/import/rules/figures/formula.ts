import { figureRule } from '../figure-rule.js';

/** A formula: 7×24小时. */
export const formula = figureRule({
  id: 'formula',
  summary: 'A number after ×, x or * (7×24小时) is part of a formula, no count.',
  rejects: ({ before }) => /[×xX*✕]\s?$/.test(before),
  examples: { reads: ['提供7×24小时服务'], ignores: ['提供服务24小时'] },
});
