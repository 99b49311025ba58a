import type { Catalog } from '../catalog/catalog.js';
import type { IndicatorDefinition } from '../catalog/indicator.js';
import {
  BUILT_IN_ALIASES,
  BUILT_IN_BARE_ACTS,
  BUILT_IN_NOT_BEFORE,
  BUILT_IN_NOT_RIGHT_BEFORE,
  BUILT_IN_NOT_WITH,
  GAP_MARK,
} from '../catalog/aliases.js';
import { writtenWordsOf } from '../catalog/measure-words.js';

// How far before the last alias another may end and still name the head noun.
const HEAD_WINDOW = 2;
// Quotation marks name things (“大讲堂”) and brackets gloss them (示范村（社区）, 嘎查（村）): they
// are no words between an alias and its head.
const QUOTES = /[“”‘’"「」『』（）()]/g;

interface Alias {
  readonly text: string;
  /** The words of a gapped alias (公开…信息 → 公开, 信息); one word otherwise. */
  readonly parts: readonly string[];
  /** How many characters of the phrase it matches, for ranking. */
  readonly length: number;
  readonly indicator: IndicatorDefinition;
  /** Its place in the catalog: on a full tie the earlier indicator wins. */
  readonly order: number;
}

const aliasCache = new WeakMap<Catalog, ReadonlyMap<string, readonly Alias[]>>();

// The catalog's aliases by their last character: a phrase is read once, end by end, instead
// of being searched for each of the catalog's hundreds of aliases.
function aliasesByLastChar(catalog: Catalog): ReadonlyMap<string, readonly Alias[]> {
  let index = aliasCache.get(catalog);
  if (!index) {
    const byLast = new Map<string, Alias[]>();
    let order = 0;
    for (const indicator of catalog.indicators) {
      for (const text of [...(indicator.aliases ?? BUILT_IN_ALIASES[indicator.key] ?? []), indicator.label['zh-CN']]) {
        // A town's aliases are read as phrases are read, without quotes and brackets (村（居）法律顾问
        // → 村居法律顾问), or they could never match; the built-in ones are tuned as they stand.
        const parts = (indicator.key.startsWith('x-') ? text.replace(QUOTES, '') : text)
          .split(GAP_MARK)
          .filter(Boolean);
        const last = parts.at(-1)?.at(-1);
        if (last === undefined) continue;
        const list = byLast.get(last) ?? [];
        list.push({
          text,
          parts,
          length: parts.reduce((sum, part) => sum + part.length, 0),
          indicator,
          order: order++,
        });
        byLast.set(last, list);
      }
    }
    index = byLast;
    aliasCache.set(catalog, index);
  }
  return index;
}

/** Whether a value written in `unit` can belong to `indicator`. */
function unitFits(indicator: IndicatorDefinition, unit: string): boolean {
  if (unit === '%') return indicator.kind === 'rate';
  if (indicator.kind === 'rate') return false;
  return writtenWordsOf(indicator).includes(unit);
}

/**
 * The catalog indicator a phrase names, for a value in `unit`: among aliases of indicators
 * written in that unit, the one ending nearest the number (the phrase ends where the number
 * starts: the head noun stands there), then the longest. `unclassified` when none fits.
 *
 * @example classifyFact('累计排查化解各类矛盾纠纷', '起', catalog) // 'disputes.handled'
 */
export function classifyFact(phrase: string, unit: string, catalog: Catalog, previous?: string, near?: string): string {
  return matchIndicator(phrase, unit, catalog, previous, near).indicator;
}

/**
 * Like {@link classifyFact}, and also the alias that decided it: an alias of two characters
 * or fewer (调解, 培训) is a guess a person should confirm. `near` is the indicator of a
 * figure before it in the same sentence, whose family a generic rate takes.
 */
export function matchIndicator(
  phrase: string,
  unit: string,
  catalog: Catalog,
  previous?: string,
  near?: string,
): { indicator: string; alias?: string } {
  const words = phrase.replace(QUOTES, '');
  // 党委会、镇长办公会研究法治工作: the words after a list's last 、 name the figure as they did alone;
  // only where they name nothing the catalog has does the whole list speak (审核合同、协议).
  const lastItem = words.lastIndexOf('、');
  if (lastItem >= 0) {
    const head = matchIndicator(words.slice(lastItem + 1), unit, catalog, previous, near);
    if (head.indicator !== 'unclassified') return head;
  }
  const byLast = aliasesByLastChar(catalog);
  // Each alias's last occurrence, found by reading the phrase end by end.
  const ends = new Map<Alias, number>();
  for (let end = 1; end <= words.length; end++) {
    const list = byLast.get(words[end - 1] ?? '');
    if (!list) continue;
    for (const alias of list) if (endsAt(words, alias.parts, end)) ends.set(alias, end);
  }
  const found: Match[] = [];
  let last = -1;
  for (const [alias, end] of ends) {
    if (!unitFits(alias.indicator, unit) || isListedExample(words, end)) continue;
    found.push({ indicator: alias.indicator.key, alias: alias.text, length: alias.length, end, order: alias.order });
    last = Math.max(last, end);
  }
  // The head noun stands last, next to the number: only aliases ending near the last one
  // count (局党组会议前学法11次 counts 学法, not 党组会), and of those the longest, so a
  // modifier still decides (线上“大讲堂”培训 is online training).
  let best: Match | undefined;
  for (const candidate of found) {
    if (candidate.end < last - HEAD_WINDOW) continue;
    const better =
      !best ||
      candidate.length > best.length ||
      (candidate.length === best.length &&
        (candidate.end > best.end || (candidate.end === best.end && candidate.order < best.order)));
    if (better) best = candidate;
  }
  if (!best) return { indicator: 'unclassified' };
  // 执法人员中法律专业人员不足3名: the figure counts those named after 中 (some among them), not the
  // whole named before it; nothing the catalog has when those are no indicator's.
  // 乡执法人员中仅1人取得法律职业资格: a count right after 中 is of some among them, what they are said after it.
  // 败诉案件中有3件: so is a count after 中有, and after a head noun of the alias's (案件, 事项).
  if (AMONG_TAIL.test(words.slice(best.end))) return { indicator: 'unclassified', alias: best.alias };
  const among = amongOf(words, best.end);
  if (among !== undefined) {
    const counted = matchIndicator(among, unit, catalog);
    return counted.indicator === 'unclassified' ? { indicator: 'unclassified', alias: best.alias } : counted;
  }
  // 具有法律职业资格的执法人员仅两人: a quality before the noun counts those of the whole that have it;
  // nothing the catalog has unless the quality names an indicator itself (持有执法证的执法人员).
  const having = HAVING.exec(words.slice(0, best.end))?.[1];
  if (having !== undefined) {
    const counted = matchIndicator(having, unit, catalog);
    return counted.indicator === 'unclassified' ? { indicator: 'unclassified', alias: best.alias } : counted;
  }
  // 行政诉讼案件审结: a count the catalog declares at most the one named before it, written after
  // it, is what is counted (concluded of the cases, 调解成功 of the disputes).
  for (const candidate of found) {
    if (
      candidate.end > best.end &&
      candidate.end >= last - HEAD_WINDOW &&
      isAtMost(catalog, candidate.indicator, best.indicator)
    )
      best = candidate;
  }
  // 办结投诉举报, 审结行政复议案件: a bare act right before the noun counts those of them it was done
  // to, in the noun's family; nothing the catalog has when that family counts no such act.
  const act = found.find(
    (candidate) => BUILT_IN_BARE_ACTS.includes(candidate.alias) && candidate.end === best.end - best.length,
  );
  if (act && act.indicator !== best.indicator) {
    const acted =
      indicatorFamily(act.indicator) === indicatorFamily(best.indicator)
        ? act.indicator
        : sibling(act.indicator, unit, catalog, best.indicator);
    return { indicator: acted ?? 'unclassified', alias: act.alias };
  }
  // 法治培训: a word right before the alias that says it is no such thing (the alias's own
  // indicator's list, so a family it would be moved to is barred too).
  const barred =
    catalog.get(best.indicator)?.aliases === undefined ? BUILT_IN_NOT_RIGHT_BEFORE[best.indicator] : undefined;
  if (
    barred &&
    !barred.unless.some((word) => words.includes(word)) &&
    barred.words.some((word) => words.startsWith(word, best.end - best.length - word.length))
  ) {
    return { indicator: 'unclassified', alias: best.alias };
  }
  const indicator = familyOf(best, ends, unit, catalog, previous, near);
  // 培训建筑企业管理人员: a phrase that names whom the act was done to, and they are not its subject.
  const others = catalog.get(indicator)?.aliases === undefined ? BUILT_IN_NOT_WITH[indicator] : undefined;
  if (others?.words.some((word) => words.includes(word)) && !others.unless.some((word) => words.includes(word)))
    return { indicator: 'unclassified', alias: best.alias };
  // 清理规范性文件: a word before the alias that says the figure is something else.
  const not = catalog.get(indicator)?.aliases === undefined ? BUILT_IN_NOT_BEFORE[indicator] : undefined;
  const start = best.end - best.length;
  if (not?.some((word) => words.lastIndexOf(word, start) >= 0)) return { indicator: 'unclassified', alias: best.alias };
  return { indicator, alias: best.alias };
}

// What may stand between an alias and a count of some among it: 中, 中有, 案件中有 (not 集中, 其中).
const AMONG_TAIL = /^[^，,。；;]{0,3}(?<![集其初高空心])中有?$/;

// 中 right after a noun, then what is counted among it (执法人员中法律专业人员); not a word that
// starts with 中 (法律援助中心, 执法中队, 中小学, 中央).
const AMONG = /^中(?![心队学小央国级期间标层医共])[^，,。；;]{2,}$/;

// 梳理行政处罚、行政检查等执法事项: an alias that is an item of a list closed by 等 is an example of the
// noun after 等, which is what is counted (查处违法建设、占道经营等案件: 查处 is no item, it counts).
function isListedExample(words: string, end: number): boolean {
  const next = words[end];
  // 专题会等相关会议 is no list: 等 closes one only after a 、.
  if (next !== '、' && !(next === '等' && words.lastIndexOf('、', end) >= 0)) return false;
  const close = words.indexOf('等', end);
  return close >= 0 && close < words.length - 1;
}

// 具有…的, 持有…的 and the noun right after: a quality that picks some of the whole out (具有法律专业背景的执法人员).
const HAVING = /(?:具有|具备|取得|持有)([^，,。；;的]{1,16})的[^，,。；;的]{1,8}$/;

// What a phrase counts among the whole an alias ending at `end` names, if it says so.
function amongOf(words: string, end: number): string | undefined {
  const rest = words.slice(end);
  return AMONG.test(rest) ? rest.slice(1) : undefined;
}

/** An alias found in a phrase, where it ends and how much it matched. */
interface Match {
  readonly indicator: string;
  readonly alias: string;
  readonly length: number;
  readonly end: number;
  readonly order: number;
}

/**
 * The indicator a short word names, by family. A generic word (审结, 纠错) takes the family its
 * phrase names further back (行政诉讼一审案件审结), else the family of the count before it. A
 * generic rate (办结率, 履行率) of a family named in its phrase is that family's or nothing the
 * catalog has (行政复议决定履行率 is no court judgments' rate); with no family named, the family of
 * the count before it in its sentence (受理信访事项43件，办结率100%), unless a word of its own family
 * stands before it (12345热线办结率). A generic count keeps its own (局党组会议前学法 is study).
 */
function familyOf(
  best: Match,
  ends: ReadonlyMap<Alias, number>,
  unit: string,
  catalog: Catalog,
  previous: string | undefined,
  near: string | undefined,
): string {
  // Named by any alias, whatever it counts in: 行政复议 names a family before a rate too.
  let named: { indicator: string; end: number; length: number } | undefined;
  let ownFamilyNamed = false;
  for (const [alias, end] of ends) {
    if (end <= best.end - best.length && indicatorFamily(alias.indicator.key) === indicatorFamily(best.indicator))
      ownFamilyNamed = true;
    if (
      alias.length <= Math.max(2, best.length) ||
      (named && (end < named.end || (end === named.end && alias.length <= named.length)))
    )
      continue;
    named = { indicator: alias.indicator.key, end, length: alias.length };
  }
  const otherFamily = named !== undefined && indicatorFamily(named.indicator) !== indicatorFamily(best.indicator);
  const owner = ownFamilyNamed ? undefined : named && otherFamily ? named.indicator : named ? undefined : near;
  if (owner && unit === '%' && best.length <= 3 && indicatorFamily(owner) !== indicatorFamily(best.indicator)) {
    return sibling(best.indicator, unit, catalog, owner) ?? 'unclassified';
  }
  if (best.length <= 2) {
    if (named) return sibling(best.indicator, unit, catalog, named.indicator) ?? best.indicator;
    // 受理政府信息公开申请182宗，已办结170宗: a bare 办结 after a count of another family counts that
    // family's things; when the catalog has no such count of it, it is none of ours. A word of its own
    // family before it keeps it there (12345热线转办工单 after a count of 信访 is the hotline's).
    const own = ownFamilyNamed ? undefined : sibling(best.indicator, unit, catalog, previous);
    if (own) return own;
    const otherBefore =
      previous !== undefined &&
      previous !== 'unclassified' &&
      indicatorFamily(previous) !== indicatorFamily(best.indicator);
    return otherBefore && !ownFamilyNamed && BUILT_IN_BARE_ACTS.includes(best.alias) ? 'unclassified' : best.indicator;
  }
  return best.indicator;
}

// Whether an alias's words end at `end`, each within GAP_MAX characters of the next:
// 公开…信息 reads 公开交通运输信息 and 公开涉农信息. The phrase is a label (at most 36
// characters), so the backward search stays short.
function endsAt(words: string, parts: readonly string[], end: number): boolean {
  let at = end;
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] ?? '';
    if (i === parts.length - 1) {
      if (at < part.length || !words.startsWith(part, at - part.length)) return false;
      at -= part.length;
      continue;
    }
    const start = words.lastIndexOf(part, at - part.length);
    if (start < 0 || at - (start + part.length) > GAP_MAX) return false;
    at = start;
  }
  return true;
}

