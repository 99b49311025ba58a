import type { Catalog } from '../catalog/catalog.js';
import { MEASURE_WORDS } from '../catalog/measure-words.js';
import { MAGNITUDE_PREFIXES, QUALIFIER_PREFIXES, QUALIFIER_SUFFIXES } from '../domain/qualifiers.js';
import type { Qualifier, Scope } from '../schema/enums.js';
import { MAX_QUOTE_LENGTH } from '../schema/codes.js';
import type { Metric } from '../schema/metric.js';
import { classifyFact, indicatorFamily, matchIndicator, partNamedBy } from './classify.js';
import type { MappedText } from './mapped-text.js';
import { hasMagnitude, isChineseNumeralChar, parseChineseNumeral, startsChineseNumeral } from '../domain/numerals.js';

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

// Longest first, so 人次 wins over 人 and 万元 over 元; the catalog's measure words are the one home.
const UNITS = MEASURE_WORDS;

// Most characters after a number start no unit; one set lookup spares the list scan.
const UNIT_STARTS = new Set(UNITS.map((unit) => unit[0]));

// Words that begin with a unit character but are not a unit after a number (3个月 is a
// duration, 2起草 is not two incidents).
const NOT_UNITS = [
  '个月', '个工作日', '个小时', '个星期', '次日', '次年', '次月', '起草', '起诉', '条例', '条件', '项目', '场所', '所有',
  '所属', '所在', '处理', '处置', '处罚', '部门', '部署', '部分', '支持', '批准', '批示', '本年', '本次', '本级',
  '本单位', '名单', '人民', '元旦', '元宵', '家庭', '期间', '期限', '类型', '类别', '件事', '卷入', '台账', '台阶', '块钱',
];

// Measure words a noun usually follows (2份规范性文件, 10余项执法制度).
const NOUN_MEASURES = new Set(['个', '项', '份', '套', '名', '家', '所', '条', '支', '篇', '本', '册', '张', '处', '座', '类', '部', '户', '件', '起', '卷', '幅']);

const CLAUSE_END = '，,。；;：:、！!？?\n';
const SENTENCE_END = '。；;！!？?\n';
const MAX_DIGITS = 15;
const LOOK_BACK = 120;


// The qualifier words that may follow a measure word, longest first.
const AFTER_UNIT = Object.keys(QUALIFIER_SUFFIXES).filter((word) => word !== '多').sort((a, b) => b.length - a.length);

// Measure words after which a Chinese numeral counts even without a counting verb.
const RUNNING_TEXT_MEASURES = new Set(['次', '场', '期', '场次', '起', '件', '名', '人次', '批次', '户次', '卷', '轮']);

// Verbs that introduce a count written in Chinese numerals (开展两次, 召开三次).
const COUNTING_VERBS = /(?:共|累计|开展|举办|召开|组织|受理|办理|化解|调解|提供|发放|培训|审查|审核|出庭|查处|制定|公开|完成|听取|举行|接待|办结|有)了?$/;

/**
 * Every quantitative fact in one block of text (a paragraph or a heading), as DESIGN §4.1
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
    const found = factsAt(block, number, quantity, context, facts.at(-1), facts[lastClassified], near, listed);
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
  boundaries = undefined;
  return facts;
}

interface NumberToken {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly chinese: boolean;
  readonly numeral: string;
  /** Written 百分之…: a percentage with no % after it. */
  readonly percent?: true;
}

