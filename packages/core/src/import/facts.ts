import type { Catalog } from '../catalog/catalog.js';
import { quantityOf } from '../catalog/measure-words.js';
import { countsBodies } from '../domain/counted-nouns.js';
import { MAGNITUDE_PREFIXES, QUALIFIER_PREFIXES } from '../domain/qualifiers.js';
import type { Qualifier } from '../schema/enums.js';
import { MAX_QUOTE_LENGTH } from '../schema/codes.js';
import type { Metric } from '../schema/metric.js';
import { classifyFact, indicatorFamily, matchIndicator, partNamedBy } from './classify.js';
import type { MappedText } from './mapped-text.js';
import { clauseStart, commaClauseStart, forgetBoundaries, sentenceStart } from './clause-boundaries.js';
import { cleanLabel, LEVEL, LIST_SEPARATOR, LIST_SEPARATOR_OR_COMMA, nounAfter, nounOfLevelled, sharedLabels } from './fact-labels.js';
import { datedScope, isTarget, scopeOf } from './fact-scope.js';
import { isNotAFact } from './not-a-fact.js';
import { readNumber, readUnit, type NumberToken, type Quantity } from './read-number.js';
import { CLAUSE_END, COMMAS, FULL_STOPS, SEMICOLONS, SENTENCE_END } from '../domain/punctuation.js';

/** What a fact's value rests on besides its own words, so a person knows to confirm it. */
export type Derivation = 'shared' | 'elliptical' | 'all' | 'none';

/** A fact found in the text, with how it was derived when not written out in full. */
export interface ExtractedFact {
  readonly metric: Metric;
  readonly derived?: Derivation;
  /** The indicator rests on this alias of two characters or fewer: a guess to confirm. */
  readonly weak?: string;
}

/** What fact extraction needs to know about the report. */
export interface FactContext {
  readonly year: number | undefined;
  readonly catalog: Catalog;
  readonly sectionId: string;
  /** The section is a plan (下一年度安排): every figure in it is a target. */
  readonly plans?: boolean;
}

/**
 * Every quantitative fact in one block of text (a paragraph or a heading), as docs/import.md
 * describes: numbers with their unit, qualifier and scope, shared values (办结率、满意率均为
 * 100%, 双百), elliptical lists (国家级…1个，省级1个), and "all of them" (已全部履行完毕).
 * Hotline and document numbers, ordinals, slogans, ranks, frequencies, thresholds, dates and
 * numbers without a unit are not facts. One forward scan with bounded look-backs: linear.
 */
export function extractFacts(block: MappedText, context: FactContext): ExtractedFact[] {
  const text = block.text;
  const facts: ExtractedFact[] = [];
  // The last fact the catalog knows: a generic word (审结) takes its family.
  let lastClassified = -1;
  let lastClassifiedAt = -1;
  let respectively: { readonly items: readonly string[]; next: number; end: number } | undefined;
  let whole: ExtractedFact | undefined;
  let i = 0;
  while (i < text.length) {
    const number = readNumber(text, i);
    if (!number) {
      i += 1;
      continue;
    }
    i = Math.max(number.end, i + 1);
    const quantity = readUnit(text, number);
    if (!quantity || isNotAFact(text, number, quantity)) continue;
    i = quantity.end;
    // 行政复议、行政诉讼案件分别为4件、2件: the n-th figure after 分别为 is the n-th item's.
    if (RESPECTIVELY.test(text.slice(Math.max(0, number.start - 4), number.start))) {
      const clause = text.slice(commaClauseStart(text, number.start), number.start).replace(RESPECTIVELY, '');
      const named = clause.split(LIST_SEPARATOR).map((item) => cleanLabel(item)).filter(Boolean);
      // 国家级、省级示范村: a level alone shares the noun of the last item.
      const noun = nounOfLevelled(named.at(-1) ?? '');
      const items = named.map((item) => (LEVEL.test(item) ? `${item}${noun}` : item));
      respectively = items.length >= 2 ? { items, next: 0, end: number.start } : undefined;
    } else if (respectively && !/^[、，,和及与\s]*$/.test(text.slice(respectively.end, number.start))) {
      respectively = undefined;
    }
    const listed = respectively?.items[respectively.next];
    if (respectively) respectively.next++;
    // The count before it in its sentence, whose family a generic rate takes (a rate owns no rate).
    const near = lastClassified >= 0 && lastClassifiedAt >= sentenceStart(text, number.start) && facts[lastClassified]?.metric.unit !== '%' ? facts[lastClassified] : undefined;
    // The figures of a 其中 list are parts of the one before it: the whole they belong to.
    const inList = text.slice(commaClauseStart(text, number.start), number.start).includes('其中');
    const found = factsAt(block, number, quantity, context, facts.at(-1), facts[lastClassified], near, listed, inList ? whole : undefined);
    if (!inList && found[0]) whole = found[0];
    if (respectively) respectively.end = quantity.end;
    const [first] = found;
    const applications = facts[lastClassified];
    if (first && applications && ACCEPTED.test(first.metric.label) && APPLIED.test(applications.metric.label) && applications.metric.indicator.endsWith('.cases')) {
      // 收到行政复议申请96件，受理89件: the accepted are the cases, the applications are set aside.
      found[0] = { ...first, metric: { ...first.metric, indicator: applications.metric.indicator } };
      facts[lastClassified] = { ...applications, metric: { ...applications.metric, indicator: 'unclassified' } };
    }
    for (const fact of found) {
      if (fact.metric.indicator !== 'unclassified') {
        lastClassified = facts.length;
        lastClassifiedAt = number.start;
      }
      facts.push(fact);
    }
  }
  for (const fact of doubleHundreds(block, context)) facts.push(fact);
  for (const fact of noneCounted(block, context)) facts.push(fact);
  forgetBoundaries();
  return facts;
}

