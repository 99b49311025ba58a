import type { Catalog } from '../catalog/catalog.js';
import type { Locale } from '../i18n/messages.js';
import type { DeadlineOverrides } from '../validate/deadlines.js';
import type { RosterEntry } from './roster.js';

/** Options of {@link createAggregator} and {@link aggregate}. */
export interface AggregateOptions {
  /** The reporting year; reports on other years are skipped. */
  readonly year: number;
  /** The units the county expects. Without one, every reporting unit is expected. */
  readonly roster?: readonly RosterEntry[];
  /** The county's deadline overrides (a roster entry's own deadline wins). */
  readonly deadlines?: DeadlineOverrides;
  readonly catalog?: Catalog;
  /** The locale of skip reasons. */
  readonly locale?: Locale;
}

/** Options of {@link Aggregator.result}. */
export interface ResultOptions {
  /** Include each unit's figures for the year (`unitsDetail[].values`), for a per-unit table. */
  readonly unitValues?: boolean;
}