interface Quantity {
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  /** The end of the unit and any suffix qualifier. */
  readonly end: number;
  /** Ends in 以上/以下/以内, which may make it a threshold. */
  readonly bound: boolean;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// 1,234: a comma followed by exactly three digits.
function isThousandsComma(text: string, at: number): boolean {
  return (
    text.charCodeAt(at) === 44 &&
    isDigit(text.charCodeAt(at + 1)) &&
    isDigit(text.charCodeAt(at + 2)) &&
    isDigit(text.charCodeAt(at + 3)) &&
    !isDigit(text.charCodeAt(at + 4))
  );
}

function readNumber(text: string, at: number): NumberToken | undefined {
  const c = text.charCodeAt(at);
  if (isDigit(c)) {
    const before = text.charCodeAt(at - 1);
    if (isDigit(before) || isAsciiLetter(before) || before === 46 /* . */ || before === 44 /* , */) return undefined;
    let end = at;
    while (isDigit(text.charCodeAt(end)) || isThousandsComma(text, end)) end++;
    if (text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1))) {
      end++;
      while (isDigit(text.charCodeAt(end))) end++;
    }
    const literal = text.slice(at, end).replaceAll(',', '');
    if (literal.replace('.', '').length > MAX_DIGITS) return { start: at, end, value: Number.NaN, chinese: false, numeral: literal };
    return { start: at, end, value: Number(literal), chinese: false, numeral: literal };
  }
  const char = text[at] ?? '';
  // 百分之九十八, 百分之百, 百分之98.5: a percentage written out.
  if (text.startsWith(PER_HUNDRED, at)) {
    const from = at + PER_HUNDRED.length;
    if (text[from] === '百' && !isChineseNumeralChar(text[from + 1] ?? '')) return { start: at, end: from + 1, value: 100, chinese: false, numeral: text.slice(at, from + 1), percent: true };
    const number = readNumber(text, from);
    if (!number || number.percent || !(number.value <= 100)) return undefined;
    return { start: at, end: number.end, value: number.value, chinese: false, numeral: text.slice(at, number.end), percent: true };
  }
  const before = text[at - 1] ?? '';
  // 数十次, 几十场: some tens, no count.
  if (before === '数' || before === '几') return undefined;
  // 近百名, 逾千人, 近万人次, 百余场, 上百场: a bare 百, 千 or 万 counts after 近/逾/超/上 or before 余/多.
  const bareMagnitude = (char === '百' || char === '千' || char === '万') && (/[近逾超]/.test(before) || Object.hasOwn(MAGNITUDE_PREFIXES, before) || text[at + 1] === '余' || text[at + 1] === '多');
  if ((!startsChineseNumeral(char) && !bareMagnitude) || isChineseNumeralChar(before)) return undefined;
  let end = at;
  while (end < text.length && end - at < 12 && isChineseNumeralChar(text[end] ?? '')) end++;
  const numeral = text.slice(at, end);
  const value = parseChineseNumeral(numeral);
  return value === undefined ? undefined : { start: at, end, value, chinese: true, numeral };
}

function readUnit(text: string, number: NumberToken): Quantity | undefined {
  if (!Number.isFinite(number.value)) return undefined;
  if (number.percent) {
    // 百分之九十八以上: a floor, like 98%以上.
    const after = AFTER_UNIT.find((word) => word.startsWith('以') && text.startsWith(word, number.end));
    return { value: number.value, unit: '%', qualifier: after ? QUALIFIER_SUFFIXES[after] ?? 'exact' : 'exact', end: number.end + (after?.length ?? 0), bound: after !== undefined };
  }
  let value = number.value;
  let at = number.end;
  if (text.charCodeAt(at) === 32) at++;
  let qualifier: Qualifier = 'exact';
  // 50万元 is 50 with unit 万元; 27.5万件 is 275000 件. A Chinese numeral already holds its 万.
  // 0.5万余元: 余 inside the money word is 0.5 with unit 万元, a lower bound.
  if (!number.chinese && (text[at] === '万' || text[at] === '亿') && (text[at + 1] === '余' || text[at + 1] === '多') && text[at + 2] === '元') {
    return { value: number.value, unit: `${text[at]}元`, qualifier: 'over', end: at + 3, bound: false };
  }
  if (!number.chinese && !text.startsWith('万元', at) && !text.startsWith('亿元', at)) {
    const multiplier = text[at] === '万' ? 1e4 : text[at] === '亿' ? 1e8 : text[at] === '千' ? 1e3 : 1;
    if (multiplier !== 1) {
      value = Math.round(value * multiplier * 1e6) / 1e6;
      at++;
    }
  }
  // 800余人次, 20多场: a one-character qualifier between the number and its measure word.
  const between = text[at] ?? '';
  if (between.length === 1 && (between === '余' || between === '多')) {
    qualifier = QUALIFIER_SUFFIXES[between] ?? 'over';
    at++;
  }
  let unit: string | undefined;
  const swallowed = number.numeral.at(-1);
  if (number.chinese && text[at] === '元' && (swallowed === '万' || swallowed === '亿')) {
    // 五十万元: the numeral swallowed the 万 of the unit.
    unit = `${swallowed}元`;
    value = value / (swallowed === '万' ? 1e4 : 1e8);
    at += 1;
  } else {
    if (!UNIT_STARTS.has(text[at] ?? '')) return undefined;
    unit = UNITS.find((candidate) => text.startsWith(candidate, at));
    if (!unit || NOT_UNITS.some((word) => text.startsWith(word, at))) return undefined;
    at += unit.length;
  }
  if (unit === '百分点') unit = '个百分点';
  // After the measure word: 以上/以下/以内 (bounds, which may make a threshold), 左右, or 余.
  let bound = false;
  const after = AFTER_UNIT.find((word) => text.startsWith(word, at));
  if (after && (after !== '余' || qualifier === 'exact')) {
    qualifier = QUALIFIER_SUFFIXES[after] ?? qualifier;
    bound = after.startsWith('以');
    at += after.length;
  }
  return { value, unit, qualifier, end: at, bound };
}

