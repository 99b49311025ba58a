// Registers every element at once: the npm entry `@law-report/elements/define`, for bundlers (the embed
// file `law-report-elements.js` has its own entry, define-embed.ts).
import './law-report-form/define.js';
import './law-report-summary/define.js';
import './law-report-dashboard/define.js';

// The classes and events of the three.
export { LawReportFormElement } from './law-report-form/law-report-form.js';
export { LawReportSummaryElement } from './law-report-summary/law-report-summary.js';
export { LawReportDashboardElement } from './law-report-dashboard/law-report-dashboard.js';
export { LawReportChangeEvent } from './events/law-report-change-event.js';
export { LawReportSubmitEvent } from './events/law-report-submit-event.js';
export { LawReportInvalidEvent } from './events/law-report-invalid-event.js';
