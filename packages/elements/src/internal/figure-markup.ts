import { type Locale, type QualifiedFigure, type Qualifier, writtenFigure } from '@law-report/core/model';
import { formatParts, type Parts, reportText } from './report-text.js';

/**
 * A total (a year's, an indicator's) as a figure core writes: `formatFigure(totalFigure(point))`
 * gives 800起以上, as the summary writes a figure.
 *
 * @example totalFigure({ total: 800, unit: '起', qualifier: 'over' }) // { value: 800, unit: '起', qualifier: 'over' }
 */
export function totalFigure(total: {
  readonly total: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
}): QualifiedFigure {
  return { value: total.total, unit: total.unit, qualifier: total.qualifier };
}

/**
 * A figure as the summary shows it, its measure word marked Chinese in an English view: a total
 * (800起以上, 近800起) or a metric in its report's own word (不少于6场). The markup twin of core's
 * `formatFigure`, from the same `writtenFigure`, so a table cell and its label never differ.
 *
 * @param template - the locale's `{total}{unit}` message (`{total} {unit}` in English)
 * @example figureMarkup(totalFigure(point), y.total, 'en') // ['over 800', ' ', <span lang="zh-CN">起</span>]
 */
export function figureMarkup(figure: QualifiedFigure, template: string, locale: Locale): Parts {
  const { number, unit } = writtenFigure(figure, locale);
  return formatParts(template, { total: number, unit: reportText(unit, locale) });
}