function prefixQualifier(text: string, start: number, numeral: string): { qualifier: Qualifier; length: number } | undefined {
  const magnitude = numeral === '百' || numeral === '千' || numeral === '万' ? (Object.hasOwn(MAGNITUDE_PREFIXES, text[start - 1] ?? '') ? MAGNITUDE_PREFIXES[text[start - 1] ?? ''] : undefined) : undefined;
  if (magnitude) return { qualifier: magnitude, length: 1 };
  const from = Math.max(0, start - 4);
  const before = text.slice(from, start).trimEnd();
  for (const [word, qualifier] of QUALIFIER_PREFIXES) {
    if (before.endsWith(word)) return { qualifier, length: word.length + (start - from - before.length) };
  }
  return undefined;
}

// 已/均/全部… after a count: "需要履行1件，已全部履行完毕" makes a second fact of the same size.
const ALL_OF_THEM = /^(?:，|,)?(?:并|且)?(?:已|均已|均|都已|全都)?(?:全部|全数|均)(?:已|予以)?(?:履行|办结|化解|整改|审结|调处|调解成功|执行|完成|落实|回复|持证上岗|持证)(?:完毕|到位|完成)?(?=[，,。；;！!？?\n]|$)/;

function factsAt(
  block: MappedText,
  number: NumberToken,
  quantity: Quantity,
  context: FactContext,
  previous: ExtractedFact | undefined,
  classified: ExtractedFact | undefined,
  near: ExtractedFact | undefined,
  listed?: string,
  whole?: ExtractedFact,
): ExtractedFact[] {
  const text = block.text;
  const prefix = prefixQualifier(text, number.start, number.numeral);
  const qualifier = prefix && quantity.qualifier === 'exact' ? prefix.qualifier : quantity.qualifier;
  const start = prefix ? number.start - prefix.length : number.start;
  const source = block.span(start, quantity.end);
  // A rate's scope is its own clause's (累计排查22起，调解率100% is not a cumulative rate),
  // unless the sentence dates itself: 截至12月底，…可办率达到98%.
  const scope =
    quantity.unit === '%'
      ? datedScope(text, number.start, context.year) ?? scopeOf(text, number.start, context.year, clauseStart(text, number.start))
      : scopeOf(text, number.start, context.year);
  const base = {
    value: quantity.value,
    unit: quantity.unit,
    qualifier,
    ...(context.plans || isTarget(text, start) ? { scope: 'target' as const } : scope),
    sectionId: context.sectionId,
    source: { ...source, quote: quoteAround(text, start, quantity.end) },
  };
  const lead = listed ?? cleanLabel(text.slice(clauseStart(text, start), start));
  const after = nounAfter(text, quantity.end, quantity.unit, lead.length <= 2);

  // 受理率、办结率、满意率均为100%: the list runs over 、, so look back to the comma.
  const shared = listed === undefined ? sharedLabels(text.slice(commaClauseStart(text, start), start)) : undefined;
  if (shared) {
    return shared.map((label) => ({
      metric: { indicator: classifyFact(label, quantity.unit, context.catalog, classified?.metric.indicator, near?.metric.indicator), label, ...base },
      derived: 'shared' as const,
    }));
  }

  let label = lead.replace(/^其中/, '');
  let derived: Derivation | undefined;
  let indicator: string | undefined;
  if (listed === undefined && !after && (label === '' || LEVEL.test(label)) && previous) {
    // 国家级民主法治示范村1个，省级1个: the noun is the previous fact's, the level this one's.
    const modifier = label;
    label = `${modifier}${nounOfLevelled(previous.metric.label)}`;
    derived = 'elliptical';
    const byLevel = modifier ? classifyFact(label, quantity.unit, context.catalog) : previous.metric.indicator;
    if (indicatorFamily(byLevel) === indicatorFamily(previous.metric.indicator)) indicator = byLevel;
  }
  if (!after && BARE_VERB.test(label)) {
    // 每季度召开1次法治建设专题会议，全年共召开4次: a verb alone counts what the clause before named.
    const own = clauseStart(text, start);
    const from = own > 0 ? clauseStart(text, own - 1) : own;
    const before = from >= sentenceStart(text, start) && from < own ? matchIndicator(text.slice(from, own - 1), quantity.unit, context.catalog) : undefined;
    if (before && before.indicator !== 'unclassified') {
      indicator = before.indicator;
      derived = 'elliptical';
    }
  }
  if (indicator === undefined && !after && previous && SHORT_MODIFIER.test(label)) {
    // 培训5次，其中线上2次、线下3次: a part the catalog declares of the count before.
    const part = partNamedBy(context.catalog, previous.metric.indicator, label);
    if (part) {
      indicator = part;
      derived = 'elliptical';
    }
  }
  let weak: string | undefined;
  if (indicator === undefined) {
    const match = matchIndicator(after ? `${label}${after}` : label, quantity.unit, context.catalog, classified?.metric.indicator, near?.metric.indicator);
    indicator = match.indicator;
    if (match.alias !== undefined && match.alias.length <= 2) weak = match.alias;
    // 主要负责同志先后5次专题听取法治工作汇报: the count stands before the act it counts.
    const act = indicator === 'unclassified' && !after ? actAfter(text, quantity.end, quantity.unit) : undefined;
    if (act) {
      const acted = matchIndicator(act, quantity.unit, context.catalog);
      if (acted.indicator !== 'unclassified') {
        indicator = acted.indicator;
        if (acted.alias !== undefined && acted.alias.length <= 2) weak = acted.alias;
      }
    }
  }
  // 人民调解委员会41个, 8个县市: a figure that counts bodies or places is no count of what they do.
  if (indicator !== 'unclassified' && countsBodies(label, after)) {
    const definition = context.catalog.get(indicator);
    if (!definition || quantityOf(definition) !== 'places') indicator = 'unclassified';
  }
  // The label is the thing counted as written; with no words at all, the number itself.
  const written = (after ?? label) || text.slice(start, quantity.end);
  const facts: ExtractedFact[] = [{ metric: { indicator, label: written, ...base }, ...(derived ? { derived } : {}), ...(weak ? { weak } : {}) }];

  const all = ALL_OF_THEM.exec(text.slice(quantity.end, quantity.end + 24));
  if (all) {
    const from = quantity.end + all[0].length - all[0].replace(/^[，,]/, '').length;
    const to = quantity.end + all[0].length;
    const allLabel = text.slice(from, to);
    // 共30件，其中东村12件、西村10件，全部调解成功: "all" are the 30, not the last village's.
    const of = whole?.metric ?? { ...base, indicator };
    facts.push({
      metric: {
        ...base,
        value: of.value,
        unit: of.unit,
        qualifier: of.qualifier,
        indicator: sameFamily(classifyFact(allLabel, of.unit, context.catalog, of.indicator), of.indicator),
        label: allLabel,
        source: { ...block.span(from, to), quote: base.source.quote },
      },
      derived: 'all',
    });
  }
  return facts;
}

