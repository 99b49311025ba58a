// Which files of a folder are reports, by their names: one home for `import` (which reads them), `serve --load`
// (which loads them) and `validate`/`aggregate` (which read report JSON only, and say the reports they do not read).

/** The files `law-report import` reads in a folder: reports in Word, text, Markdown or a web page. */
export const REPORT_FILES = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.doc']);

/**
 * Whether a folder's entry is left out unsaid by its name: hidden files and Word's lock files (`~$…`), as a
 * file manager hides them.
 *
 * @example isLeftOut('~$北留镇.docx') // true
 */
export const isLeftOut = (name: string): boolean => name.startsWith('.') || name.startsWith('~$');

/**
 * Whether a folder's file is a report in a form other than JSON (Word, text, a web page) that a reader of report
 * JSON must say it did not read: a county totalling a folder would otherwise publish a total without that unit.
 * A README beside the reports is no report.
 *
 * @example isReportDocument('reports/城关镇.docx') // true; isReportDocument('reports/README.md') // false
 */
export function isReportDocument(path: string): boolean {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 && REPORT_FILES.has(name.slice(dot).toLowerCase()) && !/^readme\b/i.test(name) && !isLeftOut(name);
}
