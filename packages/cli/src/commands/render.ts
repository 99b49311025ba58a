import { resolve } from 'node:path';
import { parseJson, renderReport, validateReport } from '@law-report/core';
import { catalogOf, catalogOption } from '../catalog-file.js';
import { EXIT_PROBLEMS, UsageError, type Io } from '../io.js';
import { t } from '../messages.js';
import { localeOf, parse } from '../options.js';
import { emit, formatOption } from '../output.js';
import { readFailure } from '../read-failure.js';
import { readRegularFile } from '../read-regular-file.js';
import { printIssues } from '../print-issues.js';

const FORMATS = ['markdown', 'text', 'html', 'docx'] as const;

/** `law-report render`: Report JSON in, a document out. */
export async function renderCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    out: { type: 'string' },
    ...catalogOption,
  });
  const locale = localeOf(values.lang);
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError(t(locale, 'missingFile'));
  const format = formatOption(values.format, FORMATS, undefined);
  if (!format) throw new UsageError(t(locale, 'badFormat', { formats: FORMATS.join('、') }));
  // A Word file is bytes: it goes to a file, never to a terminal.
  if (format === 'docx' && values.out === undefined) throw new UsageError(t(locale, 'docxNeedsOut'));
  const catalog = (await catalogOf(values.catalog, io.cwd, locale))?.catalog;
  let text: string;
  try {
    text = (await readRegularFile(resolve(io.cwd, file))).toString('utf8');
  } catch (error) {
    io.err(`${file}: ${readFailure(error, locale)}\n`);
    return EXIT_PROBLEMS;
  }
  const parsed = parseJson(text, locale);
  if (!parsed.ok) {
    printIssues(io, file, [parsed.issue], locale);
    return EXIT_PROBLEMS;
  }
  const { report, issues } = validateReport(parsed.value, {
    profile: 'draft',
    locale,
    ...(catalog ? { catalog } : {}),
  });
  if (!report) {
    printIssues(io, file, issues, locale);
    return EXIT_PROBLEMS;
  }
  return emit(
    io,
    format === 'docx' ? await renderReport(report, { format }) : renderReport(report, { format }),
    values.out,
    locale,
  );
}
