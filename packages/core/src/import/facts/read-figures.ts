// The facts stage's first pass: every figure with its own clause, read on its own. Nothing here
// looks at another figure; the passes after it resolve what one figure says about another.
import { MAGNITUDE_PREFIXES, QUALIFIER_PREFIXES } from '../../domain/qualifiers.js';
import type { Qualifier } from '../../schema/enums.js';
import type { MappedText } from '../mapped-text.js';
import { clauseStart, commaClauseStart } from '../clause-boundaries.js';
import { cleanLabel, sharedLabels } from '../fact-labels.js';
import { isTarget, rateScope, scopeOf } from '../fact-scope.js';
import { isNotAFact } from '../not-a-fact.js';
import { readNumber, readUnit, type NumberToken, type Quantity } from '../read-number.js';
import { firstFigure } from '../rules/figure-rule.js';
import type { FactBase, FactContext } from './extracted-fact.js';
import { quoteAround } from './quote-around.js';

/** "All of them" after a figure (需要履行1件，已全部履行完毕): its words and where they stand. */
export interface AllOfThem {
  readonly from: number;
  readonly to: number;
  readonly label: string;
}

/** A figure read with its clause: what the later passes start from. */
export interface FigureReading {
  readonly number: NumberToken;
  readonly quantity: Quantity;
  /** Where the figure's words start, a qualifier before it (近, 约) included. */
  readonly start: number;
  /** Just past its measure word (and 余, 以上 after it). */
  readonly end: number;
  /** The metric's fields that do not depend on what it counts. */
  readonly base: FactBase;
  /** The words before it in its clause, cleaned: its label unless a list names it. */
  readonly clauseLabel: string;
  /** The rates before it that share its value (办结率、满意率均为100%), if any. */
  readonly shared: readonly string[] | undefined;
  /** 分别为 stands right before it: the words of its comma clause before 分别为, which name the list's items. */
  readonly respectively: string | undefined;
  /** Its comma clause holds 其中: it is a part of the whole before it. */
  readonly part: boolean;
  readonly allOfThem: AllOfThem | undefined;
}

const RESPECTIVELY = /分别(?:为|是|达到?|有)\s?$/;

// 已/均/全部… after a count: "需要履行1件，已全部履行完毕" makes a second fact of the same size.
const ALL_OF_THEM =
  /^(?:，|,)?(?:并|且)?(?:已|均已|均|都已|全都)?(?:全部|全数|均)(?:已|予以)?(?:履行|办结|化解|整改|审结|调处|调解成功|执行|完成|落实|回复|持证上岗|持证)(?:完毕|到位|完成)?(?=[，,。；;！!？?\n]|$)/;

/**
 * Every figure of a block (a number with its measure word that is a fact), read with its clause:
 * value, unit, qualifier, scope, source and quote, the words before it and what its clause says
 * about a list around it. One forward scan with bounded look-backs: linear.
 *
 * @param block - a paragraph or a heading
 * @param context - the report's year, the section, whether it is the plans
 * @returns the figures in the order they stand
 * @example readFigures(MappedText.of('全年培训12次。'), context)[0]?.base.value // 12
 */
export function readFigures(block: MappedText, context: FactContext): FigureReading[] {
  const text = block.text;
  const figures: FigureReading[] = [];
  const limit = context.maxFigures ?? Number.POSITIVE_INFINITY;
  let i = 0;
  while (i < text.length && figures.length < limit) {
    const number = readNumber(text, i);
    if (!number) {
      i += 1;
      continue;
    }
    i = Math.max(number.end, i + 1);
    const quantity = readUnit(text, number) ?? listedUnit(text, number);
    if (!quantity || isNotAFact(text, number, quantity, context.year)) continue;
    i = quantity.end;
    figures.push(readFigure(block, number, quantity, context));
  }
  return figures;
}

// 分别为120、118件, 分别提高1.5和2个百分点, 分别为1.2、1.5万人次: in a 分别 list the measure word (and its 万) is
// written once, after the last number, for every number of the list.
const LIST_JOINER = /^\s?[、和与及]\s?/;
const RESPECTIVELY_BEFORE = /分别/;
// A list's numbers looked at after a bare one: enough for a 分别 list, few enough to stay linear.
const LIST_ITEMS = 8;

