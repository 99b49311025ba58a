import { figureRule } from '../figure-rule.js';

/** Ordinals and ranks: 第五轮, 全市第二, 前3名, 排名第1, 名列第二, and the ordinals after one in a list (第1、2名). */
export const ordinalOrRank = figureRule({
  id: 'ordinal-or-rank',
  summary:
    'A number after 第, 前, 排名, 位列, 位居 or 名列 is an ordinal or a rank, no count; so is one after such a number and 、, 和 or 至 (第1、2名).',
  rejects: ({ before }) => /(?:第|前|排名|位列|位居|名列)(?:[\d一二三四五六七八九十]{1,4}[、和及至])?$/.test(before),
  examples: {
    reads: ['开展第五轮普法检查', '考评位居全市前3名', '在全市考评中名列第二名', '两村在全县考评中获第1、2名'],
    ignores: ['开展普法检查5轮', '全市考评3名干部获表彰', '全年考评3名、表彰2名干部'],
  },
});