function isNotAFact(text: string, number: NumberToken, quantity: Quantity): boolean {
  const before = text.slice(Math.max(0, number.start - 4), number.start);
  // Ordinals and ranks: 第五轮, 全市第二, 前3名, 排名第1.
  if (/(?:第|前|排名|位列|位居|名列)$/.test(before)) return true;
  // Slogans: 1+1+N, 3+N, and anything quoted as a name (“两个维护”, “十个一”).
  if (text[number.start - 1] === '+' || text[number.end] === '+' || text[quantity.end] === '+') return true;
  if (/[“‘「『"]$/.test(before)) return true;
  // A figure inside a short quotation names a slogan: “三个100%”, “两个100%”.
  if (insideShortQuote(text, number.start, quantity.end)) return true;
  // Last year's figure in brackets: 520人次（上年为480人次）, （2023年为480人次）.
  if (lastYearInBrackets(text, number.start)) return true;
  // A formula (7×24小时) or the parts of an argument (3个方面, 5个环节): no count of work done.
  if (/[×xX*✕]\s?$/.test(before)) return true;
  if (quantity.unit === '个' && /^(?:方面|环节|层面|维度|重点|关键|突出|主要)/.test(text.slice(quantity.end, quantity.end + 2))) return true;
  // The top of a range (3至5名, 2-3次): a span per village or per month, no count.
  if (/[\d一二三四五六七八九十两]\s?(?:至|到|~|～|-|－|—|–)\s?$/.test(before)) return true;
  // Frequencies: 每两月1次, 每季度开展1次.
  const clause = text.slice(clauseStart(text, number.start), number.start);
  if (clause.includes('每')) return true;
  // Thresholds: 百万元以上合同, 10万元以上的项目. A bound followed by punctuation is a fact.
  if (quantity.bound) {
    const next = text[quantity.end] ?? '';
    if (next !== '' && !CLAUSE_END.includes(next) && next !== '）' && next !== ')') return true;
  }
  if (number.chinese) {
    // A bare 一 is an article far more often than a count (一个中心, 未发生一起事故).
    const counted = hasMagnitude(number.numeral) || quantity.qualifier === 'over';
    // 研究法治工作三次, 普法活动两场: a numeral of 2 or more before a word that counts events
    // is a count wherever it stands; before 个/项 it is as often a slogan (两个确立).
    const countsEvents = number.value >= 2 && RUNNING_TEXT_MEASURES.has(quantity.unit);
    if (!counted && !countsEvents && (number.value < 2 || !COUNTING_VERBS.test(text.slice(Math.max(0, number.start - 4), number.start)))) return true;
  }
  return false;
}

const LAST_YEAR = /^(?:上年|去年|上一年|上年度|上年同期|同期|\d{4}\s?年(?:度|同期)?)(?:为|是|同期|共)?/;

function lastYearInBrackets(text: string, start: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - 12); i--) {
    const char = text[i];
    if (char === '）' || char === ')') return false;
    if (char === '（' || char === '(') return LAST_YEAR.test(text.slice(i + 1, start));
  }
  return false;
}

