import type { Catalog } from '../catalog/catalog.js';
import type { JudgedSubmission } from '../domain/judged-submission.js';
import type { IssueCode, Locale, Messages, MessageParams, SharedIssueCode } from '../i18n/messages.js';
import type { Metric } from '../schema/metric.js';
import type { Report } from '../schema/report.js';
import type { Section } from '../schema/section.js';
import type { DeadlineConfig } from './deadlines.js';
import type { IssuePath, Profile, Severity } from './issue.js';

/** A metric with its place in `report.metrics`. */
export interface IndexedMetric {
  readonly metric: Metric;
  readonly index: number;
}

/** A section with its path in the report, depth-first in document order. */
export interface LocatedSection {
  readonly section: Section;
  readonly path: IssuePath;
  readonly depth: number;
}

/** What a rule sees besides the report. */
export interface RuleContext {
  readonly profile: Profile;
  readonly catalog: Catalog;
  readonly deadlines: DeadlineConfig;
  /** Today in China as an ISO date, for "not in the future" checks. */
  readonly today: string;
  readonly locale: Locale;
  /** The date the county judges the report's timeliness by, when validation was given it (`ValidateOptions.judged`). */
  readonly judged?: JudgedSubmission | undefined;
  /** Every section, depth-first. */
  sections(): readonly LocatedSection[];
  /** The first section of each id, depth-first (made once, for every rule that looks sections up). */
  sectionsById(): ReadonlyMap<string, Section>;
  /** Metrics grouped by indicator key. */
  metricsByIndicator(): ReadonlyMap<string, readonly IndexedMetric[]>;
  /** Records one finding. Params may differ per locale (kind names, field labels). */
  report(
    code: SharedIssueCode,
    severity: Severity,
    path: IssuePath,
    params?: MessageParams | Readonly<Record<Locale, MessageParams>>,
  ): void;
}

/**
 * The check of one cross-field rule: a small pure function over a schema-valid report. Rules
 * live one per file under `rules/`, each file holding its check and its {@link RuleDoc}; the
 * checks are listed in `rules/checks.ts`, in the order their issues are reported.
 */
export interface RuleCheck {
  /** kebab-case, the same as the file name. */
  readonly name: string;
  /** The profiles it runs in. */
  readonly profiles: readonly Profile[];
  /**
   * The report's fields it must see as given. When other fields fail their shape (a blank
   * 落款日期), it still runs, on the report with those fields stood in and nothing it says of them
   * kept, so a person hears every problem at once rather than in rounds; when one of these fails,
   * it does not run (a stood-in year would make it speak of every heading).
   */
  readonly needs: readonly (keyof Report)[];
  check(report: Report, context: RuleContext): void;
}

/**
 * What a rule checks and reports, for the generated rule table and for anyone listing the rules.
 * Kept apart from the check, so a page that only checks reports never downloads it.
 */
export interface RuleDoc {
  /** The rule's name, as its check has it. */
  readonly name: string;
  /** What it checks, in both locales. */
  readonly description: Messages;
  /** Every code it can report, with its severity. */
  readonly codes: Readonly<Partial<Record<IssueCode, Severity | 'error or warning'>>>;
}

/**
 * One cross-field rule with what it checks and reports: the registry `rules` lists them, and
 * the docs' rule table is generated from it.
 */
export interface Rule extends RuleCheck, RuleDoc {}

/** Profiles every completeness rule runs in. */
export const SUBMIT_AND_PUBLISH: readonly Profile[] = ['submit', 'publish'];
/** Profiles of rules about the data's own integrity. */
export const ALL_PROFILES: readonly Profile[] = ['draft', 'submit', 'publish'];
