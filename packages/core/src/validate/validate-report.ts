import { defaultCatalog, type Catalog } from '../catalog/catalog.js';
import { chinaToday, isIsoDateText } from '../domain/dates.js';
import type { JudgedSubmission } from '../domain/judged-submission.js';
import type { Locale } from '../i18n/messages.js';
import { parseReport } from '#report-parser';
import { reportNode } from '../schema/shape/report-shapes.js';
import type { Report } from '../schema/report.js';
import type { Metric } from '../schema/metric.js';
import type { Section } from '../schema/section.js';
import { resolveDeadlines, type DeadlineOverrides } from './deadlines.js';
import { createIssue } from './create-issue.js';
import { createReadingIssue, type IssuePath, type Profile, type ValidationIssue } from './issue.js';
import type { IndexedMetric, LocatedSection, RuleContext } from './rule.js';
import { ruleChecks } from './rules/checks.js';
import { forbiddenKeys } from './forbidden-keys.js';
import { fromZodIssues } from './schema-issues.js';

/** Options of {@link validateReport}. */
export interface ValidateOptions {
  /** `draft` (types only), `submit` (default: statutory completeness) or `publish`. */
  readonly profile?: Profile;
  /** A county's deadline overrides, e.g. `{ submit: { town: '01-31' } }`. */
  readonly deadlines?: DeadlineOverrides;
  /**
   * The instant to judge by: "today" is its day in China (Asia/Shanghai), whatever the machine's
   * time zone, for checks that no date lies in the future. Defaults to the current instant.
   */
  readonly now?: Date;
  /** The locale of each issue's `message` (both locales are always in `messages`). */
  readonly locale?: Locale;
  /** The catalog to check indicators against, e.g. with a town's extensions. */
  readonly catalog?: Catalog;
  /**
   * The date the county judges the report's timeliness by (core's `judgedSubmission`): with it,
   * the `deadlines` rule judges that day rather than the report's own 报送日期 or 落款, and a late
   * one it did not type is named for what it is (`late_receipt`, `late_receipt_typed`: 县里收到报告的日期
   * …), in the words of the collection server. Without it, the report's own dates are judged.
   *
   * @example
   * // The town typed 20 January; the county first received the report on 3 February.
   * const judged = judgedSubmission(report, { at: '2025-02-03T02:00:00Z', loaded: false });
   * validateReport(report, { judged, deadlines: { submit: { town: '01-31' } } }).issues
   * // [… { code: 'late_receipt_typed', path: ['submittedOn'], message: '县里收到报告的日期 2025年2月3日 晚于截止日期 2025年1月31日（逾期 3 天；…报告中填写的报送日期是 2025年1月20日）。' }]
   */
  readonly judged?: JudgedSubmission;
}

/** What {@link validateReport} found. */
export interface ValidationResult {
  /** True when no issue is an error. */
  readonly ok: boolean;
  /** The parsed report, when its shape is valid (even if rules found errors). */
  readonly report?: Report;
  readonly issues: readonly ValidationIssue[];
}

/**
 * Checks a report: its shape against {@link ReportSchema}, then every rule of the profile.
 * Never throws on data; bad input comes back as issues.
 *
 * @param input - anything, typically `JSON.parse` of a report file
 * @param options - profile, deadlines, now, locale, catalog, judged
 * @returns `{ ok, report?, issues }`
 * @throws TypeError only for misuse: an unknown profile, an invalid deadline override, or a
 *   `judged` whose `on` is no ISO date
 * @example
 * const { ok, issues } = validateReport(JSON.parse(text), { profile: 'submit' });
 * for (const issue of issues) console.log(issue.severity, issue.path.join('.'), issue.message);
 */
