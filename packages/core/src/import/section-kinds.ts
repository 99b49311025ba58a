// The section-kind stage: which statutory content a heading's title names.
import { yearIn } from '../domain/dates.js';
import { alternation, NEXT_WORDS } from '../domain/time-words.js';
import type { SectionKind } from '../schema/enums.js';
import { enumeratorAt } from './headings.js';

// Section titles vary a lot between towns; these are the words that decide the kind.
// Order matters: 履行法院生效裁判 also says 履行, so judgments are tested before duties.
const TOP_LEVEL: readonly [SectionKind, RegExp][] = [
  ['judgments', /生效(?:裁判|判决|裁定|文书)|法院.{0,6}(?:裁判|判决)|司法建议/],
  ['duties', /第一责任人|主要负责人|党政(?:主要)?负责|主体责任|领导干部.{0,4}履职|述法|压实.{0,6}责任|法治建设责任/],
  ['measures', /举措|成效|做法|主要工作|工作开展|取得的/],
  ['shortcomings', /不足|问题|短板|差距|薄弱|困难|瓶颈|原因/],
  ['plans', /下一?年度?|下步|下一步|明年|今后|打算|安排|计划|思路|展望|谋划|工作重点|努力方向/],
  ['other', /其他|其它/],
];

// Inside a section, only unmistakable titles change the kind: "解决群众反映的突出问题" is a
// measure, "存在的问题" is not.
const NESTED: readonly [SectionKind, RegExp][] = [
  ['judgments', /履行.{0,4}生效(?:裁判|判决)/],
  ['duties', /第一责任人职责/],
  ['shortcomings', /存在的?(?:主要)?(?:问题|不足)|不足(?:之处)?(?:和|及|与)?原因|问题(?:和|及|与)不足|短板/],
  ['plans', /下一步|下一年度|明年(?:工作)?(?:打算|安排|计划|思路)|工作(?:打算|安排|计划|思路|谋划|展望)$/],
  ['other', /^其他需要报告/],
];

/**
 * The kind of a section from its title. Top-level titles that name none of the statutory
 * contents are thematic measures (坚持依法行政…); nested titles inherit their parent's kind
 * unless they plainly name another content.
 *
 * @param title - the heading; an enumerator it still opens with (五、其他需要报告的情况, as a person types a
 *   title in the form) is read past
 * @param parent - the parent's kind, for nested sections
 * @param year - the year reported on: a top-level title opening with the next year is the plans
 * @example classifySection('五、其他需要报告的情况', 'measures') // 'other'
 */
export function classifySection(written: string, parent?: SectionKind, year?: number): SectionKind {
  const title = written.slice(enumeratorAt(written)?.length ?? 0).trim();
  // 下一步工作举措, 2025年重点工作: a title that opens with what comes next is the plans, whatever
  // it goes on to name.
  if (parent === undefined && (NEXT.test(title) || (year !== undefined && openingYear(title) === year + 1)))
    return 'plans';
  const table = parent === undefined ? TOP_LEVEL : NESTED;
  for (const [kind, pattern] of table) if (pattern.test(title)) return kind;
  return parent ?? 'measures';
}

const NEXT = new RegExp(`^(?:${alternation(NEXT_WORDS)})`);

// The year a title opens with (2025年…, 二〇二五年…), read where years are read.
function openingYear(title: string): number | undefined {
  const at = title.indexOf('年');
  return at >= 4 && at <= 5 ? yearIn(title.slice(0, at + 1)) : undefined;
}

/**
 * The statutory content a label names outright (存在的问题, 下一步打算, 党政主要负责人履职情况),
 * `undefined` when it names none: for reports that mark their parts with such labels instead of
 * numbered headings.
 */
export function namedContent(label: string): SectionKind | undefined {
  for (const [kind, pattern] of TOP_LEVEL) if (pattern.test(label)) return kind;
  return undefined;
}
