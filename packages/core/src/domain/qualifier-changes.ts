import { formatMessage, messages, type Locale } from '../i18n/messages.js';
import type { Qualifier } from '../schema/enums.js';

// What qualified values say when added or compared (sums, bounds, year-over-year changes): the bounds
// the words of qualifiers.ts imply. A module apart so that a page showing only the form, which writes
// figures but never totals or compares them, does not load them (bundlers split by module);
// qualifiers.ts exports them too.

/**
 * The qualifier of a sum: exact parts keep the other's qualifier, equal ones stay, 近 and
 * 不足 (both upper bounds) make 不足, and anything that bounds from both sides (余 with 不足)
 * is only 约. A join in a small lattice, so the order of adding never matters.
 *
 * @example sumQualifier('exact', 'over') // 'over': the total is a lower bound
 */
export function sumQualifier(a: Qualifier, b: Qualifier): Qualifier {
  if (a === b) return a;
  if (a === 'exact') return b;
  if (b === 'exact') return a;
  if ((a === 'nearly' && b === 'under') || (a === 'under' && b === 'nearly')) return 'under';
  return 'about';
}

/**
 * What a qualified value can stand for: its floor and ceiling, `undefined` where it has none.
 * Only `exact` and `over` pin a floor; only `exact`, `under` and `nearly` pin a ceiling;
 * `about` pins neither (it may be a little either side).
 *
 * @example qualifierBounds(800, 'over') // { low: 800 }
 */
export function qualifierBounds(value: number, qualifier: Qualifier): { low?: number; high?: number } {
  const low = qualifier === 'exact' || qualifier === 'over' ? value : undefined;
  const high = qualifier === 'exact' || qualifier === 'under' || qualifier === 'nearly' ? value : undefined;
  return { ...(low === undefined ? {} : { low }), ...(high === undefined ? {} : { high }) };
}

/**
 * What `b − a` is known to be when `a` and `b` carry qualifiers: exact only when both are; a
 * lower bound when this year said 余 and last year was exact (800余 after 700 is a rise of at
 * least 100; 800余 after 1179 a change of at least −379, a fall of at most 379); an upper bound
 * (`under`, or `nearly` when it came from 近) the other way round; otherwise about. A bound on a
 * change is not a bound on its size: write a change with {@link formatChange}, never as a signed
 * number with the qualifier's word (−379余 would read as a fall of more than 379).
 *
 * @example differenceQualifier({ value: 700, qualifier: 'exact' }, { value: 800, qualifier: 'over' }) // 'over'
 */
export function differenceQualifier(
  a: { readonly value: number; readonly qualifier: Qualifier },
  b: { readonly value: number; readonly qualifier: Qualifier },
): Qualifier {
  const [aLow, aHigh] = finiteBounds(a.value, a.qualifier);
  const [bLow, bHigh] = finiteBounds(b.value, b.qualifier);
  const low = bLow - aHigh;
  const high = bHigh - aLow;
  if (Number.isFinite(low) && Number.isFinite(high)) return 'exact';
  if (Number.isFinite(low)) return 'over';
  if (Number.isFinite(high)) return a.qualifier === 'over' || b.qualifier === 'under' ? 'under' : 'nearly';
  return 'about';
}

/**
 * Which way a change `b − a` of `delta` certainly went, given what {@link differenceQualifier} says is
 * known of it: 1 up, −1 down, 0 when it may have gone either way (or not at all). Exact changes go the
 * way they say; a lower bound (at least +100) is a rise only when positive, an upper bound (at most −379)
 * a fall only when negative; about goes no certain way.
 *
 * @example knownDirection(100, 'over') // 1
 * @example knownDirection(-379, 'over') // 0 (at least −379: it may have risen)
 */
export function knownDirection(delta: number, qualifier: Qualifier): 1 | -1 | 0 {
  if (delta > 0 && (qualifier === 'exact' || qualifier === 'over')) return 1;
  if (delta < 0 && (qualifier === 'exact' || qualifier === 'under' || qualifier === 'nearly')) return -1;
  return 0;
}

/** A change from one year to the next, as `compareReports` and `compareAggregates` give it. */
export interface QualifiedChange {
  /** Last year's value, the base of the percentage. */
  readonly previous: { readonly value: number } | null;
  /** This year's value less last year's, from the values as written. */
  readonly change: number | null;
  /** What the change is known to be (see {@link differenceQualifier}). */
  readonly qualifier: Qualifier | null;
}

/**
 * A year-over-year change in words that say what is known of it, and no more, with its
 * percentage of last year's value. A bound is said as the bound it is on the change, whichever
 * its sign: a change of at least −379 (800余 after 1179) fell by at most 379, 最多减少379, never
 * −379余 (which reads as a fall of more than 379); at least +100 is 至少增加100; 约 is 约增加23 or
 * 约减少23. The percentage is rounded to one place the way the words allow (a floor down, a
 * ceiling up, so 最多减少379（32.2%） holds of 32.15%), and an approximate one to two figures.
 * The one home of these words: the dashboard and the years view both write a change with it.
 *
 * @param change - the change, its qualifier and last year's value
 * @param locale - the language of the page
 * @returns the words, e.g. '最多减少379（32.2%）'; `undefined` when either year lacks the figure
 * @example formatChange({ previous: { value: 1179 }, change: -379, qualifier: 'over' }) // '最多减少379（32.2%）'
 * @example formatChange({ previous: { value: 505 }, change: 23, qualifier: 'about' }, 'en') // 'up about 23 (4.6%)'
 */
export function formatChange(change: QualifiedChange, locale: Locale = 'zh-CN'): string | undefined {
  const { previous, change: delta, qualifier } = change;
  if (delta === null || qualifier === null) return undefined;
  const words = messages[locale].ui.change;
  if (delta === 0) return words.same[qualifier];
  const up = delta > 0;
  const amount = Math.abs(delta);
  const text = formatMessage((up ? words.up : words.down)[qualifier], { amount });
  if (!previous || !(previous.value > 0)) return text;
  const exactPercent = (amount / previous.value) * 100;
  // Whether the words say the fall or rise is at least this much (round down) or at most (up).
  const floor = up ? qualifier === 'over' : qualifier === 'under' || qualifier === 'nearly';
  const percent =
    qualifier === 'exact'
      ? Math.round(exactPercent * 10) / 10
      : qualifier === 'about'
        ? exactPercent >= 10
          ? Math.round(exactPercent)
          : Math.round(exactPercent * 10) / 10
        : floor
          ? Math.floor(exactPercent * 10 + 1e-9) / 10
          : Math.ceil(exactPercent * 10 - 1e-9) / 10;
  if (percent > 0) return formatMessage(words.percent, { change: text, percent });
  // Under 0.1%: a floor of 0 says nothing; any other figure says it is that small.
  return floor ? text : formatMessage(words.small, { change: text });
}

function finiteBounds(value: number, qualifier: Qualifier): [number, number] {
  const { low, high } = qualifierBounds(value, qualifier);
  return [low ?? Number.NEGATIVE_INFINITY, high ?? Number.POSITIVE_INFINITY];
}
