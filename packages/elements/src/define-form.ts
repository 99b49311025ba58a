// Registers the form alone, `<law-report-form>`: the entry of `law-report-form.js`, for a town's
// page that shows nothing else (a phone downloads a quarter less than with `law-report-elements.js`).
// A page with the summary or the dashboard too loads `law-report-elements.js` instead, never both.
import './law-report-form/define.js';

export { LawReportFormElement } from './law-report-form/law-report-form.js';
export { LawReportChangeEvent } from './events/law-report-change-event.js';
export { LawReportSubmitEvent } from './events/law-report-submit-event.js';
export { LawReportInvalidEvent } from './events/law-report-invalid-event.js';
