import {
  chinaToday,
  coverageOf,
  createAggregator,
  formatChinaDate,
  missingByDeadline,
  defaultCatalog,
  publicationDeadline,
  formatFigure,
  aggregateMessages,
  formatMessage,
  messages,
  publishedLate,
  resolveDeadlines,
  unitsCsv,
  indicatorLabel,
  notCountedNote,
  unclassifiedNote,
  unknownIndicators,
  unknownNote,
  type Catalog,
  type AggregateResult,
  type IndicatorTotal,
  type Locale,
  type Qualifier,
} from '@law-report/core';
import { catalogOf, catalogOption } from '../catalog-file.js';
import { readDeadlines } from '../deadlines-file.js';
import { judgedByLine, sourceOf, type DeadlineSource } from '../judged-by.js';
import { readRosterFile } from '../roster-file.js';
import { collect, emptyCollected, type RunOptions } from '../collect-reports.js';
import { readInputBatches } from '../inputs.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError, type Io } from '../io.js';
import { listOf, t } from '../messages.js';
import { localeOf, parse } from '../options.js';
import { formatOption } from '../output.js';
import { createProgress } from '../progress.js';
import { pipedStdin } from '../stdin.js';

const FORMATS = ['table', 'csv', 'json'] as const;

/** `law-report aggregate`: a year's reports in, the county's view out. */
export async function aggregateCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    roster: { type: 'string' },
    year: { type: 'string' },
    format: { type: 'string' },
    deadlines: { type: 'string' },
    ...catalogOption,
  });
  const locale = localeOf(values.lang);
  if (positionals.length === 0) throw new UsageError(t(locale, 'missingFiles'));
  const stdin = pipedStdin(positionals, io, locale);
  const format = formatOption(values.format, FORMATS, 'table');
  if (!format) throw new UsageError(t(locale, 'badFormat', { formats: FORMATS.join('、') }));
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && (!Number.isInteger(year) || year < 1990 || year > 2100))
    throw new UsageError(t(locale, 'badYear'));
  const deadlines = values.deadlines === undefined ? undefined : await readDeadlines(values.deadlines, io.cwd, locale);
  const roster = values.roster === undefined ? undefined : await readRosterFile(values.roster, io.cwd, locale);
  const catalog = (await catalogOf(values.catalog, io.cwd, locale))?.catalog ?? defaultCatalog;

  const options: RunOptions = {
    locale,
    catalog,
    ...(roster ? { roster: roster.entries } : {}),
    ...(deadlines ? { deadlines } : {}),
  };
  const collected = emptyCollected(year, options);
  const progress = createProgress(io, 'aggregate');
  for await (const batch of readInputBatches(positionals, io.cwd, locale, stdin)) {
    for (let i = 0; i < batch.length; i++) progress.tick();
    collect(collected, batch, options);
  }
  progress.done();
  const { fixed, years, noYear } = collected;
  if (collected.read === 0 && collected.onlyMissing) throw new UsageError(t(locale, 'noReports'));
  let latest = Number.NEGATIVE_INFINITY;
  for (const known of years.keys()) latest = Math.max(latest, known);
  const aggregator =
    fixed ?? years.get(latest)?.aggregator ?? createAggregator({ ...options, year: new Date().getFullYear() - 1 });
  for (const [value, source] of noYear) aggregator.add(value, source);
  if (!fixed && years.size > 1) {
    const others = [...years].filter(([other]) => other !== latest);
    let count = 0;
    for (const [other, { aggregator: set, read }] of others) {
      const reason = formatMessage(aggregateMessages[locale].otherYear, { found: other, year: latest });
      for (const source of read) aggregator.skip({ ...source, code: 'other_year', reason });
      for (const skipped of set.result().skipped) aggregator.skip(skipped);
      count += read.length;
    }
    io.err(`${t(locale, 'severalYears', { years: [...years.keys()].sort().join('、'), year: latest, count })}\n`);
  }
  for (const skipped of collected.fileSkips) aggregator.skip(skipped);
  // JSON and CSV carry each unit's figures; a county's table is small, a province's is its own file.
  const result = aggregator.result({ unitValues: format !== 'table' });
  for (const skipped of result.skipped)
    io.err(`${skipped.file}${skipped.line ? `:${skipped.line}` : ''}: ${skipped.reason}\n`);
  io.out(
    format === 'json'
      ? `${JSON.stringify(result, null, 2)}\n`
      : format === 'csv'
        ? unitsCsv(result, { locale, catalog })
        : table(result, locale, catalog, {
            publishBy: publicationDeadline(result.year, resolveDeadlines(deadlines)),
            source: sourceOf(deadlines !== undefined, roster?.entries.some((entry) => entry.deadline) ?? false),
          }),
  );
  return result.skipped.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

