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
