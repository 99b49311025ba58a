import { formatFigure, formatMessage, type Catalog, type Locale, type Metric } from '@law-report/core/model';
import { stringsOf } from '../internal/strings.js';

/**
 * What a figure is called where a person must tell it from the others: its words as written
 * with its value (召开党委会…（2次）), else its indicator's label, else its place in the section.
 */
export function metricName(metric: Metric, catalog: Catalog, locale: Locale, place: number): string {
  const m = stringsOf(locale);
  // A label that only repeats the indicator's key (data written by a program) names nothing.
  const written = metric.label?.trim() === metric.indicator ? '' : metric.label?.trim();
  const label = written || catalog.get(metric.indicator)?.label[locale] || '';
  const short = label.length > 16 ? `${label.slice(0, 15)}…` : label;
  // The figure as the report wrote it (10余项, 不少于6场): a heading never shows a bound as exact.
  const value =
    typeof metric.value === 'number' && Number.isFinite(metric.value)
      ? `（${Object.hasOwn(m.qualifiers, metric.qualifier) ? formatFigure(metric, locale) : `${metric.value}${metric.unit ?? ''}`}）`
      : '';
  return short ? `${short}${value}` : formatMessage(m.form.row, { n: place });
}
