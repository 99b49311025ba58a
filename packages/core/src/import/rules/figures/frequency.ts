import { commaClauseStart } from '../../clause-boundaries.js';
import { figureRule } from '../figure-rule.js';

// Words that start a count of the whole again after a 每 (每月1次、全年共12次).
const WHOLE_AGAIN = /共|全年|累计|合计|总/;

/** Frequencies and figures per place: 每两月1次, 每季度开展1次, 每村1名. */
export const frequency = figureRule({
  id: 'frequency',
  summary:
    'A figure whose clause says 每 (每季度开展1次, 每村配备1名) is a frequency or a figure per place, no count; a list joined by 、 shares its 每 (每村配备1名法律顾问、2名法律明白人) until 共 or 全年 counts the whole again.',
  rejects: ({ text, number }) => {
    const clause = text.slice(commaClauseStart(text, number.start), number.start);
    const per = clause.lastIndexOf('每');
    return per >= 0 && !WHOLE_AGAIN.test(clause.slice(per + 1));
  },
  examples: {
    reads: ['每季度开展1次', '每两月召开1次', '为每个村配备1名法律顾问'],
    ignores: ['全年开展4次'],
  },
});
