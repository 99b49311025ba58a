import { aggregateMessages } from '../i18n/aggregate-messages.js';
import { indicatorLabel } from './indicator-label.js';
import { publishedPercent } from './published-percent.js';
import { formatRange } from './format-range.js';
import { notCountedNotes } from './not-counted-note.js';
import { defaultCatalog, type Catalog } from '../catalog/catalog.js';
import { formatFigure, qualifierWord } from '../domain/qualifiers.js';
import { formatMessage, messages, type Locale, type LocaleMessages } from '../i18n/messages.js';
import type { Qualifier } from '../schema/enums.js';
import type { AggregateResult, ApartTotal, IndicatorTotal, UnitDetail } from './aggregate-result.js';

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
 * percentage, 80 for 80%, as the dashboard shows it; the header says （%）), its 公开日期 (empty
 * when not published, so the units behind the 公开率 can be named), then one
 * column per indicator the counted units gave, holding a plain number; the qualifier (以上, 约, 近,
 * 不足) in a column beside it, only for an indicator some unit gave approximately. Then a 合计 row:
 * for counts, amounts and the like the year's total, which is what SUM over the column gives
 * (with the total's qualifier: 以上 makes it a lower bound); for a rate, the rate recomputed from
 * summed counts, never a sum or an average of percentages, written as a county publishes a rate:
 * to one decimal (86.4), as the dashboard and the CLI's table show it. A unit's own figures stay
 * as the unit wrote them, in its own word: where units wrote an indicator in several words of one
 * quantity (件 and 项), which its 合计 adds up, the header names them and a 量词 column says each
 * row's; a figure in a word of another quantity (人 for 人次) has a column of its own, named for
 * its word, with its own 合计. Units not counted (未报送, 不在名册) keep their row
 * but not their figures, so SUM still equals the total. What is totalled apart from the year
 * follows the table in notes, one cell each, where no SUM over a column takes them in: running
 * totals and figures as of a date (累计, 截至…), targets and target rates, each saying it is not in
 * the year's 合计; then figures of indicators the catalog does not know. A UTF-8 BOM and CRLF so Excel opens it as it is; cells that a spreadsheet
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
  const m = aggregateMessages[locale];
  const counting = units.filter(counted);
  const keys = [...new Set(counting.flatMap((unit) => Object.keys(unit.values ?? {})))].sort();
  // The measure word a column's 合计 is in: the word of the year's total (the word its figures
  // were written in), else the indicator's first unit. A unit's figure without a word of its own
  // is in this word.
  const unitOf = (key: string) =>
    result.indicators[key]?.unit ?? catalog.get(key)?.units[0] ?? result.labels?.[key]?.unit ?? '';
  const labelOf = (key: string) => indicatorLabel(key, catalog, result, locale);
  const word = (unit: string, value: number, qualifier: Qualifier) =>
    qualifierWord({ value, unit, qualifier }, locale).word.trim();
  const qualifierHeader = (label: string) => formatMessage(m.csv.qualifier, { label });
  const groups: ColumnGroup[] = [];
  for (const key of keys) {
    const label = labelOf(key);
    const display = unitOf(key);
    const figures = counting.flatMap((unit) => {
      const figure = unit.values?.[key];
      return figure ? [figure] : [];
    });
    // A county publishes these figures, so a cell is never to be read in a word its unit did
    // not write. Words of one quantity are added into one total (5项 and 7件 of decisions
    // reviewed are 12件), so they share the column Excel sums; where a unit wrote another word
    // than the 合计's, the header lists the words and a 量词 column beside the numbers says each
    // row's, the 合计's too, so a clerk reads 5项 where the unit wrote 5项 and can filter by word.
    const words = [...new Set([display, ...figures.map((figure) => figure.unit ?? display)])];
    const mixed = words.length > 1;
    const approximate = figures.some((figure) => figure.qualifier !== 'exact');
    const name = label ?? key;
    const rate = result.rates[key];
    const total = result.indicators[key];
    groups.push({
      header: [
        label === undefined ? key : formatMessage(m.csv.withUnit, { label, unit: words.join(m.csv.wordSeparator) }),
        ...(mixed ? [formatMessage(m.csv.word, { label: name })] : []),
        ...(approximate ? [qualifierHeader(name)] : []),
      ],
      cells: (unit) => {
        const figure = unit.values?.[key];
        const own = figure ? (figure.unit ?? display) : '';
        return [
          figure ? plainNumber(figure.value) : '',
          ...(mixed ? [own] : []),
          ...(approximate ? [figure ? word(own, figure.value, figure.qualifier) : ''] : []),
        ];
      },
      // A rate is recomputed from the summed counts (exact ones only), never added up.
      total: rate
        ? [
            rate.value === null ? '' : percentNumber(rate.value),
            ...(mixed ? [display] : []),
            ...(approximate ? [''] : []),
          ]
        : [
            total ? plainNumber(total.total) : '',
            ...(mixed ? [total ? display : ''] : []),
            ...(approximate ? [total ? word(display, total.total, total.qualifier) : ''] : []),
          ],
    });
    // Figures in a word of another quantity (人 of an indicator counted in 人次) are totalled
    // apart under their word: each word its own column, with its own 合计, never dropped.
    const apartWords = [
      ...new Set(counting.flatMap((unit) => (unit.apart ?? []).filter((f) => f.indicator === key).map((f) => f.unit))),
    ].sort();
    for (const apartWord of apartWords) groups.push(apartGroup(key, name, apartWord));
  }
  // Indicators with figures only in another quantity's word (no column of their own above).
  const apartOnly = new Map<string, Set<string>>();
  for (const unit of counting)
    for (const figure of unit.apart ?? []) {
      if (keys.includes(figure.indicator) || labelOf(figure.indicator) === undefined) continue;
      let words = apartOnly.get(figure.indicator);
      if (!words) apartOnly.set(figure.indicator, (words = new Set()));
      words.add(figure.unit);
    }
  for (const [key, words] of [...apartOnly].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    for (const apartWord of [...words].sort()) groups.push(apartGroup(key, labelOf(key) ?? key, apartWord));

  function apartGroup(key: string, name: string, unitWord: string): ColumnGroup {
    const of = (unit: UnitDetail) => unit.apart?.find((f) => f.indicator === key && f.unit === unitWord);
    const header = formatMessage(m.csv.withUnit, { label: name, unit: unitWord });
    const approximate = counting.some((unit) => (of(unit)?.qualifier ?? 'exact') !== 'exact');
    const total = result.apart.find((t) => t.scope === 'year' && t.indicator === key && t.unit === unitWord);
    return {
      header: [header, ...(approximate ? [qualifierHeader(header)] : [])],
      cells: (unit) => {
        const figure = of(unit);
        return [
          figure ? plainNumber(figure.value) : '',
          ...(approximate ? [figure ? word(unitWord, figure.value, figure.qualifier) : ''] : []),
        ];
      },
      total: [
        total ? plainNumber(total.total) : '',
        ...(approximate ? [total ? word(unitWord, total.total, total.qualifier) : ''] : []),
      ],
    };
  }

  const fixed = [
    m.columns.unit,
    ...(workflow ? [m.csv.review] : []),
    m.csv.status,
    m.columns.submittedOn,
    m.columns.deadline,
    m.columns.daysLate,
    m.csv.completeness,
    m.csv.publishedOn,
  ];
  const header = [...fixed, ...groups.flatMap((group) => group.header)];
  const lines = [header.map(csvCell).join(',')];
  const none = groups.flatMap((group) => group.header.map(() => ''));
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
      unit.publishedOn ?? '',
      // Units not counted keep their row, not their figures, so SUM still equals the 合计.
      ...(counted(unit) ? groups.flatMap((group) => group.cells(unit)) : none),
    ];
    lines.push(row.map(csvCell).join(','));
  }
  const totals = [m.csv.total, ...fixed.slice(1).map(() => ''), ...groups.flatMap((group) => group.total)];
  lines.push(totals.map(csvCell).join(','));
  // What is totalled apart follows the table as notes, one cell each: text no SUM over a column
  // takes in, each saying it is not in the year's 合计.
  const notes = [
    ...apartNotes(result, locale, (key) => labelOf(key)),
    // A rate recomputed from counts that no unit gave as a percentage has no column: said here.
    ...Object.entries(result.rates)
      .filter(([key, rate]) => rate.value !== null && !keys.includes(key))
      .map(([key, rate]) =>
        formatMessage(m.csv.rateNote, {
          indicator: labelOf(key) ?? key,
          value: percentNumber(rate.value ?? 0),
          numerator: plainNumber(rate.numerator),
          denominator: plainNumber(rate.denominator),
          reporting: rate.reporting,
        }),
      ),
    // A rate column's 合计 is recomputed from counts, never the column's rates averaged: the sheet says so under
    // it, and which units' rates, written without counts, are not in it. Without the note a 合计 of 96.2 under a
    // column holding only 100 looked wrong in Excel (a county clerk's trial).
    ...Object.entries(result.rates)
      .filter(([key, rate]) => keys.includes(key) && (rate.excluded > 0 || rate.value !== null))
      .map(([key, rate]) =>
        formatMessage(
          rate.value === null
            ? m.csv.rateUncountedNote
            : rate.excluded > 0
              ? m.csv.rateTotalNote
              : m.csv.rateColumnNote,
          {
            indicator: labelOf(key) ?? key,
            value: percentNumber(rate.value ?? 0),
            numerator: plainNumber(rate.numerator),
            denominator: plainNumber(rate.denominator),
            reporting: rate.reporting,
            excluded: rate.excluded,
          },
        ),
      ),
    ...unknownIndicators(result, catalog).map((total) => unknownNote(total, locale)),
    ...notCountedNotes(result, locale, catalog),
  ];
  if (notes.length > 0) lines.push('');
  for (const note of notes) lines.push(csvCell(note));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// The columns of one figure in the sheet: its number, then (where needed) its word and qualifier.