// A verb of holding or hearing right after a count of sessions: 5次专题听取…汇报, 3次召开….
const ACT_AFTER_COUNT = /^(?:专题)?(?:听取|研究|召开|主持召开|主持|审议)/;

// The act after a count of sessions (5次专题听取法治工作汇报 → 专题听取法治工作汇报), when one follows.
function actAfter(text: string, at: number, unit: string): string | undefined {
  if (unit !== '次' && unit !== '场') return undefined;
  const act = nounAfter(text, at, unit, true);
  return act !== undefined && ACT_AFTER_COUNT.test(act) ? act : undefined;
}

/**
 * The sentence a figure stands in, at most {@link MAX_QUOTE_LENGTH} characters: what a
 * reviewer reads to confirm it when the imported text is long gone. A longer sentence is
 * cut around the figure.
 */
function quoteAround(text: string, start: number, end: number): string {
  const from = sentenceStart(text, start);
  let to = end;
  while (to < text.length && to - from < MAX_QUOTE_LENGTH && !SENTENCE_END.includes(text[to] ?? '')) to++;
  if (to < text.length && QUOTE_CLOSE.includes(text[to] ?? '')) to++;
  let quote = text.slice(from, to).trim();
  if (quote.length > MAX_QUOTE_LENGTH) {
    const left = Math.max(from, Math.min(start - 60, to - MAX_QUOTE_LENGTH));
    quote = text.slice(left, Math.min(to, left + MAX_QUOTE_LENGTH)).trim();
  }
  return quote;
}

