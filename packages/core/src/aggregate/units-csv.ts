import { defaultCatalog, type Catalog } from '../catalog/catalog.js';
import { formatQualified, messages, type Locale } from '../i18n/messages.js';
import type { AggregateResult, UnitDetail } from './aggregator.js';

/** Options of {@link unitsCsv}. */
export interface UnitsCsvOptions {
  /** The language of the headers and statuses (zh-CN by default). */
  readonly locale?: Locale;
  readonly catalog?: Catalog;
  /** The rows in this order (a table sorted on screen); `result.unitsDetail` by default. */
  readonly units?: readonly UnitDetail[];
}

/**
 * The county's table as CSV, one row per unit: status in words, submission date, deadline,
 * days late, completeness, then one column per indicator the units gave (a value with
 * 余/近/约/不足 is written so, never as a bare number). A UTF-8 BOM and CRLF so Excel opens it
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
  const header = [
    m.columns.unit,
    m.columns.status,
    m.columns.submittedOn,
    m.columns.deadline,
    m.columns.daysLate,
    m.columns.completeness,
    ...keys.map((key) => {
      const definition = catalog.get(key);
      return definition ? `${definition.label[locale]}（${definition.units[0] ?? ''}）` : key;
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
        return figure ? formatQualified(figure.value, figure.qualifier, locale) : '';
      }),
    ];
    lines.push(row.map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvCell(text: string): string {
  // A leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