interface ColumnGroup {
  readonly header: readonly string[];
  readonly cells: (unit: UnitDetail) => readonly string[];
  readonly total: readonly string[];
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
  const m = aggregateMessages[options.locale ?? 'zh-CN'].csv;
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
  return formatMessage(aggregateMessages[locale].unknownIndicator, {
    indicator: total.indicator,
    scope: m.scopes[total.scope],
    total: formatFigure({ value: total.total, unit: total.unit, qualifier: total.qualifier }, locale),
    reporting: total.reporting,
  });
}

/**
 * The notes under the county's sheet for what the aggregate totalled apart from the year's
 * figures, as the dashboard lists them apart: running totals and figures as of a date (累计,
 * 截至…), the plans' targets, each also in a word of another quantity, and target rates as units
 * set them. Nothing counted is left out of the sheet, and none of these can be read as the
 * year's total.
 */
function apartNotes(result: AggregateResult, locale: Locale, labelOf: (key: string) => string | undefined): string[] {
  const c = aggregateMessages[locale].csv;
  const figure = (value: number, unit: string, qualifier: Qualifier) =>
    formatFigure({ value, unit, qualifier }, locale);
  const note = (key: string, scope: 'cumulative' | 'target', total: IndicatorTotal) =>
    formatMessage(c.apartNote, {
      indicator: labelOf(key) ?? key,
      scope: c.apartScopes[scope],
      total: figure(total.total, total.unit, total.qualifier),
      reporting: total.reporting,
    });
  // Figures in a word of another quantity of an indicator the catalog knows (others have their own note).
  const apart = (scope: 'cumulative' | 'target') =>
    result.apart
      .filter((total) => total.scope === scope && labelOf(total.indicator) !== undefined)
      .map((total) => note(total.indicator, scope, total));
  const sorted = <T>(record: Record<string, T>) =>
    Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [
    ...sorted(result.cumulative).map(([key, total]) => note(key, 'cumulative', total)),
    ...apart('cumulative'),
    ...sorted(result.targets).map(([key, total]) => note(key, 'target', total)),
    ...apart('target'),
    // A target rate is each unit's own aim: shown as set (its range), never added up.
    ...sorted(result.targetRates).map(([key, range]) =>
      formatMessage(c.targetRateNote, {
        indicator: labelOf(key) ?? key,
        range: formatRange(range, locale),
        reporting: range.reporting,
      }),
    ),
  ];
}

// A number as a spreadsheet reads one: no grouping, no exponent, at most 4 decimals (sums of 0.1s stay tidy).
function plainNumber(value: number): string {
  return String(Math.round(value * 10_000) / 10_000);
}

function percentNumber(value: number): string {
  return String(publishedPercent(value));
}

function csvCell(text: string): string {
  // A leading = + - @ would run as a formula in a spreadsheet; a negative number is still a number.
  const safe = /^[=+\-@]/.test(text) && !/^-\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
