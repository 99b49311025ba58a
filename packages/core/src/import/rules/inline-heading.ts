import { inlineHeadingAt } from '../headings.js';
import type { ReadingRule } from './reading-rule.js';

/** A heading written inline after a full stop, in a report that lost its line breaks: …工作。二、存在的问题… */
export const inlineHeading: ReadingRule = {
  id: 'inline-heading',
  stage: 'outline',
  summary:
    'An enumerator right after a full stop inside a paragraph starts a heading there, when it is the next number at an open level (the renderer escapes any such paragraph).',
  matches: (line) => inlineHeadingAt(line, () => true) >= 0,
  makesStructure: true,
  examples: {
    reads: ['全年开展活动3场。二、存在的问题', '排查纠纷12起。（一）加强领导'],
    ignores: ['全年开展活动3场，二是加强学习。', '一是抓学习；二是抓落实。'],
  },
};
