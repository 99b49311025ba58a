import type { Qualifier } from '../schema/enums.js';

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
 * Words before a number that qualify it (不少于12次, 近百名, 约800人), longest first so 不少于
 * wins over 少于 and 不超过 over 超过. The one list the importer reads.
 */
export const QUALIFIER_PREFIXES: readonly (readonly [string, Qualifier])[] = [
  ['不少于', 'over'], ['不低于', 'over'], ['不超过', 'under'],
  ['将近', 'nearly'], ['接近', 'nearly'], ['近', 'nearly'],
  ['大约', 'about'], ['大概', 'about'], ['约', 'about'],
  ['超过', 'over'], ['突破', 'over'], ['逾', 'over'], ['超', 'over'],
  ['不足', 'under'], ['不到', 'under'], ['少于', 'under'], ['至少', 'over'],
];

/**
 * Words that qualify a bare 百, 千 or 万 only (上百场, 上千人次 are floors): before any other
 * number they mean something else (线上3次 is online).
 */
export const MAGNITUDE_PREFIXES: Readonly<Record<string, Qualifier>> = { 上: 'over' };

/**
 * Words after a number or its measure word that qualify it: 余/多 (800余人次, 20多场),
 * 以上 (a floor), 以下/以内 (a ceiling), 左右 (about).
 */
export const QUALIFIER_SUFFIXES: Readonly<Record<string, Qualifier>> = { 余: 'over', 多: 'over', 以上: 'over', 以下: 'under', 以内: 'under', 左右: 'about' };

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
 * least 100); otherwise about.
 *
 * @example differenceQualifier({ value: 700, qualifier: 'exact' }, { value: 800, qualifier: 'over' }) // 'over'
 */
export function differenceQualifier(a: { readonly value: number; readonly qualifier: Qualifier }, b: { readonly value: number; readonly qualifier: Qualifier }): Qualifier {
  const [aLow, aHigh] = finiteBounds(a.value, a.qualifier);
  const [bLow, bHigh] = finiteBounds(b.value, b.qualifier);
  const low = bLow - aHigh;
  const high = bHigh - aLow;
  if (Number.isFinite(low) && Number.isFinite(high)) return 'exact';
  if (Number.isFinite(low)) return 'over';
  if (Number.isFinite(high)) return a.qualifier === 'over' || b.qualifier === 'under' ? 'under' : 'nearly';
  return 'about';
}

function finiteBounds(value: number, qualifier: Qualifier): [number, number] {
  const { low, high } = qualifierBounds(value, qualifier);
  return [low ?? Number.NEGATIVE_INFINITY, high ?? Number.POSITIVE_INFINITY];
}
