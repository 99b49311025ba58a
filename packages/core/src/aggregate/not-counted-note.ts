import { aggregateMessages } from '../i18n/aggregate-messages.js';
import { defaultCatalog, type Catalog } from '../catalog/catalog.js';
import { formatFigure } from '../domain/qualifiers.js';
import { formatMessage, messages, type Locale } from '../i18n/messages.js';
import type { AggregateResult, NotCountedEntry } from './aggregate-result.js';

/**
 * The note naming a figure left out of the totals beside a larger one of its report (see
 * `AggregateResult.notCounted`): the unit, the phrase and figure as written, the total it is not
 * in, and what to check. The dashboard, the county's CSV and the CLI's table say it in these words.
 *
 * @param entry - one of `result.notCounted`
 * @param locale - the language of the page, sheet or terminal
 * @param catalog - the catalog the aggregate was made with, for the indicator's name
 * @example notCountedNote({ name: '柳林乡', indicator: 'leadership.meetings', bucket: 'year', value: 2, unit: '次', qualifier: 'exact', label: '专题会议' }, 'zh-CN')
 * // '注：柳林乡报告中的“专题会议”2次未计入研究法治建设的会议（全年）合计：同一报告另有更大的数字，只计一个；如是不同的事项，请核对'
 */
export function notCountedNote(entry: NotCountedEntry, locale: Locale, catalog: Catalog = defaultCatalog): string {
  const m = messages[locale];
  return formatMessage(aggregateMessages[locale].notCounted, {
    unit: entry.name,
    label: entry.label,
    figure: formatFigure({ value: entry.value, unit: entry.unit, qualifier: entry.qualifier }, locale),
    indicator: catalog.get(entry.indicator)?.label[locale] ?? entry.indicator,
    scope: m.scopes[entry.bucket],
  });
}

/**
 * The note saying how many counted figures no indicator holds (the importer's `unclassified`),
 * which no total takes, and in which units' reports: the dashboard, the county's CSV and the CLI's
 * table say it, so a figure is never left out unsaid. `undefined` when there are none.
 *
 * @example unclassifiedNote(result, 'zh-CN')
 * // '注：另有 2 个数字未归入任何指标（未归类），不计入任何合计：柳林乡 1 个、石门镇 1 个。如需计入，请在报告中为其选择指标。'
 */
export function unclassifiedNote(
  result: Pick<AggregateResult, 'unclassified' | 'unitsDetail'>,
  locale: Locale,
): string | undefined {
  if (result.unclassified === 0) return undefined;
  const m = aggregateMessages[locale];
  const units = result.unitsDetail.flatMap((unit) =>
    unit.unclassified ? [formatMessage(m.unclassifiedIn, { unit: unit.name, count: unit.unclassified })] : [],
  );
  // An aggregate made before units carried their count (a page's older JSON) names none.
  return formatMessage(units.length > 0 ? m.unclassifiedNote : m.unclassifiedNoteUnnamed, {
    count: result.unclassified,
    units: units.join(m.listSeparator),
  });
}

/**
 * Every note on counted figures no total takes: each figure beside a larger one of its indicator
 * ({@link notCountedNote}), then the figures no indicator holds ({@link unclassifiedNote}). The county's
 * sheet, the dashboard and the years view list them under their totals alike.
 *
 * @example notCountedNotes(result, 'zh-CN', catalog) // ['注：柳林乡另报…不计入合计…', '注：另有 2 个数字未归入任何指标…']
 */
export function notCountedNotes(
  result: Pick<AggregateResult, 'notCounted' | 'unclassified' | 'unitsDetail'>,
  locale: Locale,
  catalog: Catalog = defaultCatalog,
): string[] {
  const notes = (result.notCounted ?? []).map((entry) => notCountedNote(entry, locale, catalog));
  const unclassified = unclassifiedNote(result, locale);
  if (unclassified !== undefined) notes.push(unclassified);
  return notes;
}
