// The public API of @law-report/elements: classes and event types. Registers nothing;
// import '@law-report/elements/define' (or the embed file) to register the tags.
export { LawReportSummaryElement } from './law-report-summary/law-report-summary.js';
export { LawReportInvalidEvent } from './events/law-report-invalid-event.js';
