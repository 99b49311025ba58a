import type { Rule, RuleDoc } from '../rule.js';
import { ruleChecks } from './checks.js';
import { catalogReferencesDoc } from './catalog-references.js';
import { countOrderDoc } from './count-order.js';
import { countedOnceDoc } from './counted-once.js';
import { deadlinesDoc } from './deadlines.js';
import { emptySectionsDoc } from './empty-sections.js';
import { figureSourcesDoc } from './figure-sources.js';
import { headingYearsDoc } from './heading-years.js';
import { issueDateDoc } from './issue-date.js';
import { partsTotalDoc } from './parts-total.js';
import { placeholdersDoc } from './placeholders.js';
import { publicationDoc } from './publication.js';
import { rateConsistencyDoc } from './rate-consistency.js';
import { rateRangeDoc } from './rate-range.js';
import { targetPlacementDoc } from './target-placement.js';
import { unrecognizedValuesDoc } from './unrecognized-values.js';
import { nonNegativeDoc } from './non-negative.js';
import { plausibleRangeDoc } from './plausible-range.js';
import { referencesDoc } from './references.js';
import { requiredSectionsDoc } from './required-sections.js';
import { valueLimitsDoc } from './value-limits.js';
import { wholeCountsDoc } from './whole-counts.js';

const docs: readonly RuleDoc[] = [
  referencesDoc,
  catalogReferencesDoc,
  requiredSectionsDoc,
  emptySectionsDoc,
  headingYearsDoc,
  issueDateDoc,
  deadlinesDoc,
  publicationDoc,
  placeholdersDoc,
  unrecognizedValuesDoc,
  nonNegativeDoc,
  wholeCountsDoc,
  valueLimitsDoc,
  plausibleRangeDoc,
  rateRangeDoc,
  rateConsistencyDoc,
  countOrderDoc,
  countedOnceDoc,
  partsTotalDoc,
  targetPlacementDoc,
  figureSourcesDoc,
];

/**
 * Every cross-field rule with what it checks and the codes it reports, in the order their issues
 * are reported: the registry the docs' rule table is generated from. Validation runs the checks
 * alone (`checks.ts`), so a page that only checks reports never downloads these words.
 *
 * @example rules.find((rule) => rule.name === 'empty-sections')?.codes // { empty_section: 'error or warning' }
 */
export const rules: readonly Rule[] = ruleChecks.map((check) => {
  const doc = docs.find((one) => one.name === check.name);
  if (!doc) throw new Error(`rules: the rule ${check.name} has no doc`);
  return { ...doc, ...check };
});
