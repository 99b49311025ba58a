import { daysInMonth, isIsoDateText } from '../domain/dates.js';
import { judgedSubmission, type JudgedSubmission } from '../domain/judged-submission.js';
import type { Locale } from '../i18n/messages.js';
import type { UnitLevel } from '../schema/enums.js';
import { forbiddenKeys } from './forbidden-keys.js';
import { createReadingIssue, type ValidationIssue } from './issue.js';
import { checkShape } from '../schema/shape/check-shape.js';
import { deadlineOverridesNode } from '../schema/shape/report-shapes.js';
import type { DeadlineOverridesInput } from './deadline-overrides-schema.js';
import { fromZodIssues } from './schema-issues.js';

/** A day of the year as `MM-DD`, in the year after the reporting year. */
export type MonthDay = `${number}-${number}`;

/**
 * When reports are due, per jurisdiction. Days are in the year after the reporting year.
 * Defaults follow 《法治政府建设与责任落实督察工作规定》 (2019): reports by 3月1日,
 * published by 4月1日. Counties usually set an earlier day for towns (e.g. `01-31`).
 */
export interface DeadlineConfig {
  /** Submission deadline per unit level. */
  readonly submit: Readonly<Record<UnitLevel, MonthDay>>;
  /** Publication deadline, every level. */
  readonly publish: MonthDay;
  /**
   * Reports on years before this one follow the older rule of 纲要 2015–2020: due and
   * published within the first quarter (by 3月31日).
   */
  readonly firstReportYearOfCurrentRule: number;
}

/** Overrides for some of the defaults, as a county passes them. */
export interface DeadlineOverrides {
  readonly submit?: Partial<Readonly<Record<UnitLevel, MonthDay>>>;
  readonly publish?: MonthDay;
  readonly firstReportYearOfCurrentRule?: number;
}

/** The statutory defaults. */
export const defaultDeadlines: DeadlineConfig = {
  submit: { province: '03-01', city: '03-01', county: '03-01', town: '03-01', department: '03-01' },
  publish: '04-01',
  // The 规定 took force on 2019-04-15, after reports on 2018 were due in the first quarter.
  firstReportYearOfCurrentRule: 2019,
};

const FIRST_QUARTER_END: MonthDay = '03-31';

/**
 * Checks a deadline configuration (typically a county's JSON file) like any other input:
 * each problem an issue naming its field, in zh-CN and en.
 *
 * @example
 * const parsed = parseDeadlines(JSON.parse(text));
 * if (!parsed.ok) for (const issue of parsed.issues) console.error(issue.path.join('.'), issue.message);
 */
export function parseDeadlines(
  input: unknown,
  locale: Locale = 'zh-CN',
): { ok: true; value: DeadlineOverrides } | { ok: false; issues: ValidationIssue[] } {
  const hostile = forbiddenKeys(input).map((path) =>
    createReadingIssue('forbidden_key', 'error', path, locale, { key: String(path.at(-1)) }),
  );
  if (hostile.length > 0) return { ok: false, issues: hostile };
  const parsed = checkShape<DeadlineOverridesInput>(deadlineOverridesNode, input);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues, locale) };
  const { submit, publish, firstReportYearOfCurrentRule } = parsed.data;
  const value: { -readonly [K in keyof DeadlineOverrides]: DeadlineOverrides[K] } = {};
  if (submit)
    value.submit = Object.fromEntries(Object.entries(submit).filter(([, day]) => day !== undefined)) as NonNullable<
      DeadlineOverrides['submit']
    >;
  if (publish !== undefined) value.publish = publish as MonthDay;
  if (firstReportYearOfCurrentRule !== undefined) value.firstReportYearOfCurrentRule = firstReportYearOfCurrentRule;
  return { ok: true, value };
}

/**
 * Merges a county's overrides into the defaults, checking them as {@link parseDeadlines} does.
 *
 * @throws TypeError naming the bad field when the overrides are malformed (programmer input;
 *   a file a county wrote goes through `parseDeadlines` for messages a clerk can read)
 * @example resolveDeadlines({ submit: { town: '01-31' } }).submit.town // '01-31'
 */
