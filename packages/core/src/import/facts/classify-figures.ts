// The facts stage's classifying pass: each figure's indicator, from its label, the noun after it
// and the figures before it (a generic word takes their family, a level or a part theirs), in
// order, since each reads the indicators already given.
import { BUILT_IN_BARE_ACTS } from '../../catalog/aliases.js';
import { quantityOf } from '../../catalog/measure-words.js';
import { countsBodies } from '../../domain/counted-nouns.js';
import { namesPartOfYear } from '../../domain/dates.js';
import { classifyFact, indicatorFamily, matchIndicator, partNamedBy } from '../classify.js';
import { clauseStart, sentenceStart } from '../clause-boundaries.js';
import { nounAfter } from '../fact-labels.js';
import type { MappedText } from '../mapped-text.js';
import { acceptedCases } from './accepted-cases.js';
import type { FigureLabel } from './elliptical-labels.js';
import type { Derivation, ExtractedFact, FactContext } from './extracted-fact.js';
import { FamilyContext } from './family-context.js';
import type { FigureReading } from './read-figures.js';

/**
 * The facts a block's figures give, classified: one per figure, one per rate of a shared value,
 * and an "all of them" fact after a count (需要履行1件，已全部履行完毕) the size of its whole.
 *
 * @param block - the block the figures stand in
 * @param figures - its figures, from {@link readFigures}
 * @param labels - their labels, from {@link ellipticalLabels}
 * @param wholes - the whole each part of a 其中 list belongs to, from {@link wholeOfParts}
 * @param context - the catalog, the report's year and the section
 * @example classifyFigures(block, figures, labels, wholes, context)[0]?.metric.indicator // 'training.sessions'
 */
export function classifyFigures(
  block: MappedText,
  figures: readonly FigureReading[],
  labels: readonly FigureLabel[],
  wholes: readonly (number | undefined)[],
  context: FactContext,
): ExtractedFact[] {
  const text = block.text;
  const family = new FamilyContext();
  // Each figure's first fact as it was read, before a later figure rewrote it: a 其中 list's whole.
  const firsts: (ExtractedFact | undefined)[] = [];
  figures.forEach((figure, index) => {
    const named = labels[index];
    if (!named) return;
    const classified = family.classified;
    const near = family.near(sentenceStart(text, figure.number.start));
    const { unit } = figure.quantity;
    let found: ExtractedFact[];
    if (named.shared) {
      found = named.shared.map((label) => ({
        metric: {
          indicator: classifyFact(label, unit, context.catalog, classified?.metric.indicator, near?.metric.indicator),
          label,
          ...figure.base,
        },
        derived: 'shared' as const,
      }));
    } else {
      const whole = wholes[index];
      const own = partOfItsWhole(
        ownIndicator(text, figure, named, family.facts.at(-1), classified, near, context),
        whole === undefined ? undefined : firsts[whole],
      );
      const main: ExtractedFact = {
        metric: { indicator: own.indicator, label: named.written[0] ?? named.label, ...figure.base },
        ...(own.derived ? { derived: own.derived } : {}),
        ...(own.weak ? { weak: own.weak } : {}),
      };
      found = [main, ...allOfThemFacts(block, figure, whole === undefined ? main : firsts[whole], context)];
    }
    firsts.push(found[0]);
    const swapped = found[0] && acceptedCases(found[0], classified);
    if (swapped) {
      found[0] = swapped.accepted;
      family.replaceClassified(swapped.applications);
    }
    for (const fact of found) family.push(fact, figure.number.start);
  });
  return family.facts;
}

// A modifier alone before a figure in a list: 线上, 线下, 省级.
const SHORT_MODIFIER = /^[\u4e00-\u9fff]{2,3}$/;

// A counting verb with no noun: what it counts is named before it.
const BARE_VERB = /^(?:召开|开展|组织|举办|举行|办理|完成|受理)$/;

// An act alone (培训) that the label of the fact before, in the same sentence, ends with (教师法治培训).
const ACT_ALONE = /^[\u4e00-\u9fff]{2}$/;

