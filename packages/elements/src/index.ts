// The public API of @law-report/elements: classes and event types. Registers nothing;
// import '@law-report/elements/define' (or the embed file) to register the tags.
export { LawReportFormElement } from './law-report-form/law-report-form.js';
export { LawReportSummaryElement } from './law-report-summary/law-report-summary.js';
export { LawReportDashboardElement } from './law-report-dashboard/law-report-dashboard.js';
export { LawReportReviewElement } from './law-report-review/law-report-review.js';
export { LawReportYearsElement } from './law-report-years/law-report-years.js';
export { LawReportChangeEvent } from './events/law-report-change-event.js';
export { LawReportSubmitEvent } from './events/law-report-submit-event.js';
export { LawReportInvalidEvent } from './events/law-report-invalid-event.js';
export { LawReportReviewChangeEvent } from './events/law-report-review-change-event.js';