export function resolveDeadlines(overrides?: DeadlineOverrides): DeadlineConfig {
  if (overrides === undefined) return defaultDeadlines;
  const cached = resolved.get(overrides);
  if (cached) return cached;
  const parsed = parseDeadlines(overrides, 'en');
  if (!parsed.ok) {
    throw new TypeError(
      `deadlines: ${parsed.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}`,
    );
  }
  const config: DeadlineConfig = {
    submit: { ...defaultDeadlines.submit, ...parsed.value.submit },
    publish: parsed.value.publish ?? defaultDeadlines.publish,
    firstReportYearOfCurrentRule:
      parsed.value.firstReportYearOfCurrentRule ?? defaultDeadlines.firstReportYearOfCurrentRule,
  };
  resolved.set(overrides, config);
  return config;
}

// Validating many reports with one options object resolves its deadlines once.
const resolved = new WeakMap<DeadlineOverrides, DeadlineConfig>();

/** The concrete due dates of one report, as ISO dates. */
export interface DueDates {
  readonly submitBy: string;
  readonly publishBy: string;
}

/**
 * The due dates for a report on `year` by a unit of `level`.
 *
 * @example dueDates(2023, 'town', resolveDeadlines({ submit: { town: '01-31' } }))
 * // { submitBy: '2024-01-31', publishBy: '2024-04-01' }
 */
export function dueDates(year: number, level: UnitLevel, config: DeadlineConfig = defaultDeadlines): DueDates {
  const next = String(year + 1);
  if (year < config.firstReportYearOfCurrentRule) {
    return { submitBy: `${next}-${FIRST_QUARTER_END}`, publishBy: `${next}-${FIRST_QUARTER_END}` };
  }
  return { submitBy: onDay(next, config.submit[level]), publishBy: onDay(next, config.publish) };
}

/**
 * The publication deadline of reports on `year`: the same for every level (4月1日 of the next year by
 * default, the first quarter before 2019), as `config` sets it.
 *
 * @example publicationDeadline(2023) // '2024-04-01'
 */
export function publicationDeadline(year: number, config: DeadlineConfig = defaultDeadlines): string {
  return dueDates(year, 'town', config).publishBy;
}

/**
 * A county's deadline overrides with one unit's own day (a roster's deadline column, an ISO date)
 * for its level, when that day is for the reports on `year` (a day in `year + 1`): the deadlines
 * the unit's report is judged by, as the collection server judges it. Without an own day for the
 * year, the county's overrides as given.
 *
 * @example withOwnDeadline({ submit: { town: '01-31' } }, 'town', 2023, '2024-02-15')
 * // { submit: { town: '02-15' } }
 */
export function withOwnDeadline(
  county: DeadlineOverrides | undefined,
  level: UnitLevel,
  year: number,
  own: string | undefined,
): DeadlineOverrides | undefined {
  if (!own?.startsWith(`${year + 1}-`) || !isIsoDateText(own)) return county;
  return { ...county, submit: { ...county?.submit, [level]: own.slice(5) as MonthDay } };
}

// 02-29 in a year without it falls back to 02-28 rather than rolling into March.
function onDay(year: string, day: MonthDay): string {
  const month = Number(day.slice(0, 2));
  return Number(day.slice(3)) <= daysInMonth(Number(year), month) ? `${year}-${day}` : `${year}-02-28`;
}

/**
 * Whole days from `deadline` to `date` (positive when late).
 *
 * @example daysLate('2024-03-05', '2024-03-01') // 4
 */
export function daysLate(date: string, deadline: string): number {
  // Calendar days between two ISO dates, counted in UTC so no time zone or DST shifts them.
  // Plain arithmetic: a province's aggregate asks this once per unit.
  return Math.round((utcDay(date) - utcDay(deadline)) / DAY);
}

const DAY = 86_400_000;

function utcDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/**
 * The date a report counts as submitted: its `submittedOn`, else its 落款 `issuedOn` (a report
 * cannot be submitted before it is issued, so a late 落款 proves a late submission).
 */
export function submissionDate(report: {
  readonly submittedOn?: string | undefined;
  readonly issuedOn: string;
}): string {
  return judgedSubmission(report).on;
}

