import { aggregateMessages } from '../i18n/aggregate-messages.js';
import { formatFigure } from '../domain/qualifiers.js';
import { formatMessage, type Locale } from '../i18n/messages.js';
import type { FigureRange } from './aggregate-result.js';

/**
 * What units gave for one figure, as a range a county writes (90%至100%), or the one figure where
 * they all gave the same: target rates are each unit's own aim, shown as set, never added up.
 *
 * @param range - the figures' least and greatest, their measure word and weakest qualifier
 * @param locale - the language of the words (zh-CN by default)
 * @returns the range in words
 * @example formatRange({ min: 90, max: 100, unit: '%', qualifier: 'exact' }) // '90%至100%'
 */
export function formatRange(
  range: Pick<FigureRange, 'min' | 'max' | 'unit' | 'qualifier'>,
  locale: Locale = 'zh-CN',
): string {
  const figure = (value: number) => formatFigure({ value, unit: range.unit, qualifier: range.qualifier }, locale);
  if (range.min === range.max) return figure(range.min);
  return formatMessage(aggregateMessages[locale].csv.range, { min: figure(range.min), max: figure(range.max) });
}
