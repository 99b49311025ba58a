import type {
  AggregateChange,
  AggregateComparison,
  AggregateResult,
  Catalog,
  IndicatorTotal,
  Locale,
  UnitDetail,
  UnitStatus,
} from '@law-report/core/model';
import { indicatorLabel } from '@law-report/core/model';
import type { AggregateReview, UnitWorkflow } from '../internal/aggregate-review.js';
import type { ReviewStatus } from '../internal/client-base.js';

/** How a table is sorted: `roster` keeps the order the data came in. */
export interface Sort<C extends string> {
  readonly column: C | 'roster';
  readonly descending: boolean;
}

/** The columns the units table sorts by. */
export type UnitColumn = 'name' | 'status' | 'submittedOn' | 'deadline' | 'daysLate' | 'completeness';

/** The columns the figures table sorts by. */
export type FigureColumn = 'label' | 'total' | 'reporting' | 'min' | 'median' | 'max' | 'change';

type Cell = string | number | null;

interface Row<C extends string> {
  readonly order: number;
  readonly cells: Readonly<Record<C, Cell>>;
}

/** A unit's row, with what each column sorts on. */
export interface UnitRow extends Row<UnitColumn> {
  readonly unit: UnitDetail;
  /** Where its report is in the county's review (from a collection server's aggregate). */
  readonly workflow: UnitWorkflow | undefined;
}

/** An indicator's row of the year's totals. */
export interface FigureRow extends Row<FigureColumn> {
  readonly key: string;
  readonly label: string;
  readonly figure: IndicatorTotal;
  readonly change: AggregateChange | undefined;
}

// The units to act on first: nothing submitted, then late, then not published.
const STATUS_ORDER: Readonly<Record<UnitStatus, number>> = {
  missing: 0,
  late: 1,
  unpublished: 2,
  reported: 3,
  unlisted: 4,
};
// Within each, the review's order: nothing sent, returned, waiting for review, filed, published.
const REVIEW_ORDER: Readonly<Record<ReviewStatus, number>> = { returned: 1, submitted: 2, filed: 3, published: 4 };

/** The units table's rows, in the aggregate's order (the roster's), with the review's status when known. */
export function unitRows(units: readonly UnitDetail[], review?: AggregateReview): UnitRow[] {
  return units.map((unit, order) => {
    const workflow = review?.workflow[unit.name];
    return {
      unit,
      workflow,
      order,
      cells: {
        name: unit.name,
        status: STATUS_ORDER[unit.status] * 10 + (workflow ? REVIEW_ORDER[workflow.status] : 0),
        submittedOn: unit.submittedOn,
        deadline: unit.deadline,
        daysLate: unit.daysLate,
        completeness: unit.completeness,
      },
    };
  });
}

/** The year's totals as rows, labelled from the catalog, with last year's change when known. */
export function figureRows(
  result: AggregateResult,
  catalog: Catalog,
  locale: Locale,
  comparison: AggregateComparison | undefined,
): FigureRow[] {
  return Object.entries(result.indicators).map(([key, figure], order) => {
    const change = comparison?.indicators[key];
    const label = indicatorLabel(key, catalog, result, locale) ?? key;
    return {
      key,
      label,
      figure,
      change,
      order,
      cells: {
        label,
        total: figure.total,
        reporting: figure.reporting,
        min: figure.min,
        median: figure.median,
        max: figure.max,
        change: change?.percent ?? change?.change ?? null,
      },
    };
  });
}

/**
 * Rows sorted by a column: numbers by value, text in the locale's collation (pinyin for
 * zh-CN); empty cells last whichever the direction; ties keep the data's order.
 */
export function sortRows<C extends string, R extends Row<C>>(rows: readonly R[], sort: Sort<C>, locale: Locale): R[] {
  const { column, descending } = sort;
  if (column === 'roster') return descending ? [...rows].reverse() : [...rows];
  const collator = new Intl.Collator(locale, { numeric: true });
  return [...rows].sort((a, b) => {
    const x = a.cells[column];
    const y = b.cells[column];
    if (x === null || y === null) return x === y ? a.order - b.order : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return (descending ? -order : order) || a.order - b.order;
  });
}
