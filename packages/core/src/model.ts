// `@law-report/core/model`: what a page needs to show, edit, check and aggregate reports (the
// model, the catalog, validation, aggregation, messages), without the importer or renderer. The elements
// load this, so what the importer brings stays out of their first load. A test snapshots it.

// Model
export {
  ReportSchema,
  SCHEMA_VERSION,
  namespacePattern,
  type Report,
  type ReportParseResult,
} from './schema/report.js';
export { parseReport } from '#report-parser';
export { SectionSchema, type Section } from './schema/section.js';
export { MetricSchema, SourceSpanSchema, indicatorKeyPattern, type Metric, type SourceSpan } from './schema/metric.js';
export { UnitSchema, type Unit } from './schema/unit.js';
export {
  IsoDateSchema,
  QualifierSchema,
  ScopeSchema,
  SectionKindSchema,
  UnitLevelSchema,
  type Qualifier,
  type Scope,
  type SectionKind,
  type UnitLevel,
} from './schema/enums.js';
export { isQualifier, isScope, isUnitLevel } from './schema/codes.js';
export { field, fieldMeta, type FieldKey, type FieldMeta } from './schema/field-meta.js';
export {
  inIndicatorUnit,
  MEASURE_WORDS,
  MONEY_FACTORS,
  QUANTITIES,
  quantityOf,
  wordsOf,
  writtenWordsOf,
  type Quantity,
} from './catalog/measure-words.js';
export { reportFormFields, type Codelist, type FormControl, type FormField } from './schema/form-fields.js';

// Indicator catalog
export { CATALOG_VERSION, createCatalog, defaultCatalog, type Catalog } from './catalog/catalog.js';
export { parseCatalog, type ParsedCatalog } from './catalog/parse-catalog.js';
export { indicators } from './catalog/indicators.js';
export {
  ExtensionCatalogSchema,
  IndicatorDefinitionSchema,
  IndicatorKindSchema,
  type ExtensionCatalog,
  type IndicatorDefinition,
  type IndicatorKind,
} from './catalog/indicator.js';

// Validation
export { validateReport, type ValidateOptions, type ValidationResult } from './validate/validate-report.js';
export { jumpWarnings, type JumpWarningsOptions } from './validate/year-jump.js';
export { createIssue } from './validate/create-issue.js';
export {
  formatPath,
  profiles,
  type IssuePath,
  type Profile,
  type Severity,
  type ValidationIssue,
} from './validate/issue.js';
export {
  daysLate,
  defaultDeadlines,
  dueDates,
  LATE_SUBMISSION_CODES,
  lateSubmission,
  parseDeadlines,
  publicationDeadline,
  resolveDeadlines,
  submissionDate,
  submissionDelay,
  withOwnDeadline,
  type DeadlineConfig,
  type DeadlineOverrides,
  type DueDates,
  type LateSubmission,
  type MonthDay,
} from './validate/deadlines.js';
export { DeadlineOverridesSchema } from './validate/deadline-overrides-schema.js';
export { rules } from './validate/rules/index.js';
export type { IndexedMetric, LocatedSection, Rule, RuleContext } from './validate/rule.js';
export { parseJson, type ParseJsonResult } from './validate/parse-json.js';
export { hasNoText, isUnrecognized } from './validate/placeholder-text.js';

// Domain knowledge shared by validation, import, aggregation and the elements
export { COUNTED_CONTENTS, REQUIRED_CONTENTS, STATUTORY_CONTENTS } from './domain/statutory-contents.js';
// Which statutory content a section's title names: the importer's one reading of headings, a file of
// its own (a few patterns, without the importer), so a form gives a section a clerk titles
// 其他需要报告的情况 the kind the importer would, and the two never drift.
export { classifySection } from './import/section-kinds.js';
export {
  chinaDateTime,
  chinaToday,
  formatChinaDate,
  formatChinaDateTime,
  reportingYear,
  yearsIn,
} from './domain/dates.js';
export { encodePathSegment, publicReportPath, type PublicFormat } from './domain/public-paths.js';
export {
  firstReceiptDay,
  judgedSubmission,
  type FirstReceipt,
  type JudgedSubmission,
  type JudgedSubmissionKind,
} from './domain/judged-submission.js';

