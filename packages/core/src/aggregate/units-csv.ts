import { defaultCatalog, type Catalog } from '../catalog/catalog.js';
import { formatFigure } from '../domain/qualifiers.js';
import { formatMessage, messages, type Locale } from '../i18n/messages.js';
import type { AggregateResult, ApartTotal, UnitDetail } from './aggregator.js';

/** Options of {@link unitsCsv}. */
export interface UnitsCsvOptions {
  /** The language of the headers and statuses (zh-CN by default). */
  readonly locale?: Locale;
  /** Labels of the columns; extension indicators the aggregate totalled are labelled from `result.labels` without it. */
  readonly catalog?: Catalog;
  /** The rows in this order (a table sorted on screen); `result.unitsDetail` by default. */
  readonly units?: readonly UnitDetail[];
}

/**
 * The county's table as CSV, one row per unit: status in words, submission date, deadline,
 * days late, completeness, then one column per indicator the units gave: an exact value as a
 * plain number a spreadsheet can sum, a bound with its measure word and qualifier as the summary
 * writes it (800件以上, 近30件), never as a bare number. A UTF-8 BOM and CRLF so Excel opens it
 * as it is; cells that a spreadsheet would run as a formula are quoted as text. The CLI's
 * `aggregate --format csv` and the dashboard's export both write this.
 *
 * @param result - an aggregate made with `result({ unitValues: true })` (without values, only the unit columns)
 * @example writeFileSync('2023.csv', unitsCsv(aggregator.result({ unitValues: true }), { locale: 'en' }))
 */
export function unitsCsv(result: AggregateResult, options: UnitsCsvOptions = {}): string {
  const locale = options.locale ?? 'zh-CN';
  const catalog = options.catalog ?? defaultCatalog;
  const units = options.units ?? result.unitsDetail;
  const m = messages[locale].aggregate;
  const keys = [...new Set(units.flatMap((unit) => Object.keys(unit.values ?? {})))].sort();
  // The measure word a column's header names, which its values are in.
  const unitOf = (key: string) => catalog.get(key)?.units[0] ?? result.labels?.[key]?.unit;
  const header = [
    m.columns.unit,
    m.columns.status,
    m.columns.submittedOn,
    m.columns.deadline,
    m.columns.daysLate,
    m.columns.completeness,
    ...keys.map((key) => {
      const label = catalog.get(key)?.label[locale] ?? result.labels?.[key]?.label[locale];
      return label === undefined ? key : `${label}（${unitOf(key) ?? ''}）`;
    }),
  ];
  const lines = [header.map(csvCell).join(',')];
  for (const unit of units) {
    const row = [
      unit.name,
      m.statuses[unit.status],
      unit.submittedOn ?? '',
      unit.deadline,
      unit.daysLate === null ? '' : String(unit.daysLate),
      String(unit.completeness),
      ...keys.map((key) => {
        const figure = unit.values?.[key];
        if (!figure) return '';
        return figure.qualifier === 'exact'
          ? String(figure.value)
          : formatFigure({ value: figure.value, unit: unitOf(key) ?? '', qualifier: figure.qualifier }, locale);
      }),
    ];
    lines.push(row.map(csvCell).join(','));
  }
  const unknown = unknownIndicators(result, catalog);
  if (unknown.length > 0) lines.push('');
  for (const note of unknown) lines.push(csvCell(unknownNote(note, locale)));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
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

function csvCell(text: string): string {
  // A leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