// The measure word a bare number takes from the number after it in a 分别 list, if it stands in one.
function listedUnit(text: string, number: NumberToken): Quantity | undefined {
  // The cheap test first: most bare numbers (years, ordinals, 1.) have no list joiner after them.
  if (number.percent || !LIST_JOINER.test(text.slice(number.end, number.end + 3))) return undefined;
  if (!RESPECTIVELY_BEFORE.test(text.slice(commaClauseStart(text, number.start), number.start))) return undefined;
  let at = number.end;
  for (let item = 0; item < LIST_ITEMS; item++) {
    const joiner = LIST_JOINER.exec(text.slice(at, at + 3));
    if (!joiner) return undefined;
    const next = readNumber(text, at + joiner[0].length);
    if (!next || next.start !== at + joiner[0].length || next.chinese !== number.chinese) return undefined;
    const shared = next.percent ? undefined : readUnit(text, { ...number, end: next.end });
    if (shared) return { ...shared, end: number.end, qualifier: 'exact', bound: false };
    if (readUnit(text, next)) return undefined;
    at = next.end;
  }
  return undefined;
}

function readFigure(block: MappedText, number: NumberToken, quantity: Quantity, context: FactContext): FigureReading {
  const text = block.text;
  const prefix = prefixQualifier(text, number.start, number.numeral);
  const qualifier = prefix && quantity.qualifier === 'exact' ? prefix.qualifier : quantity.qualifier;
  const start = prefix ? number.start - prefix.length : number.start;
  const scope =
    quantity.unit === '%' ? rateScope(text, number.start, context.year) : scopeOf(text, number.start, context.year);
  const base: FactBase = {
    value: quantity.value,
    unit: quantity.unit,
    qualifier,
    ...(context.plans || isTarget(text, start) ? { scope: 'target' as const } : scope),
    sectionId: context.sectionId,
    source: { ...block.span(start, quantity.end), quote: quoteAround(text, start, quantity.end) },
  };
  const commaClause = text.slice(commaClauseStart(text, number.start), number.start);
  return {
    number,
    quantity,
    start,
    end: quantity.end,
    base,
    clauseLabel: cleanLabel(text.slice(labelStart(text, start), start)),
    // 受理率、办结率、满意率均为100%: the list runs over 、, so look back to the comma.
    shared: sharedLabels(text.slice(commaClauseStart(text, start), start)),
    respectively: RESPECTIVELY.test(text.slice(Math.max(0, number.start - 4), number.start))
      ? commaClause.replace(RESPECTIVELY, '')
      : undefined,
    part: commaClause.includes('其中'),
    allOfThem: allOfThemAfter(text, quantity.end),
  };
}

// Where the words naming a figure start: its clause, or its comma clause where the 、 between them
// joins words and no figure (查处违法建设、占道经营等案件264件, 审核合同、协议21份); after a figure a 、
// starts the next item of a list (培训3次、法律咨询520人次; 国家级1个、省级2个).
function labelStart(text: string, start: number): number {
  const clause = clauseStart(text, start);
  const comma = commaClauseStart(text, start);
  return clause > comma && firstFigure(text.slice(comma, clause)) === undefined ? comma : clause;
}

function prefixQualifier(
  text: string,
  start: number,
  numeral: string,
): { qualifier: Qualifier; length: number } | undefined {
  const magnitude =
    numeral === '百' || numeral === '千' || numeral === '万'
      ? Object.hasOwn(MAGNITUDE_PREFIXES, text[start - 1] ?? '')
        ? MAGNITUDE_PREFIXES[text[start - 1] ?? '']
        : undefined
      : undefined;
  if (magnitude) return { qualifier: magnitude, length: 1 };
  const from = Math.max(0, start - 4);
  const before = text.slice(from, start).trimEnd();
  for (const [word, qualifier] of QUALIFIER_PREFIXES) {
    if (before.endsWith(word)) return { qualifier, length: word.length + (start - from - before.length) };
  }
  return undefined;
}

function allOfThemAfter(text: string, end: number): AllOfThem | undefined {
  const all = ALL_OF_THEM.exec(text.slice(end, end + 24));
  if (!all) return undefined;
  const from = end + all[0].length - all[0].replace(/^[，,]/, '').length;
  const to = end + all[0].length;
  return { from, to, label: text.slice(from, to) };
}
