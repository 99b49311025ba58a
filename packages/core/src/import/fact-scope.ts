// What a figure covers: the year, a date (截至…), a running total (累计) or a target (力争…).
import { daysInMonth } from '../domain/dates.js';
import { ENUMERATOR_NUMERALS, parseChineseNumeral, YEAR_NUMERALS } from '../domain/numerals.js';
import type { Scope } from '../schema/enums.js';
import { clauseStart, commaClauseStart, sentenceStart } from './clause-boundaries.js';

// 力争…达到15人, 确保…不低于95%, 计划开展4次: a figure a plan promises, not one achieved.
const TARGET_WORDS =
  /力争|争取|确保|预计|目标(?:是|为|：|:)|计划(?:在|于|到|将|再)?(?:开展|组织|举办|召开|完成|实现|新建|建成|创建|培育|培训|推进|新增|达到|全年)/;

// 印发…工作要点，明确…不少于12场、要求…达到100%: a level a document sets is a target. 按照…要求 and
// 符合规定 say what was done by a rule, and 明确 is a requirement only in the figure's own clause
// (进一步明确职责，办结率达到100% is an achievement).
const REQUIREMENT = /要求|规定/;
const BY_THE_RULE = /(?:按照?|根据|依照|依据|遵照|符合|落实|达到)[^，,。；;]{0,12}?(?:要求|规定)/g;
const REQUIRED_AT_LEAST = /^(?:不低于|不少于|不高于|不超过|不多于)/;
const REQUIRED_LEVEL = /(?:达到|控制在|保持在)$/;
// 合格率须达到95%以上, 应不低于90%: a level that must be reached is a requirement's, whoever set it.
const MUST = /(?:须|需|应|应当|必须)(?:达到|控制在|保持在)?$/;

/**
 * Whether the figure at `at` (where its words start, a qualifier such as 不少于 included) is a
 * promise of a plan (力争, 确保, 计划开展…) or a level a requirement sets (要求…不低于95%, 明确…达到
 * 40学时), not an achievement. What the same sentence says was achieved (当年实现98.2%) stays one.
 */
export function isTarget(text: string, at: number): boolean {
  const from = sentenceStart(text, at);
  // A target word right before the number is the thing counted (制定学法计划1份), not a promise.
  if (TARGET_WORDS.test(text.slice(from, Math.max(from, at - 2)))) return true;
  const before = text.slice(Math.max(from, at - 5), at);
  if (MUST.test(before) && (REQUIRED_LEVEL.test(before) || REQUIRED_AT_LEAST.test(text.slice(at, at + 3)))) return true;
  const required =
    REQUIREMENT.test(text.slice(from, at).replace(BY_THE_RULE, '')) ||
    text.slice(commaClauseStart(text, at), at).includes('明确');
  if (!required) return false;
  return REQUIRED_AT_LEAST.test(text.slice(at, at + 3)) || REQUIRED_LEVEL.test(text.slice(Math.max(from, at - 3), at));
}

// A year, month or day in digits or in Chinese numerals (截至二〇二四年十一月底), each of fixed width.
const YEAR_PART = String.raw`(\d{4}|[${YEAR_NUMERALS}]{4})`;
const DAY_PART = String.raw`(\d{1,2}|[${ENUMERATOR_NUMERALS}]{1,3})`;
const AS_OF_DATE = new RegExp(
  String.raw`(?:截至|截止)(?:到)?\s?(?:${YEAR_PART}\s?年)?\s?${DAY_PART}\s?月(?:\s?${DAY_PART}\s?日|底|末)?`,
);
const YEAR_END = new RegExp(String.raw`(?:截至|截止)(?:到)?\s?${YEAR_PART}\s?年(?:底|末|年底)`);

// A part of a date as a number, written in digits or in Chinese numerals.
const datePart = (part: string): number => (/^\d+$/.test(part) ? Number(part) : (parseChineseNumeral(part) ?? 0));

/** The scope of the figure at `at` from the scope words before it in its sentence (or from `from`). */
export function scopeOf(
  text: string,
  at: number,
  year: number | undefined,
  from?: number,
): { scope?: Scope; asOf?: string } {
  const sentence = text.slice(from ?? sentenceStart(text, at), at);
  const asOf = asOfDate(sentence, year);
  if (sentence.includes('累计')) return asOf ? { scope: 'cumulative', asOf } : { scope: 'cumulative' };
  // 截至12月31日，在册126人，全年新接收58人: a 全年 after the date dates the figures after it.
  if (asOf && !YEAR_WORDS.test(sentence.slice(asOfEnd(sentence)))) return { scope: 'asOf', asOf };
  if (asOf) return { scope: 'year' };
  if (/截至目前|截止目前|截至当前|截止当前/.test(sentence)) return { scope: 'asOf' };
  if (YEAR_WORDS.test(sentence)) return { scope: 'year' };
  if (year !== undefined && new RegExp(`^\\s?${year}\\s?年(?:度)?(?:[，,]|以来|全年|共|，)`).test(sentence))
    return { scope: 'year' };
  if (/截至目前|截止目前|目前|现有/.test(sentence)) return { scope: 'asOf' };
  return {};
}

/**
 * The scope of a rate at `at`: its own clause's (累计排查22起，调解率100% is not a cumulative rate;
 * 全年受理投诉1.8万件，办结率和满意率实现“双百” is no rate of the year), unless the sentence dates
 * itself (截至12月底，…可办率达到98%).
 */
export function rateScope(text: string, at: number, year: number | undefined): { scope?: Scope; asOf?: string } {
  return datedScope(text, at, year) ?? scopeOf(text, at, year, clauseStart(text, at));
}

/** The as-of date of the figure at `at` when its sentence names one (截至12月底). */
export function datedScope(
  text: string,
  at: number,
  year: number | undefined,
): { scope: Scope; asOf: string } | undefined {
  const asOf = asOfDate(text.slice(sentenceStart(text, at), at), year);
  return asOf ? { scope: 'asOf', asOf } : undefined;
}

const YEAR_WORDS = /全年|今年|年内|本年度|一年来|年度内/;

// Where the date of a sentence's 截至… ends.
function asOfEnd(sentence: string): number {
  const match = YEAR_END.exec(sentence) ?? AS_OF_DATE.exec(sentence);
  return match ? match.index + match[0].length : 0;
}

function asOfDate(sentence: string, year: number | undefined): string | undefined {
  const end = YEAR_END.exec(sentence);
  if (end?.[1]) return `${datePart(end[1])}-12-31`;
  const match = AS_OF_DATE.exec(sentence);
  if (!match) return undefined;
  const y = match[1] ? datePart(match[1]) : year;
  const month = datePart(match[2] ?? '');
  if (y === undefined || month < 1 || month > 12) return undefined;
  const lastDay = daysInMonth(y, month);
  const day = match[3] ? datePart(match[3]) : lastDay;
  if (day < 1 || day > lastDay) return undefined;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
