import type { Catalog } from '../catalog/catalog.js';
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
  /** Every section, depth-first. */
  sections(): readonly LocatedSection[];
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
 * One cross-field rule: a small pure check over a schema-valid report. Rules live one per
 * file under `rules/` and are listed in `rules/index.ts`; the docs' rule table is generated
 * from that list.
 */
export interface Rule {
  /** kebab-case, the same as the file name. */
  readonly name: string;
  /** What it checks, for the generated rule table. */
  readonly description: Messages;
  /** The profiles it runs in. */
  readonly profiles: readonly Profile[];
  /** Every code it can report, with its severity. */
  readonly codes: Readonly<Partial<Record<IssueCode, Severity | 'error or warning'>>>;
  check(report: Report, context: RuleContext): void;
}

/** Profiles every completeness rule runs in. */
export const SUBMIT_AND_PUBLISH: readonly Profile[] = ['submit', 'publish'];
/** Profiles of rules about the data's own integrity. */
export const ALL_PROFILES: readonly Profile[] = ['draft', 'submit', 'publish'];
