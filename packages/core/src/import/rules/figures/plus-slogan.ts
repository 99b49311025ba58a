import { figureRule } from '../figure-rule.js';

/** Slogans built with +: 1+1+N, 3+N. */
export const plusSlogan = figureRule({
  id: 'plus-slogan',
  summary: 'A number beside + (1+1+N, 3+N个) names a slogan, no count.',
  rejects: ({ text, number, quantity }) =>
    text[number.start - 1] === '+' || text[number.end] === '+' || text[quantity.end] === '+',
  examples: { reads: ['推行1+3个工作机制', '建立3个+N工作机制'], ignores: ['建立工作机制3个'] },
});
