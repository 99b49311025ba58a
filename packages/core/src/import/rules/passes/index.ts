// The facts stage's passes as reading rules: each says what one pass resolves, with examples.
import { acceptedCasesRule } from './accepted-cases.js';
import { allOfThem } from './all-of-them.js';
import { doubleHundred } from './double-hundred.js';
import { ellipticalLabel } from './elliptical-label.js';
import { respectivelyList } from './respectively-list.js';
import { sharedValue } from './shared-value.js';
import { wholeOfPartsRule } from './whole-of-parts.js';
import { zeroCount } from './zero-count.js';
import type { ReadingRule } from '../reading-rule.js';

/** The passes of the facts stage, in the order extractFacts applies them. */
export const FACT_PASS_RULES: readonly ReadingRule[] = [
  sharedValue,
  respectivelyList,
  ellipticalLabel,
  wholeOfPartsRule,
  allOfThem,
  acceptedCasesRule,
  doubleHundred,
  zeroCount,
];