export function validateReport(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const profile = options.profile ?? 'submit';
  if (profile !== 'draft' && profile !== 'submit' && profile !== 'publish') {
    throw new TypeError(`validateReport: unknown profile "${String(profile)}" (draft, submit or publish)`);
  }
  const locale = options.locale ?? 'zh-CN';
  const deadlines = resolveDeadlines(options.deadlines);
  const judged = options.judged;
  if (judged !== undefined && !isIsoDateText(String(judged.on))) {
    throw new TypeError(`validateReport: judged.on "${String(judged.on)}" is no ISO date (YYYY-MM-DD)`);
  }
  // Prototype keys are refused before the schema copies anything, and the report with them.
  const hostile = forbiddenKeys(input).map((path) =>
    createReadingIssue('forbidden_key', 'error', path, locale, { key: String(path.at(-1)) }),
  );
  const parsed = parseReport(input, { reportInput: true });
  const base = {
    profile,
    locale,
    deadlines,
    catalog: options.catalog ?? defaultCatalog,
    today: chinaToday(options.now),
    judged,
  };
  if (!parsed.success || hostile.length > 0) {
    const shape = parsed.success
      ? []
      : fromZodIssues(parsed.error.issues, locale).filter((issue) => !isForbiddenPath(issue.path));
    // Every problem at once, not after the shape's are mended.
    const rest = hostile.length === 0 ? partIssues(input, shape, base) : [];
    return { ok: false, issues: [...hostile, ...shape, ...rest] };
  }
  const report = parsed.data;
  const issues: ValidationIssue[] = [];
  const context = createContext(report, base, issues);
  for (const rule of ruleChecks) {
    if (rule.profiles.includes(profile)) rule.check(report, context);
  }
  return { ok: !issues.some((issue) => issue.severity === 'error'), report, issues };
}

// What a report's fields stand in as where they fail their shape (optional ones are left out): no
// rule that needs a field runs on its stand-in, and what the others say of a stand-in is dropped.
const STAND_IN = '报告';
const STAND_INS: Readonly<Partial<Record<keyof Report, unknown>>> = {
  schemaVersion: '1.0',
  title: STAND_IN,
  year: 2000,
  unit: { name: STAND_IN, level: 'town' },
  issuer: STAND_IN,
  issuedOn: '2001-01-01',
  sections: [],
  metrics: [],
};
// Every field of a report, the optional ones too, as the schema has them: kept as given when their shape holds.
const FIELDS: readonly string[] = reportNode.type === 'object' ? Object.keys(reportNode.props) : [];
// Shape issues that refuse the whole report (data no report has): nothing more is said of it.
const REFUSALS: ReadonlySet<string> = new Set(['sections_too_deep', 'extension_too_deep', 'forbidden_key']);

/**
 * The rules run on a report whose shape fails in some fields: the fields that failed stood in, the
 * rest as given, each rule only when every field it `needs` is as given. So a figure's measure word
 * is judged while the 落款日期 is still blank, and the empty sections are named with it. Nothing
 * when the input is no report at all.
 */
function partIssues(
  input: unknown,
  shape: readonly ValidationIssue[],
  base: Omit<ContextBase, 'issues'>,
): ValidationIssue[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [];
  if (shape.some((issue) => REFUSALS.has(issue.code))) return [];
  const given = input as Record<string, unknown>;
  const failed = new Set<unknown>(shape.map((issue) => issue.path[0]));
  const { parts, silent } = standInItems(given, shape, failed);
  const composed: Record<string, unknown> = { ...STAND_INS };
  for (const key of FIELDS) if (!failed.has(key) && Object.hasOwn(given, key)) composed[key] = parts[key] ?? given[key];
  const parsed = parseReport(composed);
  if (!parsed.success) return [];
  const issues: ValidationIssue[] = [];
  const context = createContext(parsed.data, base, issues);
  for (const rule of ruleChecks) {
    if (!rule.profiles.includes(base.profile) || rule.needs.some((key) => failed.has(key))) continue;
    rule.check(parsed.data, context);
  }
  return issues.filter(
    (issue) => !failed.has(issue.path[0]) && !silent.some((prefix) => startsWith(issue.path, prefix)),
  );
}

// A figure that fails its shape, stood in so the others are judged: no rule speaks of an
// unclassified figure of nothing, and nothing is said of it beyond its own shape's issues.
const NEUTRAL_FIGURE = { indicator: 'unclassified', label: STAND_IN, value: 0, unit: '件', qualifier: 'exact' };

