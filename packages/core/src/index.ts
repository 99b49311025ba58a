// The public API of @law-report/core: named exports only. A test snapshots this list.
// Everything of `@law-report/core/model`, then the importer, renderer, aggregator and JSON Schema.
export * from './model.js';
export { reportJsonSchema, SCHEMA_ID } from './schema/json-schema.js';
export { catalogJson } from './catalog/catalog-json.js';
export { searchIndicators, type IndicatorMatch, type SearchIndicatorsOptions } from './catalog/search.js';

// Import and render
export { importReport, type ImportOptions, type ImportResult } from './import/import-report.js';
export { renderReport, type RenderFormat, type RenderOptions } from './render/render-report.js';

// Aggregation
export {
  aggregate,
  completeness,
  createAggregator,
  restoreAggregator,
  type AggregateOptions,
  type AggregateResult,
  type Aggregator,
  type ApartTotal,
  type FigureRange,
  type IndicatorTotal,
  type InputSource,
  type RateTotal,
  type ResultOptions,
  type SkipCode,
  type Skipped,
  type Superseded,
  type UnitDetail,
  type UnitStatus,
} from './aggregate/aggregator.js';
export { AggregatorSnapshotSchema, type AggregatorSnapshot } from './aggregate/snapshot.js';
export { compareReports, type Comparison, type IndicatorChange } from './aggregate/compare-reports.js';
export { parseRosterCsv, type RosterEntry, type RosterProblem, type RosterProblemCode } from './aggregate/roster.js';