function insideShortQuote(text: string, start: number, end: number): boolean {
  let open = -1;
  for (let i = start - 1; i >= Math.max(0, start - 8); i--) {
    if (text[i] === '”' || text[i] === '“') {
      open = text[i] === '“' ? i : -1;
      break;
    }
  }
  if (open < 0) return false;
  for (let i = end; i < Math.min(text.length, end + 6); i++) {
    if (text[i] === '“') return false;
    if (text[i] === '”') return true;
  }
  return false;
}

function clauseStart(text: string, at: number): number {
  return Math.max(boundariesOf(text).clause[at] ?? 0, at - LOOK_BACK, 0);
}

function commaClauseStart(text: string, at: number): number {
  return Math.max(boundariesOf(text).commaClause[at] ?? 0, at - LOOK_BACK, 0);
}

function sentenceStart(text: string, at: number): number {
  return Math.max(boundariesOf(text).sentence[at] ?? 0, at - LOOK_BACK * 2, 0);
}

/** For each offset, where its clause, comma clause and sentence start: one pass per block. */
interface Boundaries {
  readonly text: string;
  readonly clause: Int32Array;
  readonly commaClause: Int32Array;
  readonly sentence: Int32Array;
}

// Every fact asks where its clause and sentence start, several times; a block without
// punctuation would make each question a scan back. The answers for the block being read
// are computed once and kept until the next block.
let boundaries: Boundaries | undefined;

function boundariesOf(text: string): Boundaries {
  if (boundaries?.text === text) return boundaries;
  const clause = new Int32Array(text.length + 1);
  const commaClause = new Int32Array(text.length + 1);
  const sentence = new Int32Array(text.length + 1);
  let c = 0;
  let cc = 0;
  let sn = 0;
  for (let i = 0; i <= text.length; i++) {
    clause[i] = c;
    commaClause[i] = cc;
    sentence[i] = sn;
    const char = text[i] ?? '';
    if (i < text.length && CLAUSE_END.includes(char)) {
      c = i + 1;
      if (char !== '、') cc = i + 1;
    }
    if (i < text.length && SENTENCE_END.includes(char)) sn = i + 1;
  }
  boundaries = { text, clause, commaClause, sentence };
  return boundaries;
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
const ALL_OF_THEM = /^(?:，|,)?(?:并|且)?(?:已|均已|均|都已|全都)?(?:全部|全数|均)(?:已|予以)?(?:履行|办结|化解|整改|审结|调处|执行|完成|落实|回复|持证上岗|持证)(?:完毕|到位|完成)?(?=[，,。；;！!？?\n]|$)/;

function factsAt(
  block: MappedText,
  number: NumberToken,
  quantity: Quantity,
  context: FactContext,
  previous: ExtractedFact | undefined,
  classified: ExtractedFact | undefined,
  near: ExtractedFact | undefined,
  listed?: string,
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
  }
  // The label is the thing counted as written; with no words at all, the number itself.
  const written = (after ?? label) || text.slice(start, quantity.end);
  const facts: ExtractedFact[] = [{ metric: { indicator, label: written, ...base }, ...(derived ? { derived } : {}), ...(weak ? { weak } : {}) }];

  const all = ALL_OF_THEM.exec(text.slice(quantity.end, quantity.end + 24));
  if (all) {
    const from = quantity.end + all[0].length - all[0].replace(/^[，,]/, '').length;
    const to = quantity.end + all[0].length;
    const allLabel = text.slice(from, to);
    facts.push({
      metric: {
        ...base,
        indicator: sameFamily(classifyFact(allLabel, quantity.unit, context.catalog, indicator), indicator),
        label: allLabel,
        source: { ...block.span(from, to), quote: base.source.quote },
      },
      derived: 'all',
    });
  }
  return facts;
}