// At most this many characters between the words of a gapped alias.
const GAP_MAX = 6;

/**
 * The part a short modifier names in a list under a whole (培训5次，其中线上2次、线下3次): among the
 * parts the catalog declares of `previous` (or of the whole `previous` is a part of), the one
 * whose label or an alias starts with the modifier. `undefined` when none does: a part the
 * catalog does not know (其中进校园8场) is not the whole.
 */
export function partNamedBy(catalog: Catalog, previous: string, modifier: string): string | undefined {
  if (modifier.length < 2) return undefined;
  const whole = catalog.get(previous)?.parts
    ? previous
    : catalog.indicators.find((indicator) => indicator.parts?.includes(previous))?.key;
  for (const key of (whole && catalog.get(whole)?.parts) ?? []) {
    const part = catalog.get(key);
    if (!part) continue;
    const names = [part.label['zh-CN'], ...(part.aliases ?? BUILT_IN_ALIASES[key] ?? [])];
    if (names.some((name) => name.startsWith(modifier))) return key;
  }
  return undefined;
}

// Whether the catalog declares `key` at most `other`, directly or through others (resolved ≤
// mediated ≤ handled). A chain is short; a catalog that loops is cut after a few steps.
function isAtMost(catalog: Catalog, key: string, other: string): boolean {
  let at = catalog.get(key)?.atMost;
  for (let steps = 0; at !== undefined && steps < 8; steps++) {
    if (at === other) return true;
    at = catalog.get(at)?.atMost;
  }
  return false;
}

/** The family of an indicator key: `litigation` of `litigation.lost`. */
export function indicatorFamily(key: string): string {
  return key.slice(0, key.lastIndexOf('.'));
}

// 行政复议申请12件，审结10件: 审结 alone names litigation.concluded, but after a
// reconsideration count it means reconsideration.concluded. Same leaf, previous family.
function sibling(key: string, unit: string, catalog: Catalog, previous: string | undefined): string | undefined {
  if (!previous || previous === 'unclassified') return undefined;
  const family = indicatorFamily(previous);
  const leaf = key.slice(key.lastIndexOf('.') + 1);
  if (key.startsWith(`${family}.`)) return undefined;
  const candidate = catalog.get(`${family}.${leaf}`);
  return candidate && unitFits(candidate, unit) ? candidate.key : undefined;
}
