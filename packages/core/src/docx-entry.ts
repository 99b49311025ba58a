// `@law-report/core/docx`: Word files in and out, for pages that load them only when a person
// picks a .docx or asks for one (the form's 从文本导入, the summary's 下载 Word). The converters
// (mammoth, docx) come with it, and the reader of a report file of any kind (a folder of them), so nothing of them is in a page's first load.
export { importDocx, type DocxImportResult } from './docx/import-docx.js';
export { renderDocx } from './render/render-docx.js';
export { wordSignature } from './docx/word-signature.js';
export { importReportFile, type ReportFileImport } from './docx/import-report-file.js';
export { decodeText, type TextEncoding } from './docx/decode-text.js';
