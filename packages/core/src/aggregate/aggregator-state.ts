import type { AggregateOptions } from './aggregate-options.js';
import type { Skipped, Superseded } from './aggregate-result.js';
import type { RunningTotals } from './running-totals.js';
import type { CatalogIndex } from './unit-figures.js';
import type { UnitEntry } from './unit-entry.js';

/**
 * What an aggregator keeps, out of its public type: each unit's counted report, the running
 * totals over them, and what was superseded or skipped. Adding, merging, restoring and the
 * result all read and write this one shape.
 */
export interface AggregatorState {
  readonly options: AggregateOptions;
  readonly units: Map<string, UnitEntry>;
  /** The counted units' figures, kept up to date as units report and report again. */
  readonly totals: RunningTotals;
  readonly index: CatalogIndex;
  /** Whether a unit's figures count: with a roster, only the roster's units do. */
  readonly counted: (entry: UnitEntry) => boolean;
  readonly superseded: Superseded[];
  readonly skipped: Skipped[];
}
