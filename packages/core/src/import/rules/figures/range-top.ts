import { COUNT_NUMERALS } from '../../../domain/numerals.js';
import { figureRule } from '../figure-rule.js';

// A number before 至, 到 or a dash: what follows is the top of a range.
const RANGE_TOP = new RegExp(String.raw`[\d${COUNT_NUMERALS}]\s?(?:至|到|~|～|-|－|—|–)\s?$`);

/** The top of a range: 3至5名, 2-3次. */
export const rangeTop = figureRule({
  id: 'range-top',
  summary: 'The top of a range (3至5名, 2-3次) is a span per village or per month, no count.',
  rejects: ({ before }) => RANGE_TOP.test(before),
  examples: { reads: ['每村配备3至5名调解员', '每月开展2-3次'], ignores: ['配备调解员5名'] },
});
