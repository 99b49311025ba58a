// 收到行政复议申请96件，受理89件: the accepted are the cases; the applications are set aside.
import type { ExtractedFact } from './extracted-fact.js';

// An accepted count after a count of applications (收到…申请96件，依法受理89件).
const ACCEPTED = /^(?:依法|共|正式|予以)?受理$/;
const APPLIED = /申请$/;

/**
 * The applications and the accepted count when a count of accepted follows a count of
 * applications for cases: the accepted take the cases' indicator, the applications none.
 *
 * @param accepted - the figure just read
 * @param applications - the last fact the catalog knows before it
 * @returns both facts rewritten, or `undefined` when the pair is no such pair
 * @example acceptedCases(受理89件, 收到行政复议申请96件) // { accepted: …reconsideration.cases, applications: …unclassified }
 */
export function acceptedCases(
  accepted: ExtractedFact,
  applications: ExtractedFact | undefined,
): { accepted: ExtractedFact; applications: ExtractedFact } | undefined {
  if (
    !applications ||
    !ACCEPTED.test(accepted.metric.label) ||
    !APPLIED.test(applications.metric.label) ||
    !applications.metric.indicator.endsWith('.cases')
  )
    return undefined;
  return {
    accepted: { ...accepted, metric: { ...accepted.metric, indicator: applications.metric.indicator } },
    applications: { ...applications, metric: { ...applications.metric, indicator: 'unclassified' } },
  };
}
