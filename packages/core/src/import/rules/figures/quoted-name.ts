import { figureRule } from '../figure-rule.js';

/** A number that opens a quotation names something: “两个维护”, “十个一”. */
export const quotedName = figureRule({
  id: 'quoted-name',
  summary: 'A number right after an opening quotation mark (“两个维护”, “十个一”) names a slogan, no count.',
  rejects: ({ before }) => /[“‘「『"]$/.test(before),
  examples: { reads: ['做到“两个维护”', '落实“十个一”工程'], ignores: ['开展“法律进乡村”活动24场'] },
});
