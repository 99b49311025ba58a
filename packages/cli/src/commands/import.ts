import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { importReport, renderReport, type ImportOptions } from '@law-report/core';
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
  if (extension === '.docx' || extension === '.doc') {
    io.err(`${file}: ${t(locale, 'docxNotYet')}\n`);
    return EXIT_PROBLEMS;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(io.cwd, file));
  } catch (error) {
    io.err(`${file}: ${readFailure(error, locale)}\n`);
    return EXIT_PROBLEMS;
  }
  const { text, encoding } = decodeText(bytes);
  const options: ImportOptions = { locale, ...inputFormat(extension) };
  const { report, issues } = importReport(text, options);
  printIssues(io, file, issues, locale);
  if (!report) return EXIT_PROBLEMS;
  io.err(`${t(locale, 'imported', { file, encoding, sections: report.sections.length, metrics: report.metrics.length, notes: issues.length })}\n`);
  const output = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report, { format });
  return emit(io, output, values.out, locale);
}

function inputFormat(extension: string): Pick<ImportOptions, 'format'> {
  if (extension === '.html' || extension === '.htm') return { format: 'html' };
  if (extension === '.md' || extension === '.markdown') return { format: 'markdown' };
  return {};
}