function repeatsTheAct(text: string, figure: FigureReading, label: string, previous: ExtractedFact): boolean {
  const before = previous.metric.label;
  if (!ACT_ALONE.test(label) || before === label || !before.endsWith(label)) return false;
  const at = text.lastIndexOf(before, figure.start);
  return at >= 0 && at >= sentenceStart(text, figure.start);
}

// A count of places (4个) right before the noun a figure's label ends with.
const PER_PLACE = /\d\s?个[^\d，,。；;]{1,12}$/;

// Words after a figure that do something to what it counts: 进行合法性审核, 予以备案.
const ACT_ON_THEM = /^(?:进行|予以|开展|实施)/;

// 中 or 中有 right before a figure, and no word ending in 中 (集中, 其中, 高中).
const AMONG_BEFORE = /(?<![集其初高空心])中有?$/;

// A verb of holding or hearing right after a count of sessions: 5次专题听取…汇报, 3次召开….
const ACT_AFTER_COUNT = /^(?:专题)?(?:听取|研究|召开|主持召开|主持|审议)/;

interface OwnIndicator {
  readonly indicator: string;
  readonly derived: Derivation | undefined;
  readonly weak: string | undefined;
}

// One figure's indicator: by level after the figure before, by the clause before a bare verb, as a
// part the catalog declares of the figure before, else by its own words.
function ownIndicator(
  text: string,
  figure: FigureReading,
  named: FigureLabel,
  previous: ExtractedFact | undefined,
  classified: ExtractedFact | undefined,
  near: ExtractedFact | undefined,
  context: FactContext,
): OwnIndicator {
  const { label, after } = named;
  const { unit } = figure.quantity;
  let indicator: string | undefined;
  let derived: Derivation | undefined;
  if (named.elliptical !== undefined && previous) {
    // 国家级民主法治示范村1个，省级1个: the level's own indicator, if of the same family as the one before.
    derived = 'elliptical';
    const byLevel = named.elliptical ? classifyFact(label, unit, context.catalog) : previous.metric.indicator;
    if (indicatorFamily(byLevel) === indicatorFamily(previous.metric.indicator)) indicator = byLevel;
  }
  if (!after && BARE_VERB.test(label)) {
    // 每季度召开1次法治建设专题会议，全年共召开4次: a verb alone counts what the clause before named.
    const own = clauseStart(text, figure.start);
    const from = own > 0 ? clauseStart(text, own - 1) : own;
    const before =
      from >= sentenceStart(text, figure.start) && from < own
        ? matchIndicator(text.slice(from, own - 1), unit, context.catalog)
        : undefined;
    if (before && before.indicator !== 'unclassified') {
      indicator = before.indicator;
      derived = 'elliptical';
    }
  }
  if (indicator === undefined && !after && previous && repeatsTheAct(text, figure, label, previous)) {
    // 举办教师法治培训4期，培训4,326人次: the act repeated alone counts what it counted before, whoever it
    // trained (a teachers' 法治培训 is no enforcement training, in 期 or in 人次).
    indicator = previous.metric.indicator;
    derived = 'elliptical';
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
    const match =
      actOnNamed(label, after, unit, context) ??
      matchIndicator(
        after ? `${label}${after}` : label,
        unit,
        context.catalog,
        classified?.metric.indicator,
        near?.metric.indicator,
      );
    indicator = doneToSomeAmong(label, after, match, unit, context) ? 'unclassified' : match.indicator;
    if (match.alias !== undefined && match.alias.length <= 2) weak = match.alias;
    // 主要负责同志先后5次专题听取法治工作汇报: the count stands before the act it counts.
    const act = indicator === 'unclassified' && !after ? actAfter(text, figure.end, unit) : undefined;
    if (act) {
      const acted = matchIndicator(act, unit, context.catalog);
      if (acted.indicator !== 'unclassified') {
        indicator = acted.indicator;
        if (acted.alias !== undefined && acted.alias.length <= 2) weak = acted.alias;
      }
    }
  }
  // 11个基层所中有4个执法人员不足5名: 不足 after a count of places says what each of them lacks.
  if (indicator !== 'unclassified' && figure.base.qualifier === 'under' && PER_PLACE.test(label))
    indicator = 'unclassified';
  // 第四季度排查纠纷29件, 上半年办结…: a part of the year, which no indicator of the year's totals holds.
  if (indicator !== 'unclassified' && namesPartOfYear(label)) indicator = 'unclassified';
  // 人民调解委员会41个, 8个县市: a figure that counts bodies or places is no count of what they do.
  if (indicator !== 'unclassified' && countsBodies(label, after, unit)) {
    const definition = context.catalog.get(indicator);
    if (!definition || quantityOf(definition) !== 'places') indicator = 'unclassified';
  }
  return { indicator, derived, weak };
}

