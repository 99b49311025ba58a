// `@law-report/core/review`: what only the county's review desk needs (what changed between two
// versions of a report, the report's sections numbered as the renderers number them, so the desk
// shows its text, and the desk's own strings), apart from the model so the pages of towns
// and the public, which load the model, never carry it.
export { diffReports, type ReportChange, type TextChange } from './compare/diff-reports.js';
export { deskMessages } from './i18n/desk-messages.js';
export { numberSections, type NumberedSection } from './render/number-sections.js';
