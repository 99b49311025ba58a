import { CLAUSE_END } from '../../../domain/punctuation.js';
import { figureRule } from '../figure-rule.js';

/** Thresholds: 百万元以上合同, 10万元以上的项目. */
export const threshold = figureRule({
  id: 'threshold',
  summary:
    'A bound (以上, 以下, 以内) followed by more words (10万元以上的项目) is a threshold; followed by punctuation it is a fact.',
  rejects: ({ text, quantity }) => {
    if (!quantity.bound) return false;
    const next = text[quantity.end] ?? '';
    return next !== '' && !CLAUSE_END.includes(next) && next !== '）' && next !== ')';
  },
  examples: { reads: ['审查10万元以上的项目'], ignores: ['审查合同10份以上。'] },
});