// 力争…达到15人, 确保…不低于95%, 计划开展4次: a figure a plan promises, not one achieved.
const TARGET_WORDS = /力争|争取|确保|预计|目标(?:是|为|：|:)|计划(?:在|于|到|将|再)?(?:开展|组织|举办|召开|完成|实现|新建|建成|创建|培育|培训|推进|新增|达到|全年)/;

function isTarget(text: string, at: number): boolean {
  // A target word right before the number is the thing counted (制定学法计划1份), not a promise.
  return TARGET_WORDS.test(text.slice(sentenceStart(text, at), Math.max(sentenceStart(text, at), at - 2)));
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
  if (to < text.length && '。；;！!？?'.includes(text[to] ?? '')) to++;
  let quote = text.slice(from, to).trim();
  if (quote.length > MAX_QUOTE_LENGTH) {
    const left = Math.max(from, Math.min(start - 60, to - MAX_QUOTE_LENGTH));
    quote = text.slice(left, Math.min(to, left + MAX_QUOTE_LENGTH)).trim();
  }
  return quote;
}

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


const LEVEL = /^(?:国家|自治区|省|市|县|区|镇|乡|村)级$/;
const LEVEL_WORD = /(?:国家|自治区|省|市|县|区|镇|乡|村)级/g;

// 辖区内已有国家级民主法治示范社区 → 民主法治示范社区: the noun the next items of the list share.
function nounOfLevelled(label: string): string {
  let after = -1;
  for (const match of label.matchAll(LEVEL_WORD)) after = match.index + match[0].length;
  return after >= 0 ? label.slice(after) : label.replace(COUNTING_PREFIX, '');
}
const COUNTING_PREFIX = /^(?:新创建|新建成|新增|建成|创建|创成|获评|获得|被评为|评为|共有|拥有|有)/;

// The noun after a measure word: 2份规范性文件 → 规范性文件.
// 开展百余场活动: after 次/场/期 the noun names the events only when nothing before the
// number does (召开会议3次研究部署 counts meetings, not 研究部署).
const SESSION_MEASURES = new Set(['次', '场', '期', '场次']);

function nounAfter(text: string, at: number, unit: string, shortLead = false): string | undefined {
  let end = at;
  while (end < text.length && end - at < 12 && !CLAUSE_END.includes(text[end] ?? '') && text[end] !== '（' && text[end] !== '(') end++;
  // 对12件重大事项决策进行合法性审查: a long noun phrase is read up to 12 characters.
  const noun = text.slice(at, end).trim();
  if (noun.length === 0 || !(NOUN_MEASURES.has(unit) || (SESSION_MEASURES.has(unit) && shortLead))) return undefined;
  if (/^(?:的|是|为|左右|以上|，)/.test(noun)) return undefined;
  return noun;
}

const LEADS_TO_NUMBER = /(?:达到|分别为|分别是|均为|合计|共计|总计|累计|为|达|是|计|等|了|有|约|近|逾|超过|将近|接近|不足|不到)+$/;

const FILLERS = ['截至目前', '截止目前', '累计', '全年', '共计', '今年', '年内', '其中', '目前', '已经', '一年来', '以来'];

// A label is at most 24 characters; what stands further back than this names nothing.
const LABEL_WINDOW = 64;

function cleanLabel(clause: string): string {
  // Words that only lead up to the number go first (罚款金额共计3.5万元 names 罚款金额), then
  // keep what follows the last scope or filler word: 镇调委会累计排查… → 排查….
  // A table row's sequence number (1	法律咨询	520人次) names nothing.
  let label = stripTitles(clause.length > LABEL_WINDOW ? clause.slice(-LABEL_WINDOW) : clause).trim().replace(/^\d{1,3}\s+/, '').replace(LEADS_TO_NUMBER, '');
  let cut = 0;
  for (const word of FILLERS) {
    const at = label.lastIndexOf(word);
    if (at >= 0 && at + word.length > cut) cut = at + word.length;
  }
  const together = label.lastIndexOf('共');
  if (together >= 0 && together + 1 > cut && !/[公总中]/.test(label[together - 1] ?? '')) cut = together + 1;
  label = label.slice(cut);
  label = label.replace(/^[有了，,、\s]+/, '').replace(LEADS_TO_NUMBER, '');
  return label.length > 24 ? label.slice(-24) : label;
}

