import { defaultCatalog, type Catalog } from '../catalog/catalog.js';
import { formatFigure, qualifierWord } from '../domain/qualifiers.js';
import { formatMessage, messages, type Locale, type LocaleMessages } from '../i18n/messages.js';
import type { Qualifier } from '../schema/enums.js';
import type { AggregateResult, ApartTotal, UnitDetail } from './aggregator.js';

/** Options of {@link unitsCsv}. */
export interface UnitsCsvOptions {
  /** The language of the headers, statuses and qualifiers (zh-CN by default). */
  readonly locale?: Locale;
  /** Labels of the columns; extension indicators the aggregate totalled are labelled from `result.labels` without it. */
  readonly catalog?: Catalog;
  /** The rows in this order (a table sorted on screen); `result.unitsDetail` by default. */
  readonly units?: readonly UnitDetail[];
  /**
   * Where each unit's report is in the county's review, by unit name (a collection server's
   * aggregate carries it as `workflow`): adds a 审核状态 column. Without it, no such column.
   */
  readonly workflow?: Readonly<Record<string, { readonly status: keyof LocaleMessages['review'] }>>;
}

/**
 * The county's table as a sheet Excel can total, one row per unit: its review status (with
 * `workflow`), 报送 status in words, submission date, deadline, days late, completeness (a
 * percentage, 80 for 80%, as the dashboard shows it; the header says （%）), then one
 * column per indicator the counted units gave, holding a plain number; the qualifier (以上, 约, 近,
 * 不足) in a column beside it, only for an indicator some unit gave approximately. Then a 合计 row:
 * for counts, amounts and the like the year's total, which is what SUM over the column gives
 * (with the total's qualifier: 以上 makes it a lower bound); for a rate, the rate recomputed from
 * summed counts, never a sum or an average of percentages, written as a county publishes a rate:
 * to one decimal (86.4), as the dashboard and the CLI's table show it. A unit's own figures stay
 * as the unit wrote them. Units not counted (未报送, 不在名册) keep their row
 * but not their figures, so SUM still equals the total. Figures of indicators the catalog does not
 * know follow in notes. A UTF-8 BOM and CRLF so Excel opens it as it is; cells that a spreadsheet
 * would run as a formula are quoted as text. The CLI's `aggregate --format csv`, the collection
 * server's `/api/aggregate?format=csv` and the dashboard's export all write this, under the name
 * {@link unitsCsvFileName} gives.
 *
 * @param result - an aggregate made with `result({ unitValues: true })` (without values, only the unit columns)
 * @example writeFileSync('2023.csv', unitsCsv(aggregator.result({ unitValues: true }), { locale: 'en' }))
 */
