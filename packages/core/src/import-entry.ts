// `@law-report/core/import`: the importer and what else needs the importer's aliases, for pages
// that load it only when a person pastes a report or searches the catalog (the form's 从文本导入
// and indicator search), so the first load stays small.
export { importReport, type ImportOptions, type ImportResult } from './import/import-report.js';
export { readableText } from './import/html-to-text.js';
export { searchIndicators, type IndicatorMatch, type SearchIndicatorsOptions } from './catalog/search.js';