/**
 * How a report's submission compares with its deadline: `days` > 0 means late.
 *
 * @example submissionDelay(report, resolveDeadlines({ submit: { town: '01-31' } })).days // 10
 */
export function submissionDelay(
  report: {
    readonly year: number;
    readonly unit: { readonly level: UnitLevel };
    readonly submittedOn?: string | undefined;
    readonly issuedOn: string;
  },
  config: DeadlineConfig = defaultDeadlines,
): { date: string; deadline: string; days: number } {
  const date = submissionDate(report);
  const deadline = dueDates(report.year, report.unit.level, config).submitBy;
  return { date, deadline, days: daysLate(date, deadline) };
}

/**
 * A submission after its deadline, as validation says it: the code, the field it is said of and
 * the message's params. `late_submission` (报送日期 …) judges the 报送日期 the report gives, `late_issued` its 落款
 * when it gives none;
 * `late_receipt` and `late_receipt_typed` judge the county's first receipt, named so where it is
 * not the 报送日期 the unit typed (with that date beside it as `typed`, when it typed one).
 */
export interface LateSubmission {
  readonly code: 'late_submission' | 'late_issued' | 'late_receipt' | 'late_receipt_typed';
  readonly path: readonly ['submittedOn'] | readonly ['issuedOn'];
  readonly params: {
    readonly date: string;
    readonly deadline: string;
    readonly days: number;
    readonly typed?: string;
  };
}

/**
 * Every code of a late submission (the `code`s of {@link LateSubmission}): what says a report came late,
 * whichever date it was judged by.
 *
 * @example LATE_SUBMISSION_CODES.has(issue.code)
 */
export const LATE_SUBMISSION_CODES: ReadonlySet<string> = new Set<LateSubmission['code']>([
  'late_submission',
  'late_issued',
  'late_receipt',
  'late_receipt_typed',
]);

const SUBMITTED_ON: readonly ['submittedOn'] = ['submittedOn'];
const ISSUED_ON: readonly ['issuedOn'] = ['issuedOn'];

/**
 * Whether a report was submitted after `deadline`, and how validation says so: judged by `judged`
 * (core's {@link judgedSubmission}: a county's first receipt through its server, the date of a
 * report loaded as 历史导入) when given, else by the report's own 报送日期, else its 落款. A date
 * judged that is not the one the unit typed is named for what it is: `late_receipt` (no 报送日期
 * typed) or `late_receipt_typed` (with the typed date as `typed`). Undefined when on time; nothing
 * is allocated then (the deadlines rule asks this of every report).
 *
 * @param deadline - the submission deadline, an ISO date (`dueDates(…).submitBy`, or a unit's own)
 * @example
 * lateSubmission({ issuedOn: '2025-01-10', submittedOn: '2025-01-20' }, '2025-01-31',
 *   { on: '2025-02-03', kind: 'received', differsFromTyped: true })
 * // { code: 'late_receipt_typed', path: ['submittedOn'],
 * //   params: { date: '2025-02-03', deadline: '2025-01-31', days: 3, typed: '2025-01-20' } }
 */
export function lateSubmission(
  report: { readonly submittedOn?: string | undefined; readonly issuedOn: string },
  deadline: string,
  judged?: JudgedSubmission,
): LateSubmission | undefined {
  const typed = report.submittedOn;
  // The same date judgedSubmission gives a report on its own, without building its answer.
  const date = judged ? judged.on : typed || report.issuedOn;
  const days = daysLate(date, deadline);
  if (!(days > 0)) return undefined;
  if (judged?.differsFromTyped && (judged.kind === 'received' || judged.kind === 'loaded')) {
    return typed === undefined
      ? { code: 'late_receipt', path: SUBMITTED_ON, params: { date, deadline, days } }
      : { code: 'late_receipt_typed', path: SUBMITTED_ON, params: { date, deadline, days, typed } };
  }
  return typed
    ? { code: 'late_submission', path: SUBMITTED_ON, params: { date, deadline, days } }
    : { code: 'late_issued', path: ISSUED_ON, params: { date, deadline, days } };
}