export function unitsCsv(result: AggregateResult, options: UnitsCsvOptions = {}): string {
  const locale = options.locale ?? 'zh-CN';
  const catalog = options.catalog ?? defaultCatalog;
  const units = options.units ?? result.unitsDetail;
  const { workflow } = options;
  const all = messages[locale];
  const m = all.aggregate;
  const figuresOf = (unit: UnitDetail) => (counted(unit) ? unit.values : undefined);
  const keys = [...new Set(units.flatMap((unit) => Object.keys(figuresOf(unit) ?? {})))].sort();
  // The measure word a column's header names, which its values are in.
  const unitOf = (key: string) => catalog.get(key)?.units[0] ?? result.labels?.[key]?.unit ?? '';
  const labelOf = (key: string) => catalog.get(key)?.label[locale] ?? result.labels?.[key]?.label[locale];
  const word = (key: string, value: number, qualifier: Qualifier) =>
    qualifierWord({ value, unit: unitOf(key), qualifier }, locale).word.trim();
  // A qualifier column only where a counted unit gave the indicator approximately.
  const approximate = new Set(
    keys.filter((key) => units.some((unit) => (figuresOf(unit)?.[key]?.qualifier ?? 'exact') !== 'exact')),
  );
  const columns = (key: string, value: string, qualifier: string) =>
    approximate.has(key) ? [value, qualifier] : [value];
  const header = [
    m.columns.unit,
    ...(workflow ? [m.csv.review] : []),
    m.csv.status,
    m.columns.submittedOn,
    m.columns.deadline,
    m.columns.daysLate,
    m.csv.completeness,
    ...keys.flatMap((key) => {
      const label = labelOf(key);
      return columns(
        key,
        label === undefined ? key : formatMessage(m.csv.withUnit, { label, unit: unitOf(key) }),
        formatMessage(m.csv.qualifier, { label: label ?? key }),
      );
    }),
  ];
  const lines = [header.map(csvCell).join(',')];
  for (const unit of units) {
    const review = workflow?.[unit.name];
    const row = [
      unit.name,
      ...(workflow ? [review ? all.review[review.status] : ''] : []),
      m.statuses[unit.status],
      unit.submittedOn ?? '',
      unit.deadline,
      unit.daysLate === null ? '' : String(unit.daysLate),
      percentNumber(unit.completeness * 100),
      ...keys.flatMap((key) => {
        const figure = figuresOf(unit)?.[key];
        return figure
          ? columns(key, plainNumber(figure.value), word(key, figure.value, figure.qualifier))
          : columns(key, '', '');
      }),
    ];
    lines.push(row.map(csvCell).join(','));
  }
  const totals = [
    m.csv.total,
    ...header.slice(1, header.length - keys.length - approximate.size).map(() => ''),
    ...keys.flatMap((key) => {
      // A rate is recomputed from the summed counts (exact ones only), never added up.
      const rate = result.rates[key];
      if (rate) return columns(key, rate.value === null ? '' : percentNumber(rate.value), '');
      const total = result.indicators[key];
      return total
        ? columns(key, plainNumber(total.total), word(key, total.total, total.qualifier))
        : columns(key, '', '');
    }),
  ];
  lines.push(totals.map(csvCell).join(','));
  const unknown = unknownIndicators(result, catalog);
  if (unknown.length > 0) lines.push('');
  for (const note of unknown) lines.push(csvCell(unknownNote(note, locale)));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** What {@link unitsCsvFileName} names the sheet by. */
export interface UnitsCsvFileNameOptions {
  /** The county whose units the sheet lists (青川县); without it, the name says the year only. */
  readonly county?: string | undefined;
  /** The year reported on (2023 for the reports written early in 2024). */
  readonly year: number;
  /** The language of the name, as of the sheet's headers (zh-CN by default). */
  readonly locale?: Locale | undefined;
  /**
   * Which reports the totals count (a collection server's `status`): from `submitted` (every
   * report not returned, the default, named as ever) or only `filed` and published ones, or only
   * `published` ones, each named so, since their totals differ.
   */
  readonly countFrom?: 'submitted' | 'filed' | 'published' | undefined;
}

// What Windows, macOS or Linux refuse in a file name.
const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/**
 * The file name of the county's sheet that {@link unitsCsv} writes, one for every place that
 * saves or offers it (the collection server's `Content-Disposition`, the dashboard's download):
 * 青川县2023年法治政府建设年度报告汇总.csv, or without a county 2023年法治政府建设年度报告汇总.csv,
 * so a clerk can tell the file among others in a folder. Characters a file system refuses
 * (\ / : * ? " < > | and control characters) are left out of the county's name. A sheet counting
 * only filed reports says so (…汇总（仅已备案、已公开）.csv): its totals are not those of every report.
 *
 * @param options - the county, the year, the language of the name and which reports the totals count
 * @returns a file name ending in `.csv`
 * @example unitsCsvFileName({ county: '青川县', year: 2023 }) // '青川县2023年法治政府建设年度报告汇总.csv'
 * @example unitsCsvFileName({ year: 2023, locale: 'en' }) // 'Rule-of-law government reports 2023.csv'
 * @example unitsCsvFileName({ county: '青川县', year: 2023, countFrom: 'filed' }) // '青川县2023年法治政府建设年度报告汇总（仅已备案、已公开）.csv'
 */
export function unitsCsvFileName(options: UnitsCsvFileNameOptions): string {
  const m = messages[options.locale ?? 'zh-CN'].aggregate.csv;
  const county = (options.county ?? '').replace(UNSAFE_IN_FILE_NAMES, '').trim();
  const from = options.countFrom ?? 'submitted';
  if (from === 'submitted')
    return formatMessage(county === '' ? m.fileName : m.fileNameOfCounty, { county, year: options.year });
  return formatMessage(county === '' ? m.fileNameCounted : m.fileNameOfCountyCounted, {
    county,
    year: options.year,
    counting: m.counting[from],
  });
}

// Units whose figures make the totals: a unit not on the roster, or with nothing counted, only has a row.
function counted(unit: UnitDetail): boolean {
  return unit.status !== 'unlisted' && unit.status !== 'missing';
}

/**
 * The figures an aggregate totalled apart because its catalog did not know their indicator
 * (another town's `x-…` without its extension catalog): a table or CSV names each in a note.
 *
 * @example unknownIndicators(result, defaultCatalog).map((s) => s.indicator) // ['x-yourtown.gridEvents']
 */
export function unknownIndicators(result: AggregateResult, catalog: Catalog = defaultCatalog): ApartTotal[] {
  return result.apart.filter(
    (total) => catalog.get(total.indicator) === undefined && result.labels?.[total.indicator] === undefined,
  );
}

/**
 * The note naming a figure of an unknown indicator, its total and how many units gave it.
 *
 * @example unknownNote(total, 'zh-CN') // '注：“x-yourtown.gridEvents”不在所用的指标目录中，单独合计全年 20件（2 个单位报送），未列入上表'
 */
export function unknownNote(total: ApartTotal, locale: Locale): string {
  const m = messages[locale];
  return formatMessage(m.aggregate.unknownIndicator, {
    indicator: total.indicator,
    scope: m.scopes[total.scope],
    total: formatFigure({ value: total.total, unit: total.unit, qualifier: total.qualifier }, locale),
    reporting: total.reporting,
  });
}

// A number as a spreadsheet reads one: no grouping, no exponent, at most 4 decimals (sums of 0.1s stay tidy).
function plainNumber(value: number): string {
  return String(Math.round(value * 10_000) / 10_000);
}

// A percentage as a county publishes one: one decimal at most (86.4, 100), rounded as the
// dashboard and the CLI's table round it, so the sheet and the screen never differ by 0.1.
function percentNumber(value: number): string {
  return String(Number(value.toFixed(1)));
}

function csvCell(text: string): string {
  // A leading = + - @ would run as a formula in a spreadsheet; a negative number is still a number.
  const safe = /^[=+\-@]/.test(text) && !/^-\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
