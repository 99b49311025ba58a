import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { renderReport, type Locale, type Report } from '@law-report/core';
import { catalogOf, catalogOption, type CatalogFile } from '../catalog-file.js';
import { importFiles, listReportFiles } from '../import-batch.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError, type Io, type Stdin } from '../io.js';
import { t } from '../messages.js';
import { localeOf, parse } from '../options.js';
import { jsonChunks } from '../json-chunks.js';
import { emit, emitPieces, formatOption, openOut } from '../output.js';
import { printIssues } from '../print-issues.js';
import { readFailure } from '../read-failure.js';
import { createProgress } from '../progress.js';
import { importReportBytes, readReportFile, type ReadReport } from '../read-report-file.js';
import { pipedStdin, readStdin, STDIN, stdinName } from '../stdin.js';

const OUTPUTS = ['json', 'markdown', 'text', 'html'] as const;

/**
 * `law-report import`: a report file in (text, Markdown, HTML, Word), Report JSON out; several
 * files or a folder in, JSON Lines out, one report a line, read on every core.
 */
export async function importCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    out: { type: 'string' },
    ...catalogOption,
  });
  const locale = localeOf(values.lang);
  const extension = await catalogOf(values.catalog, io.cwd, locale);
  const [file] = positionals;
  if (file === undefined) throw new UsageError(t(locale, 'missingFile'));
  const format = formatOption(values.format, OUTPUTS, 'json');
  if (!format) throw new UsageError(t(locale, 'badFormat', { formats: OUTPUTS.join('、') }));
  // `-`: one report piped in, read to its end in this thread (a worker reads files by their path).
  if (positionals.includes(STDIN) && positionals.length > 1) throw new UsageError(t(locale, 'stdinAlone'));
  const stdin = pipedStdin(positionals, io, locale);
  const folder = positionals.length === 1 && (await stat(resolve(io.cwd, file)).catch(() => undefined))?.isDirectory();
  if (!stdin && (positionals.length > 1 || folder)) {
    if (format !== 'json') throw new UsageError(t(locale, 'batchIsJsonLines'));
    return importBatch(positionals, values.out, io, locale, extension);
  }
  const shown = stdin ? stdinName(locale) : file;
  const read: ReadReport = stdin
    ? await readPiped(stdin, locale, extension)
    : await readReportFile(resolve(io.cwd, file), locale, extension?.catalog);
  const { report, issues, encoding, unreadable } = read;
  if (unreadable !== undefined) {
    io.err(`${shown}: ${unreadable}\n`);
    return EXIT_PROBLEMS;
  }
  printIssues(io, shown, issues, locale);
  if (!report) return EXIT_PROBLEMS;
  io.err(
    `${t(locale, 'imported', { file: shown, encoding, sections: report.sections.length, metrics: report.metrics.length, notes: issues.length })}\n`,
  );
  // JSON a piece at a time: a report of millions of figures is larger than one string can hold.
  if (format === 'json') return emitPieces(io, jsonText(report), values.out, locale);
  let rendered: string;
  try {
    rendered = renderReport(report, { format });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    io.err(`${shown}: ${t(locale, 'reportTooLarge', { metrics: report.metrics.length })}\n`);
    return EXIT_PROBLEMS;
  }
  return emit(io, rendered, values.out, locale);
}

// The report piped in, imported as a file of no known extension is: its format read from its content.
async function readPiped(stdin: Stdin, locale: Locale, extension: CatalogFile | undefined): Promise<ReadReport> {
  let bytes: Buffer;
  try {
    bytes = await readStdin(stdin);
  } catch (error) {
    return { report: undefined, issues: [], encoding: '', unreadable: readFailure(error, locale) };
  }
  return importReportBytes(bytes, STDIN, locale, extension?.catalog);
}

// A report as the JSON `import` prints, a piece at a time.
function* jsonText(report: Report): Generator<string> {
  yield* jsonChunks(report);
  yield '\n';
}

// A report as one line of JSON Lines, or undefined when it is too large for one string.
function jsonLine(report: Report): string | undefined {
  try {
    return `${JSON.stringify(report)}\n`;
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

// Every file of the folders and files named, imported on every core, written as JSON Lines in
// the order of the files; a file that fails gets one line on stderr and the batch goes on.
async function importBatch(
  paths: readonly string[],
  out: string | undefined,
  io: Io,
  locale: Locale,
  extension: CatalogFile | undefined,
): Promise<number> {
  const { files, skipped } = await listReportFiles(paths, io.cwd, locale);
  // A folder's entry not read (a link to a folder, a pipe): one line each, counted as failed, never dropped unsaid.
  for (const entry of skipped) io.err(`${entry.shown}: ${entry.reason}\n`);
  if (files.length === 0) throw new UsageError(t(locale, 'noReportFiles'));
  const output = out === undefined ? undefined : await openOut(out, io.cwd, locale);
  const write = (line: string) => (output ? output.stream.write(line) : io.out(line));
  const progress = createProgress(io, t(locale, 'importing'), files.length);
  // Results come as files finish; lines go out in the files' order.
  const waiting = new Map<number, string | undefined>();
  let written = 0;
  let imported = 0;
  let failed = skipped.length;
  let notes = 0;
  await importFiles(
    files,
    locale,
    (index, { report, issues, unreadable }) => {
      progress.tick();
      const shown = files[index]?.shown ?? '';
      if (report) {
        const line = jsonLine(report);
        if (line !== undefined) {
          waiting.set(index, line);
          imported++;
          notes += issues.length;
        } else {
          failed++;
          progress.clear();
          io.err(`${shown}: ${t(locale, 'reportTooLarge', { metrics: report.metrics.length })}\n`);
          waiting.set(index, undefined);
        }
      } else {
        failed++;
        const why = unreadable ?? issues.find((issue) => issue.severity === 'error')?.message ?? t(locale, 'noReports');
        progress.clear();
        io.err(`${shown}: ${why}\n`);
        waiting.set(index, undefined);
      }
      for (let line = waiting.get(written); waiting.has(written); line = waiting.get(written)) {
        if (line !== undefined) write(line);
        waiting.delete(written++);
      }
    },
    extension,
  );
  progress.done();
  await output?.finish();
  io.err(
    `${t(locale, 'batchDone', { imported, failed, notes })}${out === undefined ? '' : ` ${t(locale, 'written', { file: out })}`}\n`,
  );
  return failed > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