// 审查合同41份，其中工程建设合同18份: a part under 其中 whose own words name its whole's indicator
// counts some of the whole, not a second whole, so it names none (a county would count it twice).
function partOfItsWhole(own: OwnIndicator, whole: ExtractedFact | undefined): OwnIndicator {
  if (!whole || own.indicator === 'unclassified' || own.indicator !== whole.metric.indicator) return own;
  return { indicator: 'unclassified', derived: undefined, weak: undefined };
}

// 规范性文件3件进行合法性审核: an act done to things the words before the figure name counts those
// things; only where those words name nothing (重大事项5件进行合法性审查) does the act name the figure.
function actOnNamed(
  label: string,
  after: string | undefined,
  unit: string,
  context: FactContext,
): { readonly indicator: string; readonly alias?: string } | undefined {
  if (!after || !ACT_ON_THEM.test(after)) return undefined;
  const named = matchIndicator(label, unit, context.catalog);
  return named.indicator === 'unclassified' ? undefined : named;
}

// 败诉案件中有3件因程序违法被判决撤销: some among a whole (after 中 or 中有) that a bare act (撤销, 纠错)
// was done to are counted by that act only in the whole's family; the court's 撤销 of lost cases is no
// reconsideration's correction. What they are (取得行政执法证件) still names them.
function doneToSomeAmong(
  label: string,
  after: string | undefined,
  match: { readonly indicator: string; readonly alias?: string },
  unit: string,
  context: FactContext,
): boolean {
  if (!after || match.alias === undefined || !BUILT_IN_BARE_ACTS.includes(match.alias) || !AMONG_BEFORE.test(label))
    return false;
  const whole = matchIndicator(label.replace(AMONG_BEFORE, ''), unit, context.catalog).indicator;
  return indicatorFamily(whole) !== indicatorFamily(match.indicator);
}

// The act after a count of sessions (5次专题听取法治工作汇报 → 专题听取法治工作汇报), when one follows.
function actAfter(text: string, at: number, unit: string): string | undefined {
  if (unit !== '次' && unit !== '场') return undefined;
  const act = nounAfter(text, at, unit, true);
  return act !== undefined && ACT_AFTER_COUNT.test(act) ? act : undefined;
}

// 需要履行1件，已全部履行完毕; 共30件，其中东村12件、西村10件，全部调解成功: "all" are the whole's
// count (the 30, not the last village's), and can only name an indicator of its family.
function allOfThemFacts(
  block: MappedText,
  figure: FigureReading,
  whole: ExtractedFact | undefined,
  context: FactContext,
): ExtractedFact[] {
  const all = figure.allOfThem;
  if (!all || !whole) return [];
  const of = whole.metric;
  const candidate = classifyFact(all.label, of.unit, context.catalog, of.indicator);
  const indicator =
    candidate !== 'unclassified' && indicatorFamily(candidate) === indicatorFamily(of.indicator)
      ? candidate
      : 'unclassified';
  const metric = {
    ...figure.base,
    value: of.value,
    unit: of.unit,
    qualifier: of.qualifier,
    indicator,
    label: all.label,
    source: { ...block.span(all.from, all.to), quote: figure.base.source.quote },
  };
  return [{ metric, derived: 'all' }];
}
