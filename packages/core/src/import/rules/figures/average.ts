import { countsWholeThings } from '../../../catalog/measure-words.js';
import { clauseStart } from '../../clause-boundaries.js';
import { figureRule } from '../figure-rule.js';

/** Averages: 平均仅有工作人员1.5名, 人均参训2.5次. */
export const average = figureRule({
  id: 'average',
  summary:
    'A figure whose clause says 平均 or 人均 and that is no whole number of things (平均仅有工作人员1.5名) is an average, no count: nobody counted half a person. A whole average (人均培训60学时) is read.',
  rejects: ({ text, number, quantity }) =>
    !Number.isInteger(quantity.value) &&
    countsWholeThings(quantity.unit) &&
    /平均|人均/.test(text.slice(clauseStart(text, number.start), number.start)),
  examples: {
    reads: ['乡镇民政办平均仅有工作人员1.5名', '执法人员人均参训2.5次'],
    ignores: ['执法人员人均培训60学时', '各村平均有调解员3名'],
  },
});
