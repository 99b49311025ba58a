// `@law-report/core/review`: what only the county's review desk needs (what changed between two
// versions of a report, and the desk's own strings), apart from the model so the pages of towns
// and the public, which load the model, never carry it.
export { diffReports, type ReportChange } from './compare/diff-reports.js';
export { deskMessages } from './i18n/desk-messages.js';