// The mark that ends a quoted sentence goes with it.
const QUOTE_CLOSE = `${FULL_STOPS}${SEMICOLONS}`;

const RESPECTIVELY = /分别(?:为|是|达到?|有)\s?$/;

// A modifier alone before a figure in a list: 线上, 线下, 省级.
const SHORT_MODIFIER = /^[\u4e00-\u9fff]{2,3}$/;

// A counting verb with no noun: what it counts is named before it.
const BARE_VERB = /^(?:召开|开展|组织|举办|举行|办理|完成|受理)$/;

// An accepted count after a count of applications (收到…申请96件，依法受理89件).
const ACCEPTED = /^(?:依法|共|正式|予以)?受理$/;
const APPLIED = /申请$/;

// "All of them" counts the same things as the number before it, so it can only name an
// indicator of the same family (需履行 → 已履行); anything else is left for a person.
function sameFamily(candidate: string, source: string): string {
  return candidate !== 'unclassified' && indicatorFamily(candidate) === indicatorFamily(source) ? candidate : 'unclassified';
}


// 无行政诉讼案件, 全年未发生败诉案件: a count of zero written in words. Read only where 案件
// ends the clause (its 件 is the measure word) and names a catalog indicator: a zero of
// something unknown tells a county nothing, a known one lets it recompute a rate.
const CLAUSE_BREAKS = `${COMMAS}${FULL_STOPS}${SEMICOLONS}`;
const NONE_COUNTED = new RegExp(`^[^${CLAUSE_BREAKS}无未没]{0,6}?(无|未发生过?|未出现过?|没有)(?:一起|任何)?([^${CLAUSE_BREAKS}]{1,12}案件)$`);

function noneCounted(block: MappedText, context: FactContext): ExtractedFact[] {
  const text = block.text;
  const facts: ExtractedFact[] = [];
  for (let at = text.indexOf('案件'); at >= 0; at = text.indexOf('案件', at + 2)) {
    const end = at + 2;
    if (end < text.length && !CLAUSE_END.includes(text[end] ?? '')) continue;
    const from = clauseStart(text, at);
    const match = NONE_COUNTED.exec(text.slice(from, end));
    const label = match?.[2];
    if (!match || !label) continue;
    const indicator = classifyFact(label, '件', context.catalog);
    if (indicator === 'unclassified') continue;
    const start = end - match[0].length + match[0].indexOf(match[1] ?? '');
    facts.push({
      metric: {
        indicator,
        label,
        value: 0,
        unit: '件',
        qualifier: 'exact',
        ...(context.plans || isTarget(text, start) ? { scope: 'target' as const } : scopeOf(text, start, context.year)),
        sectionId: context.sectionId,
        source: { ...block.span(start, end), quote: quoteAround(text, start, end) },
      },
      derived: 'none',
    });
  }
  return facts;
}

// "双百" (and 双100%) says two rates are both 100%: 办结率、满意率实现“双百”.
function doubleHundreds(block: MappedText, context: FactContext): ExtractedFact[] {
  const text = block.text;
  const facts: ExtractedFact[] = [];
  for (let at = text.indexOf('双百'); at >= 0; at = text.indexOf('双百', at + 2)) {
    const clause = text.slice(sentenceStart(text, at), at).replace(/[“"‘]$/, '');
    const head = clause.replace(/(?:实现了?|达到了?|均为|均达到?|保持)$/, '');
    const items = head.split(LIST_SEPARATOR_OR_COMMA).map((item) => cleanLabel(item)).filter((item) => item.endsWith('率') || item.endsWith('度'));
    const scope = scopeOf(text, at, context.year);
    for (const label of items.slice(-2)) {
      facts.push({
        metric: {
          indicator: classifyFact(label, '%', context.catalog),
          label,
          value: 100,
          unit: '%',
          qualifier: 'exact',
          ...(context.plans || isTarget(text, at) ? { scope: 'target' as const } : scope),
          sectionId: context.sectionId,
          source: { ...block.span(at, at + 2), quote: quoteAround(text, at, at + 2) },
        },
        derived: 'shared',
      });
    }
  }
  return facts;
}
