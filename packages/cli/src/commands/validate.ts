import { validateReport, type Locale, type Profile, type ValidationIssue } from '@law-report/core';
import { catalogOf, catalogOption } from '../catalog-file.js';
import { readDeadlines } from '../deadlines-file.js';
import { readInputBatches, formatSource, type InputSource } from '../inputs.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError, type Io } from '../io.js';
import { t } from '../messages.js';
import { localeOf, parse } from '../options.js';
import { printIssues, unreadable } from '../print-issues.js';
import { createProgress } from '../progress.js';
import { pipedStdin } from '../stdin.js';

interface Result {
  readonly source: InputSource;
  readonly ok: boolean;
  readonly issues: readonly ValidationIssue[];
}

/** `law-report validate`: validates every report in the inputs. */
export async function validateCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    profile: { type: 'string' },
    json: { type: 'boolean' },
    deadlines: { type: 'string' },
    ...catalogOption,
  });
  const locale = localeOf(values.lang);
  const profile = profileOf(values.profile, locale);
  if (positionals.length === 0) throw new UsageError(t(locale, 'missingFiles'));
  const stdin = pipedStdin(positionals, io, locale);
  const deadlines = values.deadlines === undefined ? undefined : await readDeadlines(values.deadlines, io.cwd, locale);
  const catalog = (await catalogOf(values.catalog, io.cwd, locale))?.catalog;
  const options = { profile, locale, ...(deadlines ? { deadlines } : {}), ...(catalog ? { catalog } : {}) };

  const results: Result[] = [];
  const progress = createProgress(io, 'validate');
  let reports = 0;
  let failed = 0;
  let warnings = 0;
  let onlyMissing = true;
  for await (const batch of readInputBatches(positionals, io.cwd, locale, stdin))
    for (const item of batch) {
      progress.tick();
      reports += 1;
      if (!('error' in item) || item.code !== 'unreadable') onlyMissing = false;
      const result: Result =
        'error' in item
          ? { source: item.source, ok: false, issues: [unreadable(item.error, locale)] }
          : { source: item.source, ...validateReport(item.value, options) };
      if (!result.ok) failed += 1;
      warnings += result.issues.filter((issue) => issue.severity === 'warning').length;
      if (values.json) {
        results.push(result);
      } else {
        progress.done();
        printIssues(io, formatSource(result.source), result.issues, locale);
      }
    }
  progress.done();
  // Every path missing or an empty folder: nothing was checked, which is a usage mistake.
  if (onlyMissing) throw new UsageError(t(locale, 'noReports'));
  if (values.json) {
    io.out(
      `${JSON.stringify(
        results.map(({ source, ok, issues }) => ({ ...source, ok, issues })),
        null,
        2,
      )}\n`,
    );
  } else {
    io.out(`${t(locale, 'summary', { reports, passed: reports - failed, failed, warnings })}\n`);
  }
  return failed > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

function profileOf(value: string | undefined, locale: Locale): Profile {
  if (value === undefined) return 'submit';
  if (value === 'draft' || value === 'submit' || value === 'publish') return value;
  throw new UsageError(t(locale, 'badProfile'));
}
