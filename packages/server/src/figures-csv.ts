import { defaultCatalog, messages, type Catalog, type Locale } from '@law-report/core';
import type { CountyAggregate } from './county-aggregate.js';
import { say } from './messages.js';

/** Options of {@link figuresCsv}. */
export interface FiguresCsvOptions {
  /** The language of headers, statuses and qualifiers (zh-CN by default). */
  readonly locale?: Locale;
  readonly catalog?: Catalog;
}

/**
 * The county's figures as a sheet Excel can total: one row per unit (its review status, its
 * 报送 status, dates, completeness), then one column per indicator holding a plain number, with
 * the qualifier (以上, 约…) in a column beside it only for an indicator some unit gave
 * approximately, and a 合计 row: for counts, amounts and the like the year's total (what SUM over
 * the column gives; a lower bound when the qualifier says 以上); for rates, the rate recomputed
 * from summed counts, never a sum of percentages. A UTF-8 BOM and CRLF, so Excel opens it as it is.
 *
 * @example reply.send(figuresCsv(await countyAggregate(store, { year: 2024 }), { locale: 'zh-CN' }))
 */
export function figuresCsv(result: CountyAggregate, options: FiguresCsvOptions = {}): string {
  const locale = options.locale ?? 'zh-CN';
  const catalog = options.catalog ?? defaultCatalog;
  const m = messages[locale];
  // Figures of units not counted (not on the roster) would make SUM differ from the total.
  const counted = (status: string) => status !== 'unlisted' && status !== 'missing';
  const units = result.unitsDetail;
  const keys = [
    ...new Set(units.filter((unit) => counted(unit.status)).flatMap((unit) => Object.keys(unit.values ?? {}))),
  ].sort();
  const approximate = new Set(
    keys.filter((key) =>
      units.some((unit) => counted(unit.status) && (unit.values?.[key]?.qualifier ?? 'exact') !== 'exact'),
    ),
  );
  const header = [
    m.aggregate.columns.unit,
    say(locale, 'csvWorkflow'),
    say(locale, 'csvStatus'),
    m.aggregate.columns.submittedOn,
    m.aggregate.columns.deadline,
    m.aggregate.columns.daysLate,
    m.aggregate.columns.completeness,
    ...keys.flatMap((key) => {
      const definition = catalog.get(key);
      const label = definition
        ? `${definition.label[locale]}（${definition.kind === 'rate' ? '%' : (definition.units[0] ?? '')}）`
        : key;
      return approximate.has(key)
        ? [label, say(locale, 'csvQualifier', { label: definition?.label[locale] ?? key })]
        : [label];
    }),
  ];
  const lines = [header.map(cell).join(',')];
  for (const unit of units) {
    const workflow = result.workflow[unit.name];
    const row = [
      unit.name,
      workflow ? m.review[workflow.status] : '',
      m.aggregate.statuses[unit.status],
      unit.submittedOn ?? '',
      unit.deadline,
      unit.daysLate === null ? '' : String(unit.daysLate),
      String(unit.completeness),
      ...keys.flatMap((key) => {
        const figure = counted(unit.status) ? unit.values?.[key] : undefined;
        const value = figure ? number(figure.value) : '';
        return approximate.has(key)
          ? [value, figure && figure.qualifier !== 'exact' ? m.qualifiers[figure.qualifier] : '']
          : [value];
      }),
    ];
    lines.push(row.map(cell).join(','));
  }
  const totals = [
    say(locale, 'csvTotal'),
    ...Array.from({ length: 6 }, () => ''),
    ...keys.flatMap((key) => {
      if (catalog.get(key)?.kind === 'rate') {
        const rate = result.rates[key]?.value;
        return approximate.has(key)
          ? [rate === null || rate === undefined ? '' : number(rate), '']
          : [rate === null || rate === undefined ? '' : number(rate)];
      }
      const total = result.indicators[key];
      const value = total ? number(total.total) : '';
      return approximate.has(key)
        ? [value, total && total.qualifier !== 'exact' ? m.qualifiers[total.qualifier] : '']
        : [value];
    }),
  ];
  lines.push(totals.map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// A number as Excel reads one: no grouping, no exponent, at most 4 decimals (sums of 0.1s stay tidy).
function number(value: number): string {
  return String(Math.round(value * 10_000) / 10_000);
}

function cell(text: string): string {
  // A leading = + - @ would run as a formula in a spreadsheet; a negative number is still a number.
  const safe = /^[=+\-@]/.test(text) && !/^-\d/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
