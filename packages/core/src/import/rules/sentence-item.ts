import { COMMAS, FULL_STOPS, SEMICOLONS } from '../../domain/punctuation.js';
import { enumeratorAt } from '../headings.js';
import type { ReadingRule } from './reading-rule.js';

// What a list item that is a sentence ends with, and the quotes that may close it after (…"三个一批"。 or …。”).
const SENTENCE_ENDS = `${FULL_STOPS}${SEMICOLONS}`;
const CLOSING_QUOTES = '”」』"’）)';
// A title runs to a few words (依法决策, 强化法治宣传教育); a line this long with a comma in it is a
// sentence even when it lost its full stop (加强法治培训，提升干部法治素养).
const SENTENCE_LENGTH = 15;

/**
 * Whether a line is a numbered sentence: an enumerator, then text that ends with 。；！？ (a quote
 * after it allowed), or that runs to 15 characters or more with a comma clause in it. (A title
 * written escaped, `一、\title`, is a heading whatever its words: the outline never asks.)
 *
 * @example isSentenceItem('（二）深化矛盾纠纷排查化解，力争调解成功率达到95%以上。') // true
 * @example isSentenceItem('（一）依法决策') // false
 */
export function isSentenceItem(line: string): boolean {
  const enumerator = enumeratorAt(line);
  if (!enumerator) return false;
  const rest = line.slice(enumerator.length).trim();
  if (rest.length === 0) return false;
  let end = rest.length - 1;
  while (end > 0 && CLOSING_QUOTES.includes(rest[end] ?? '')) end--;
  if (SENTENCE_ENDS.includes(rest[end] ?? '')) return true;
  if (rest.length < SENTENCE_LENGTH) return false;
  // A comma with words after it: a clause, not a title's trailing comma.
  for (let i = 1; i < rest.length - 1; i++) if (COMMAS.includes(rest[i] ?? '')) return true;
  return false;
}

/**
 * 四、2027年工作安排 / （一）加强法治培训，提升干部法治素养。/ （二）…: numbered lines that are whole
 * sentences with nothing under them are a list, the body text of the heading they stand under.
 */
export const sentenceItem: ReadingRule = {
  id: 'sentence-item',
  stage: 'outline',
  summary:
    "A numbered line that is a sentence (it ends with 。；！？, or runs to 15 characters with a comma clause) and has no text of its own under it is a list item: when every numbered line under a heading is one, they are that heading's paragraphs, each as written with its enumerator; a numbered line with body text under it stays a heading.",
  matches: isSentenceItem,
  makesStructure: false,
  examples: {
    reads: [
      '（一）加强法治培训，提升干部法治素养。',
      '（二）深化矛盾纠纷排查化解，力争调解成功率达到95%以上。',
      '1.加强学法用法；',
      '2、推进基层依法治理，创建市级民主法治示范村1个',
      '（1）开展“八五”普法总结验收。',
      '一、全面完成“八五”普法规划确定的各项任务！',
    ],
    ignores: [
      '（一）依法决策',
      '一、主要举措和成效',
      '（二）强化法治宣传教育',
      '1.规范执法行为：',
      '提升干部法治素养，加强法治培训。',
      '一是加强学习；',
      '四、2027年工作安排，',
    ],
  },
};
