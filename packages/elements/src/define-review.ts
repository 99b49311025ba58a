// Registers the county's review desk, `<law-report-review>` (and the summary it shows): the
// entry of `law-report-review.js`, loaded by the county's own pages beside the embed file, so
// the pages of towns and the public do not carry it.
import './law-report-review/define.js';

export { LawReportReviewElement } from './law-report-review/law-report-review.js';
export { LawReportReviewChangeEvent } from './events/law-report-review-change-event.js';
