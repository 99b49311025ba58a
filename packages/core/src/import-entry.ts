// `@law-report/core/import`: the importer alone, for pages that load it only when a person
// pastes a report (the form's 从文本导入), so the first load stays small.
export { importReport, type ImportOptions, type ImportResult } from './import/import-report.js';
