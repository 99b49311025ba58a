import { clauseStart, commaClauseStart } from '../../clause-boundaries.js';
import { figureRule } from '../figure-rule.js';

/** Frequencies and figures per place: 每两月1次, 每季度开展1次, 每村1名. */
export const frequency = figureRule({
  id: 'frequency',
  summary:
    'A figure whose clause says 每 (每季度开展1次, 每村配备1名) is a frequency or a figure per place, no count; so is a bare figure that goes on its list after 、 (每村配备1名法律顾问、2名法律明白人), but not an item with words of its own (落实每月学法制度、组织集中学法12次).',
  rejects: ({ text, number }) => {
    const clause = clauseStart(text, number.start);
    if (text.slice(clause, number.start).includes('每')) return true;
    // A bare figure right after 、 takes its list's 每.
    return text[clause - 1] === '、' && text.slice(clause, number.start).trim() === ''
      ? text.slice(commaClauseStart(text, number.start), clause).includes('每')
      : false;
  },
  examples: {
    reads: ['每季度开展1次', '每两月召开1次', '为每个村配备1名法律顾问'],
    ignores: ['全年开展4次', '严格落实每月学法制度、组织领导干部集中学法12次'],
  },
});