export {
  differenceQualifier,
  formatChange,
  knownDirection,
  formatFigure,
  qualifierBounds,
  qualifierWord,
  writtenFigure,
  QUALIFIER_PREFIXES,
  QUALIFIER_SUFFIXES,
  sumQualifier,
  type QualifiedChange,
  type QualifiedFigure,
  type QualifierPlace,
  type QualifierWord,
} from './domain/qualifiers.js';

// Messages
export { formatMessage, templatePieces, type MessageParams } from './i18n/format-message.js';
export {
  formatQualified,
  locales,
  messages,
  type IssueCode,
  type ReadingIssueCode,
  type SharedIssueCode,
  type Locale,
  type LocaleMessages,
  type Messages,
} from './i18n/messages.js';
export {
  issueMessages,
  ruleMessages,
  type RuleIssueCode,
  type RuleLocaleMessages,
} from './i18n/rule-messages.js';
// The totals' strings, a table of their own: a town's form, which never totals, does not load them.
export { aggregateMessages, type AggregateMessages } from './i18n/aggregate-messages.js';

// Aggregation: the county's view, which the dashboard draws
export { aggregate, createAggregator, restoreAggregator, type Aggregator } from './aggregate/aggregator.js';
export type { AggregateOptions, ResultOptions } from './aggregate/aggregate-options.js';
export type {
  AggregateResult,
  ApartTotal,
  CountedContent,
  FigureRange,
  IndicatorTotal,
  InputSource,
  NotCountedEntry,
  RateTotal,
  SkipCode,
  Skipped,
  Superseded,
  UnitApartValue,
  UnitDetail,
  UnitStatus,
  UnitValue,
} from './aggregate/aggregate-result.js';
export type { NotCountedFigure } from './aggregate/unit-figures.js';
export { notCountedNote, notCountedNotes, unclassifiedNote } from './aggregate/not-counted-note.js';
export {
  COMPLETENESS_WEIGHTS,
  completeness,
  completenessParts,
  type CompletenessLine,
  type CompletenessPart,
} from './aggregate/completeness.js';
export { AggregatorSnapshotSchema, type AggregatorSnapshot } from './aggregate/snapshot.js';
export { compareReports, type Comparison, type IndicatorChange } from './aggregate/compare-reports.js';
export {
  compareAggregates,
  totalMovedOtherWay,
  type AggregateChange,
  type AggregateComparison,
} from './aggregate/compare-aggregates.js';
export {
  aggregateYears,
  createYearsAggregator,
  type RatePoint,
  type UnitYear,
  type YearPoint,
  type YearsAggregator,
  type YearsOptions,
  type YearsResult,
} from './aggregate/years.js';
export { countedFigures, type CountedFigures } from './aggregate/counted-figures.js';
export { yearsMessages } from './i18n/years-messages.js';
export { coverageOf, type Coverage } from './aggregate/coverage.js';
export {
  daysPublishedLate,
  missingByDeadline,
  notYetDue,
  publishedLate,
  type NotYetDue,
  type PublishedLate,
} from './aggregate/missing-by-deadline.js';
export { formatRange } from './aggregate/format-range.js';
export { publishedPercent } from './aggregate/published-percent.js';
export {
  unitsCsv,
  unitsCsvFileName,
  unknownIndicators,
  unknownNote,
  type UnitsCsvFileNameOptions,
  type UnitsCsvOptions,
} from './aggregate/units-csv.js';
export { indicatorLabel } from './aggregate/indicator-label.js';
export { normaliseUnitName, RosterListedTwiceError, sameUnit } from './aggregate/unit-key.js';
export { parseRosterCsv, type RosterEntry, type RosterProblem, type RosterProblemCode } from './aggregate/roster.js';
