import type { RuleCheck } from '../rule.js';
import { catalogReferences } from './catalog-references.js';
import { countOrder } from './count-order.js';
import { countedOnce } from './counted-once.js';
import { deadlines } from './deadlines.js';
import { emptySections } from './empty-sections.js';
import { figureSources } from './figure-sources.js';
import { headingYears } from './heading-years.js';
import { issueDate } from './issue-date.js';
import { partsTotal } from './parts-total.js';
import { placeholders } from './placeholders.js';
import { publication } from './publication.js';
import { rateConsistency } from './rate-consistency.js';
import { rateRange } from './rate-range.js';
import { targetPlacement } from './target-placement.js';
import { unrecognizedValues } from './unrecognized-values.js';
import { nonNegative } from './non-negative.js';
import { plausibleRange } from './plausible-range.js';
import { references } from './references.js';
import { requiredSections } from './required-sections.js';
import { valueLimits } from './value-limits.js';
import { wholeCounts } from './whole-counts.js';

/**
 * Every cross-field rule's check, in the order their issues are reported: what validation runs.
 * Add a rule by writing one file beside this one (its check and its doc) and listing both, here
 * and in `index.ts`; the docs' rule table follows.
 */
export const ruleChecks: readonly RuleCheck[] = [
  references,
  catalogReferences,
  requiredSections,
  emptySections,
  headingYears,
  issueDate,
  deadlines,
  publication,
  placeholders,
  unrecognizedValues,
  nonNegative,
  wholeCounts,
  valueLimits,
  plausibleRange,
  rateRange,
  rateConsistency,
  countOrder,
  countedOnce,
  partsTotal,
  targetPlacement,
  figureSources,
];