function percent(rate: number | null): string {
  return rate === null ? '—' : `${rate.toFixed(1)}%`;
}

// `judged.publishBy`: the year's publication deadline (the same for every level), which 逾期公开 is judged by;
// `judged.source`: where the deadlines came from.
function table(
  result: AggregateResult,
  locale: Locale,
  catalog: Catalog,
  judged: { readonly publishBy: string; readonly source: DeadlineSource },
): string {
  const { publishBy } = judged;
  const m = messages[locale];
  const { units } = result;
  const coverage = coverageOf(result);
  const pending = missingByDeadline(result, chinaToday());
  const latePublished = publishedLate(result, publishBy);
  const colon = locale === 'en' ? ':' : '：';
  const list = (names: readonly string[]) => listOf(locale, names, true);
  const label = (key: string) => indicatorLabel(key, catalog, result, locale) ?? key;
  // As the summary writes a figure (800件以上, 近800件), so the table reads like the reports it adds up.
  const amount = (s: { total: number; qualifier: Qualifier; unit: string }) =>
    formatFigure({ value: s.total, unit: s.unit, qualifier: s.qualifier }, locale);
  const totals = (header: 'yearTotals' | 'cumulativeTotals' | 'targetTotals', entries: [string, IndicatorTotal][]) =>
    entries.length === 0
      ? []
      : [
          '',
          `${aggregateMessages[locale][header]}${colon}`,
          ...columns([
            t(locale, 'indicatorHeader').split('|'),
            ...entries.map(([key, s]) => [
              label(key),
              amount(s),
              m.qualifiers[s.qualifier],
              String(s.reporting),
              String(s.min),
              String(s.max),
              String(s.median),
            ]),
          ]),
        ];
  const lines = [
    t(locale, 'summaryTitle', { year: result.year }),
    t(locale, 'coverage', {
      expected: coverage.expected,
      reported: coverage.reported,
      reportedRate: percent(coverage.reportedRate),
      onTime: coverage.onTime,
      onTimeRate: percent(coverage.onTimeRate),
      published: coverage.published,
      publishedRate: percent(coverage.publishedRate),
    }),
    judgedByLine(result, locale, judged),
    // Before its deadline a unit with nothing counted is no one to notify yet: said apart, with its day.
    t(locale, 'missingList', { names: list(pending.overdue) }),
    ...(pending.notYetDue.length > 0
      ? [
          t(locale, 'notYetDueList', {
            names: list(
              pending.notYetDue.map((unit) =>
                t(locale, 'dueBy', { unit: unit.name, date: formatChinaDate(unit.deadline, locale) }),
              ),
            ),
          }),
        ]
      : []),
    t(locale, 'lateList', { names: list(units.late) }),
    t(locale, 'unpublishedList', { names: list(units.unpublished) }),
    // Published, but after the day it was due: counted in 公开率, and the county is judged on the day too.
    ...(latePublished.length > 0
      ? [
          t(locale, 'publishedLateList', {
            names: list(latePublished.map((unit) => t(locale, 'daysLate', { unit: unit.name, days: unit.days }))),
          }),
        ]
      : []),
    ...(units.unlisted.length > 0 ? [t(locale, 'unlistedList', { names: list(units.unlisted) })] : []),
    ...totals('yearTotals', Object.entries(result.indicators)),
    // No rates, no table of them: a header over nothing reads as a table lost.
    ...(Object.keys(result.rates).length === 0
      ? []
      : [
          '',
          ...columns([
            t(locale, 'rateHeader').split('|'),
            ...Object.entries(result.rates).map(([key, s]) => [
              label(key),
              s.value === null ? t(locale, 'notRecomputed') : `${s.value.toFixed(1)}%`,
              String(s.numerator),
              String(s.denominator),
              String(s.reporting),
              String(s.excluded),
              s.reported ? `${s.reported.min}%–${s.reported.max}%` : '—',
            ]),
          ]),
        ]),
    ...totals('cumulativeTotals', Object.entries(result.cumulative)),
    ...totals('targetTotals', Object.entries(result.targets)),
    ...(result.apart.length === 0
      ? []
      : [
          '',
          `${aggregateMessages[locale].apartTotals}${colon}`,
          ...columns([
            t(locale, 'apartHeader').split('|'),
            ...result.apart.map((s) => [
              label(s.indicator),
              m.scopes[s.scope === 'year' ? 'year' : s.scope],
              amount(s),
              String(s.reporting),
            ]),
          ]),
        ]),
    '',
    ...columns([
      t(locale, 'sectionHeader').split('|'),
      ...Object.entries(result.sections).map(([kind, count]) => [m.kinds[kind as keyof typeof m.kinds], String(count)]),
    ]),
    '',
    ...columns([
      t(locale, 'unitHeader').split('|'),
      ...result.unitsDetail.map((unit) => [
        unit.name,
        aggregateMessages[locale].statuses[unit.status],
        unit.submittedOn ?? '—',
        unit.deadline,
        unit.daysLate === null ? '—' : String(unit.daysLate),
        // In per cent, as the CSV and the dashboard give it (a county reads 70, never 0.70).
        String(Math.round(unit.completeness * 100)),
      ]),
    ]),
  ];
  // Figures of indicators the catalog does not know are in the apart table; say why.
  const unknown = unknownIndicators(result, catalog);
  if (unknown.length > 0) lines.push('', ...unknown.map((total) => unknownNote(total, locale)));
  // Figures a report gives beside a larger one of the same indicator: not in the totals, never dropped unsaid.
  const notCounted = result.notCounted ?? [];
  if (notCounted.length > 0) lines.push('', ...notCounted.map((entry) => notCountedNote(entry, locale, catalog)));
  const unclassified = unclassifiedNote(result, locale);
  if (unclassified) lines.push('', unclassified);
  if (result.superseded.length > 0) {
    lines.push(
      '',
      t(locale, 'supersededList', {
        names: result.superseded.map((s) => `${s.unit}（${s.file}${s.line ? `:${s.line}` : ''}）`).join('、'),
      }),
    );
  }
  if (result.skipped.length > 0) lines.push('', t(locale, 'skippedCount', { count: result.skipped.length }));
  return `${lines.join('\n')}\n`;
}

// Columns padded by display width: a Chinese character takes two terminal cells.
function columns(rows: readonly string[][]): string[] {
  const widthOf = rows.map((row) => row.map(displayWidth));
  const widths: number[] = [];
  for (const row of widthOf) row.forEach((width, i) => (widths[i] = Math.max(widths[i] ?? 0, width)));
  return rows.map((row, r) =>
    row
      .map((cell, i) =>
        i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - (widthOf[r]?.[i] ?? 0) + 2),
      )
      .join('')
      .trimEnd(),
  );
}

// Terminal cells a text takes: two for CJK and other wide characters, one otherwise; a
// surrogate pair (one character) counts once. A code-unit loop: a province's table has
// tens of thousands of rows.
function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    width += code >= 0x1100 && code !== 0x2014 ? 2 : 1;
  }
  return width;
}
