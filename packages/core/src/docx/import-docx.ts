import { localizedImport } from '../i18n/import-messages.js';
import { createImportIssue } from '../import/import-issue.js';
import { importReport, type ImportOptions, type ImportResult } from '../import/import-report.js';
import { docxToHtml } from './docx-to-html.js';

/** What {@link importDocx} gives: {@link ImportResult}, and the HTML the facts' sources point into. */
export type DocxImportResult = ImportResult & {
  /** The Word file as converted to HTML: every `source` span is an offset into this text. */
  readonly converted: string | undefined;
};

/**
 * Imports a Word report (.docx) from its bytes, in Node or a browser: the file is converted to
 * HTML (headings by their Word styles, Word's automatic numbering 一、/（一）/1. written into the
 * text, statistics tables as sentences, tracked changes as accepted, comments and footnotes left
 * out) and read like any report. Never throws: an old binary .doc, an encrypted or damaged file,
 * or a zip that is not Word gives no draft and one error naming the problem.
 *
 * @param bytes - the .docx file's content
 * @param options - as for `importReport`
 * @example
 * const { report, issues, converted } = await importDocx(readFileSync('北留镇2023.docx'));
 * converted?.slice(report.metrics[0].source.start, report.metrics[0].source.end) // '2份'
 */
export async function importDocx(
  bytes: ArrayBuffer | Uint8Array,
  options: Omit<ImportOptions, 'format'> = {},
): Promise<DocxImportResult> {
  const converted = await docxToHtml(bytes);
  if (converted.problem) {
    const issue = createImportIssue(
      'import_not_a_report',
      'error',
      [],
      options.locale ?? 'zh-CN',
      localizedImport((m) => ({ reason: m.notAReport[converted.problem] })),
    );
    return { report: undefined, issues: [issue], converted: undefined };
  }
  return { ...importReport(converted.html, { ...options, format: 'html' }), converted: converted.html };
}
