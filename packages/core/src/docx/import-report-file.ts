import { importReport, type ImportOptions, type ImportResult } from '../import/import-report.js';
import { decodeText } from './decode-text.js';
import { importDocx } from './import-docx.js';
import { wordSignature } from './word-signature.js';

/** A report file imported: the draft and what needs checking, and how its bytes were read. */
export type ReportFileImport = ImportResult & {
  /** `utf-8`, `gb18030`, … for text; `Word` for a Word file. */
  readonly encoding: string;
};

/**
 * Imports one report file of any kind a county keeps: a Word file (or an old .doc, a damaged one:
 * then an `import_not_a_report` issue says why) by its bytes whatever its name says; text,
 * Markdown or HTML by the name's extension or the content, in UTF-8, UTF-16 or GBK. Never throws.
 * The command line's `import` and the browser's folder import read files by this one function.
 *
 * @param bytes - the file's content
 * @param name - the file's name, for its extension (`.html`, `.md`); the path is never read
 * @param options - as for `importReport`
 * @example const { report, issues } = await importReportFile(await file.bytes(), file.name)
 */
export async function importReportFile(
  bytes: Uint8Array,
  name: string,
  options: Omit<ImportOptions, 'format'> = {},
): Promise<ReportFileImport> {
  if (wordSignature(bytes) !== 'none') return { ...(await importDocx(bytes, options)), encoding: 'Word' };
  const { text, encoding } = decodeText(bytes);
  return { ...importReport(text, { ...options, ...formatOf(name) }), encoding };
}

function formatOf(name: string): Pick<ImportOptions, 'format'> {
  const extension = name.slice(name.lastIndexOf('.')).toLowerCase();
  if (extension === '.html' || extension === '.htm') return { format: 'html' };
  if (extension === '.md' || extension === '.markdown') return { format: 'markdown' };
  return {};
}
