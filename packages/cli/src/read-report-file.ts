import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { importDocx, importReport, type ImportOptions, type Locale, type Report, type ValidationIssue } from '@law-report/core';
import { decodeText } from './decode.js';
import { readFailure } from './inputs.js';

/** A report file read and imported: the draft, what needs checking, and how it was read. */
export interface ReadReport {
  readonly report: Report | undefined;
  readonly issues: readonly ValidationIssue[];
  /** `UTF-8`, `GBK`, … or `Word`. */
  readonly encoding: string;
  /** Why the file could not be read at all (no such file, no permission). */
  readonly unreadable?: string;
}

/**
 * Reads one report file and imports it: a Word file (or an old .doc, a damaged one) by its
 * bytes whatever its name says, text, Markdown or HTML by its extension or its content, in
 * UTF-8 or GBK. Never throws.
 */
export async function readReportFile(path: string, locale: Locale): Promise<ReadReport> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { report: undefined, issues: [], encoding: '', unreadable: readFailure(error, locale) };
  }
  if (isWordLike(bytes)) return { ...(await importDocx(bytes, { locale })), encoding: 'Word' };
  const { text, encoding } = decodeText(bytes);
  const options: ImportOptions = { locale, ...inputFormat(extname(path).toLowerCase()) };
  return { ...importReport(text, options), encoding };
}

// A zip (.docx) or a compound file (.doc, or a .docx encrypted with a password).
function isWordLike(bytes: Uint8Array): boolean {
  return (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0);
}

function inputFormat(extension: string): Pick<ImportOptions, 'format'> {
  if (extension === '.html' || extension === '.htm') return { format: 'html' };
  if (extension === '.md' || extension === '.markdown') return { format: 'markdown' };
  return {};
}