/**
 * Figures and section titles that fail their shape, stood in one by one, so one figure left
 * without a value, or one heading without a title, does not keep every other figure and section
 * from being judged: the figure by a neutral one, the title by a word no rule speaks of. Gives the
 * parts with their stand-ins and the paths nothing may be said under, and takes the parts it stood
 * in for out of `failed`; a part failing otherwise (a section without its kind) stays failed whole.
 */
function standInItems(
  given: Readonly<Record<string, unknown>>,
  shape: readonly ValidationIssue[],
  failed: Set<unknown>,
): { parts: Record<string, unknown>; silent: IssuePath[] } {
  const parts: Record<string, unknown> = {};
  const silent: IssuePath[] = [];
  const of = (key: string) => shape.filter((issue) => issue.path[0] === key);
  const figures = of('metrics');
  if (
    figures.length > 0 &&
    Array.isArray(given.metrics) &&
    figures.every((issue) => typeof issue.path[1] === 'number' && issue.path.length > 2)
  ) {
    const metrics: unknown[] = given.metrics.slice();
    for (const { path } of figures) {
      metrics[path[1] as number] = NEUTRAL_FIGURE;
      silent.push(path.slice(0, 2));
    }
    parts.metrics = metrics;
    failed.delete('metrics');
  }
  const headings = of('sections');
  if (
    headings.length > 0 &&
    Array.isArray(given.sections) &&
    headings.every((issue) => issue.path.at(-1) === 'title' && typeof issue.path.at(-2) === 'number')
  ) {
    const sections: unknown = structuredClone(given.sections);
    for (const { path } of headings) {
      const section = path.slice(1, -1).reduce<unknown>((at, step) => (isObject(at) ? at[step] : undefined), sections);
      if (!isObject(section)) return { parts, silent };
      section.title = STAND_IN;
      silent.push(path);
    }
    parts.sections = sections;
    failed.delete('sections');
  }
  return { parts, silent };
}

function isObject(value: unknown): value is Record<string | number, unknown> {
  return typeof value === 'object' && value !== null;
}

function startsWith(path: IssuePath, prefix: IssuePath): boolean {
  return prefix.every((step, index) => path[index] === step);
}

// The schema reports a top-level __proto__ as an unknown field too: once is enough.
function isForbiddenPath(path: readonly (string | number)[]): boolean {
  const last = path.at(-1);
  return last === '__proto__' || last === 'constructor' || last === 'prototype';
}

type ContextBase = Pick<RuleContext, 'profile' | 'locale' | 'deadlines' | 'catalog' | 'today' | 'judged'>;

function createContext(report: Report, base: ContextBase, issues: ValidationIssue[]): RuleContext {
  let sections: LocatedSection[] | undefined;
  let byId: Map<string, Section> | undefined;
  let byIndicator: Map<string, IndexedMetric[]> | undefined;
  const located = () => (sections ??= flattenSections(report));
  // Named one by one: an object rest and spread here cost a validation 4% of its time.
  return {
    profile: base.profile,
    locale: base.locale,
    deadlines: base.deadlines,
    catalog: base.catalog,
    today: base.today,
    judged: base.judged,
    sections: located,
    sectionsById: () => {
      if (byId) return byId;
      byId = new Map();
      for (const { section } of located()) if (!byId.has(section.id)) byId.set(section.id, section);
      return byId;
    },
    metricsByIndicator: () => (byIndicator ??= groupMetrics(report.metrics)),
    report(code, severity, path, params) {
      issues.push(createIssue(code, severity, path, base.locale, params));
    },
  };
}

function flattenSections(report: Report): LocatedSection[] {
  const out: LocatedSection[] = [];
  const walk = (sections: Report['sections'], prefix: readonly (string | number)[], depth: number) => {
    sections.forEach((section, index) => {
      const path = [...prefix, index];
      out.push({ section, path, depth });
      walk(section.sections, [...path, 'sections'], depth + 1);
    });
  };
  walk(report.sections, ['sections'], 1);
  return out;
}

function groupMetrics(metrics: readonly Metric[]): Map<string, IndexedMetric[]> {
  const groups = new Map<string, IndexedMetric[]>();
  metrics.forEach((metric, index) => {
    const group = groups.get(metric.indicator);
    if (group) group.push({ metric, index });
    else groups.set(metric.indicator, [{ metric, index }]);
  });
  return groups;
}
