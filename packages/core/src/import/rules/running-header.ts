import { CLAUSE_MARKS } from '../../domain/punctuation.js';
import { enumeratorAt } from '../headings.js';
import { isPageNumber } from '../metadata.js';
import type { ReadingRule } from './reading-rule.js';

// A running header or footer is short and closes no sentence: 双河乡人民政府　法治政府建设年度报告.
const MOST_CHARACTERS = 40;
const LEAST_CHARACTERS = 4;

/** A line as the running-header rule sees it: its text, and whether a page number stands right before or after it. */
export interface PageLine {
  readonly text: string;
  readonly besidePageNumber: boolean;
  /** It opens with an enumerator (（一）加强组织领导): a heading, which two sections may share, never a running header. */
  readonly heading?: boolean;
}

// Two headers are one when they differ only in spaces (a PDF's copy spaces them as it likes).
const headerKey = (text: string) => text.replace(/\s+/g, '');

/**
 * Which lines are a copied PDF's or Word file's running header or footer: a short line that stands
 * beside a page number (the line after it, where the next page begins, or the one before it) at
 * least twice in the text. Only the copies beside page numbers are meant: the same words elsewhere
 * (the title on the first page) are the report's.
 *
 * @returns for each line, whether it is a running header
 * @example runningHeaders([{ text: '甲', besidePageNumber: false }]) // [false]
 */
export function runningHeaders(lines: readonly PageLine[]): boolean[] {
  const counts = new Map<string, number>();
  const candidate = (line: PageLine) => {
    const key = headerKey(line.text);
    return (
      line.besidePageNumber &&
      line.heading !== true &&
      key.length >= LEAST_CHARACTERS &&
      key.length <= MOST_CHARACTERS &&
      !CLAUSE_MARKS.includes(key.at(-1) ?? '')
    );
  };
  for (const line of lines)
    if (candidate(line)) counts.set(headerKey(line.text), (counts.get(headerKey(line.text)) ?? 0) + 1);
  return lines.map((line) => candidate(line) && (counts.get(headerKey(line.text)) ?? 0) >= 2);
}

// The rule's examples are excerpts of several lines: which of them stand beside a page number is read here.
function pageLinesOf(excerpt: string): PageLine[] {
  const lines = excerpt.split('\n').map((line) => line.trim());
  const kept: PageLine[] = [];
  let afterNumber = false;
  for (const line of lines) {
    if (line === '') continue;
    if (isPageNumber(line)) {
      const last = kept.at(-1);
      if (last) kept[kept.length - 1] = { ...last, besidePageNumber: true };
      afterNumber = true;
      continue;
    }
    kept.push({ text: line, besidePageNumber: afterNumber, heading: enumeratorAt(line) !== undefined });
    afterNumber = false;
  }
  return kept;
}

/** A copied PDF's running header or footer, beside each page number: dropped like the page numbers. */
export const runningHeader: ReadingRule = {
  id: 'running-header',
  stage: 'lines',
  summary:
    'A short line that stands beside a page number (— 2 —) twice or more, a copied PDF’s running header or footer, is dropped with the page numbers; the same words elsewhere (the title) stay.',
  matches: (excerpt) => runningHeaders(pageLinesOf(excerpt)).some(Boolean),
  // A paragraph on its own is never one: nothing to write as a literal line.
  makesStructure: false,
  examples: {
    reads: [
      '全年排查矛盾纠纷\n- 1 -\n双河乡人民政府　法治政府建设年度报告\n148件，调解成功145件。\n- 2 -\n双河乡人民政府 法治政府建设年度报告\n全年开展普法活动28场。',
      '全年开展普法活动28场。\n北留镇2023年法治政府建设报告\n第1页 共3页\n全年培训12次。\n北留镇2023年法治政府建设报告\n第2页 共3页',
    ],
    ignores: [
      '北留镇2023年法治政府建设报告\n全年开展普法活动28场。\n- 1 -\n全年培训12次。',
      '全年开展普法活动28场。\n- 1 -\n全年培训12次，调解纠纷8起。\n- 2 -\n全年培训12次，调解纠纷8起。',
      '全年开展普法活动28场。\n- 1 -\n法治\n- 2 -\n法治',
      '全年开展普法活动28场。\n- 1 -\n（一）加强组织领导\n全年培训12次。\n- 2 -\n（一）加强组织领导\n全年培训8次。',
    ],
  },
};
