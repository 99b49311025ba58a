import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { importDocx, importReport, renderReport, type ImportOptions } from '@law-report/core';
import { decodeText } from '../decode.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError, type Io } from '../io.js';
import { readFailure } from '../inputs.js';
import { t } from '../messages.js';
import { localeOf, parse } from '../options.js';
import { emit, formatOption } from '../output.js';
import { printIssues } from '../print-issues.js';

const OUTPUTS = ['json', 'markdown', 'text', 'html'] as const;

/** `law-report import`: free text in, Report JSON out. */
export async function importCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { format: { type: 'string' }, out: { type: 'string' } });
  const locale = localeOf(values.lang);
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError(t(locale, 'missingFile'));
  const format = formatOption(values.format, OUTPUTS, 'json');
  if (!format) throw new UsageError(t(locale, 'badFormat', { formats: OUTPUTS.join('、') }));
  const extension = extname(file).toLowerCase();
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(io.cwd, file));
  } catch (error) {
    io.err(`${file}: ${readFailure(error, locale)}\n`);
    return EXIT_PROBLEMS;
  }
  // A Word file (or an old .doc, a damaged one) by its bytes, whatever its name says.
  const word = isWordLike(bytes);
  const { text, encoding } = word ? { text: '', encoding: 'Word' } : decodeText(bytes);
  const options: ImportOptions = { locale, ...inputFormat(extension) };
  const { report, issues } = word ? await importDocx(bytes, { locale }) : importReport(text, options);
  printIssues(io, file, issues, locale);
  if (!report) return EXIT_PROBLEMS;
  io.err(`${t(locale, 'imported', { file, encoding, sections: report.sections.length, metrics: report.metrics.length, notes: issues.length })}\n`);
  const output = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report, { format });
  return emit(io, output, values.out, locale);
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
