import { figureRule } from '../figure-rule.js';

/** Ordinals and ranks: 第五轮, 全市第二, 前3名, 排名第1, 名列第二. */
export const ordinalOrRank = figureRule({
  id: 'ordinal-or-rank',
  summary: 'A number after 第, 前, 排名, 位列, 位居 or 名列 is an ordinal or a rank, no count.',
  rejects: ({ before }) => /(?:第|前|排名|位列|位居|名列)$/.test(before),
  examples: {
    reads: ['开展第五轮普法检查', '考评位居全市前3名', '在全市考评中名列第二名'],
    ignores: ['开展普法检查5轮', '全市考评3名干部获表彰'],
  },
});