// 《…》 names a document, not the thing counted. A scan, not a regex, so unbalanced
// brackets cost nothing.
function stripTitles(text: string): string {
  let out = '';
  let depth = 0;
  let justClosed = false;
  for (const char of text) {
    if (char === '《') depth++;
    else if (char === '》') {
      depth = Math.max(0, depth - 1);
      justClosed = depth === 0;
      continue;
    } else if (depth === 0 && !(justClosed && (char === '等' || char === '、'))) out += char;
    if (depth === 0 && char !== '《') justClosed = justClosed && (char === '、' || char === '等');
  }
  return out;
}

// 报备率、及时率和规范率: 及 joins a list, but not inside 及时 or 及格.
const LIST_SEPARATOR = /、|以及|和|与|及(?![时格])/;
const LIST_SEPARATOR_OR_COMMA = /、|，|,|以及|和|与|及(?![时格])/;

const SHARED_MARK = /(?:均为|均达到?|均是|都是|都达到?|均)$/;

// 办结率、满意率均为100% → ['办结率', '满意率'].
function sharedLabels(clause: string): string[] | undefined {
  const mark = SHARED_MARK.exec(clause);
  if (!mark) return undefined;
  const items = clause.slice(0, mark.index).split(LIST_SEPARATOR).map((item) => cleanLabel(item)).filter(Boolean);
  return items.length >= 2 ? items : undefined;
}

// 无行政诉讼案件, 全年未发生败诉案件: a count of zero written in words. Read only where 案件
// ends the clause (its 件 is the measure word) and names a catalog indicator: a zero of
// something unknown tells a county nothing, a known one lets it recompute a rate.
const NONE_COUNTED = /^[^，,。；;无未没]{0,6}?(无|未发生过?|未出现过?|没有)(?:一起|任何)?([^，,。；;]{1,12}案件)$/;

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

const PER_HUNDRED = '百分之';

const AS_OF_DATE = /(?:截至|截止)(?:到)?\s?(?:(\d{4})\s?年)?\s?(\d{1,2})\s?月(?:\s?(\d{1,2})\s?日|底|末)?/;
const YEAR_END = /(?:截至|截止)(?:到)?\s?(\d{4})\s?年(?:底|末|年底)/;

function scopeOf(text: string, at: number, year: number | undefined, from?: number): { scope?: Scope; asOf?: string } {
  const sentence = text.slice(from ?? sentenceStart(text, at), at);
  const asOf = asOfDate(sentence, year);
  if (sentence.includes('累计')) return asOf ? { scope: 'cumulative', asOf } : { scope: 'cumulative' };
  // 截至12月31日，在册126人，全年新接收58人: a 全年 after the date dates the figures after it.
  if (asOf && !YEAR_WORDS.test(sentence.slice(asOfEnd(sentence)))) return { scope: 'asOf', asOf };
  if (asOf) return { scope: 'year' };
  if (/截至目前|截止目前|截至当前|截止当前/.test(sentence)) return { scope: 'asOf' };
  if (YEAR_WORDS.test(sentence)) return { scope: 'year' };
  if (year !== undefined && new RegExp(`^\\s?${year}\\s?年(?:度)?(?:[，,]|以来|全年|共|，)`).test(sentence)) return { scope: 'year' };
  if (/截至目前|截止目前|目前|现有/.test(sentence)) return { scope: 'asOf' };
  return {};
}

function datedScope(text: string, at: number, year: number | undefined): { scope: Scope; asOf: string } | undefined {
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
  if (end) return `${end[1]}-12-31`;
  const match = AS_OF_DATE.exec(sentence);
  if (!match) return undefined;
  const y = match[1] ? Number(match[1]) : year;
  const month = Number(match[2]);
  if (y === undefined || month < 1 || month > 12) return undefined;
  const lastDay = new Date(Date.UTC(y, month, 0)).getUTCDate();
  const day = match[3] ? Number(match[3]) : lastDay;
  if (day < 1 || day > lastDay) return undefined;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
