import { clauseStart } from '../../clause-boundaries.js';
import { figureRule } from '../figure-rule.js';

/** Frequencies: 每两月1次, 每季度开展1次. */
export const frequency = figureRule({
  id: 'frequency',
  summary: 'A figure whose clause says 每 (每季度开展1次) is a frequency, no count.',
  rejects: ({ text, number }) => text.slice(clauseStart(text, number.start), number.start).includes('每'),
  examples: { reads: ['每季度开展1次', '每两月召开1次'], ignores: ['全年开展4次'] },
});
