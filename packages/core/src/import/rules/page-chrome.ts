import { isChrome } from '../metadata.js';
import type { ReadingRule } from './reading-rule.js';

/** The furniture of a saved web page or a copied document: breadcrumbs, 索引号 blocks, "今天是…", page numbers. */
export const pageChrome: ReadingRule = {
  id: 'page-chrome',
  stage: 'lines',
  summary:
    'A line of web-page furniture (当前位置, 索引号, 发布日期, 今天是…, 【打印】, 首页 > …) or a page number (— 2 —, 第3页 共8页) is dropped; a 发布日期 gives the publication date.',
  matches: (line) => isChrome(line),
  makesStructure: true,
  examples: {
    reads: [
      '当前位置：首页 > 政务公开',
      '索引号：11140522/2024-00012',
      '发布日期：2024-02-01',
      '今天是2024年2月1日',
      '【打印本页】',
      '— 2 —',
      '第3页 共8页',
      '首页 > 法治政府',
    ],
    ignores: ['【普法宣传】全年开展活动12场。', '全年开展普法活动12场。', '来源于群众的诉求'],
  },
};
