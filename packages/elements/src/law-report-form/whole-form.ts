// The form besides its top: its controllers (drafts, import, checks, the collection server, focus, the
// form control) and what they draw (the notices above the form, the sections with their figures,
// 检查报告 and 提交). `<law-report-form>` asks for it at once and draws its top meanwhile (the report's
// own fields, the import's heading), so on a slow phone a clerk can start on the title before this has
// come; the embed files make it a chunk of its own, which the first form made on a page asks for
// (rest-of-form.ts).
export { FormParts } from './form-parts.js';
export { renderRestore, renderWarnings } from './notices.js';
export { renderReportSections } from './report-editor.js';
export { renderActions, renderSummary } from './submit-actions.js';
export { stringsOf } from '../internal/strings.js';
