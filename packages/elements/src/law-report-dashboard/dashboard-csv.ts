import {
  unitsCsv,
  unitsCsvFileName,
  type AggregateResult,
  type Catalog,
  type Locale,
  type UnitDetail,
} from '@law-report/core/model';
import type { AggregateReview, CountFrom } from '../internal/aggregate-review.js';
import { downloadFile } from '../internal/download.js';

// Loaded with the first export: the first render of the dashboard writes no CSV.

/** What the units sheet is made of: the aggregate on screen, in the order on screen. */
export interface CsvSource {
  readonly result: AggregateResult;
  readonly locale: Locale;
  readonly catalog: Catalog;
  /** The units in the order on screen. */
  readonly units: readonly UnitDetail[];
  readonly review: AggregateReview | undefined;
  /** The county's name, when the server knows it: the file is named as the server names it. */
  readonly county: string | undefined;
  /** Which reports a server's aggregate counts: a sheet of filed reports only is named so. */
  readonly countFrom: CountFrom | undefined;
}

/**
 * The units table as a sheet Excel can total: core's `unitsCsv`, as the CLI and the collection
 * server write it (plain numbers, qualifiers in their own column, a 合计 row; with a server's
 * data, each unit's 审核状态 too).
 */
export function csvOf(source: CsvSource): string {
  return unitsCsv(source.result, {
    locale: source.locale,
    catalog: source.catalog,
    units: source.units,
    ...(source.review ? { workflow: source.review.workflow } : {}),
  });
}

/**
 * Downloads the units sheet as a file named as the server and the CLI's docs name it (青川县2023年…汇总.csv;
 * …汇总（仅已备案、已公开）.csv when only filed reports count).
 */
export function downloadCsv(source: CsvSource): void {
  const name = unitsCsvFileName({
    year: source.result.year,
    locale: source.locale,
    ...(source.county ? { county: source.county } : {}),
    countFrom: source.countFrom,
  });
  downloadFile(csvOf(source), name, 'text/csv;charset=utf-8');
}
