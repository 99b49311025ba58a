// The public API of @law-report/core: named exports only. A test snapshots this list.
// Everything of `@law-report/core/model`, then the importer, renderer, indicator search and JSON Schema.
export * from './model.js';
export { reportJsonSchema, SCHEMA_ID } from './schema/json-schema.js';
export { catalogJson } from './catalog/catalog-json.js';
export { searchIndicators, type IndicatorMatch, type SearchIndicatorsOptions } from './catalog/search.js';
export {
  deskMessages,
  diffReports,
  numberSections,
  type NumberedSection,
  type ReportChange,
  type TextChange,
} from './review-entry.js';

// Import and render
export { importReport, type ImportOptions, type ImportResult } from './import/import-report.js';
export { importDocx, type DocxImportResult } from './docx/import-docx.js';
export { wordSignature } from './docx/word-signature.js';
export { importReportFile, type ReportFileImport } from './docx/import-report-file.js';
export { decodeText, type TextEncoding } from './docx/decode-text.js';
export { renderReport, type RenderFormat, type RenderOptions } from './render/render-report.js';
export { escapeHtml } from './render/render-html.js';
