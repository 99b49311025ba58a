import type { Locale } from '@law-report/core/model';

/** One report read from a file (a JSON Lines file gives one per line). */
export interface ReadInput {
  readonly report: unknown;
  readonly file: string;
  readonly line?: number;
}

/** A file that gave no report, and why (in the clerk's language). */
export interface FileProblem {
  readonly file: string;
  readonly code: 'unreadable' | 'not_a_report' | 'invalid_json';
  readonly reason: string;
}

/** What one file gave: its reports, and what in it could not be read. */
export interface FileResult {
  readonly inputs: readonly ReadInput[];
  readonly problems: readonly FileProblem[];
}

/** The files a county keeps its reports in, by name. */
export const REPORT_FILE_NAME = /\.(?:docx?|txt|md|markdown|html?|json|jsonl)$/i;

/**
 * Reads one file of a county's folder: JSON (a report or an array of them) and JSON Lines as
 * they are, anything else through core's `importReportFile` (Word, text, Markdown, HTML). Run in
 * the folder reader's worker, or on the page when no worker can start. Never throws.
 */
export async function readOneFile(bytes: Uint8Array, file: string, locale: Locale): Promise<FileResult> {
  try {
    if (/\.jsonl$/i.test(file)) return jsonLines(new TextDecoder().decode(bytes), file);
    if (/\.json$/i.test(file)) {
      const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
      return {
        inputs: Array.isArray(value)
          ? value.map((report, at) => ({ report, file, line: at + 1 }))
          : [{ report: value, file }],
        problems: [],
      };
    }
    const { importReportFile } = await import('@law-report/core/docx');
    const { report, issues } = await importReportFile(bytes, file, { locale });
    const refused = issues.find((issue) => issue.code === 'import_not_a_report');
    return refused
      ? { inputs: [], problems: [{ file, code: 'not_a_report', reason: refused.message }] }
      : { inputs: [{ report, file }], problems: [] };
  } catch (error) {
    return {
      inputs: [],
      problems: [
        {
          file,
          code: error instanceof SyntaxError ? 'invalid_json' : 'unreadable',
          reason: error instanceof Error ? error.message : String(error),
        },
      ],
    };
  }
}

function jsonLines(text: string, file: string): FileResult {
  const inputs: ReadInput[] = [];
  const problems: FileProblem[] = [];
  let line = 0;
  for (const row of text.split('\n')) {
    line += 1;
    if (row.trim() === '') continue;
    try {
      inputs.push({ report: JSON.parse(row) as unknown, file, line });
    } catch (error) {
      problems.push({
        file: `${file}:${line}`,
        code: 'invalid_json',
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return { inputs, problems };
}
