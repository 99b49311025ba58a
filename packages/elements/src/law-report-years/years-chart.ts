import { formatFigure, type Locale, type YearPoint } from '@law-report/core/model';
import { svg, type TemplateResult } from 'lit';
import { totalFigure } from '../internal/figure-markup.js';

/**
 * One indicator's totals over the years as bars drawn by hand (one per year, scaled to the
 * largest), named for screen readers by `label`; the numbers themselves are in the table's cells
 * beside it, so the chart adds the shape, not a second copy of the data. Each bar's title joins its
 * year and total with `colon` (the locale's: ：in Chinese, : in English).
 */
export function yearsChart(
  points: readonly (YearPoint | null)[],
  label: string,
  locale: Locale,
  colon: string,
): TemplateResult {
  const width = Math.max(60, points.length * 14);
  const height = 28;
  const step = width / Math.max(1, points.length);
  const max = Math.max(1, ...points.map((point) => point?.total ?? 0));
  return svg`<svg class="trend" role="img" aria-label=${label} viewBox="0 0 ${width} ${height}" width=${width} height=${height}>
    ${points.map((point, i) => {
      if (!point)
        return svg`<rect class="none" x=${i * step} y=${height - 1} width=${Math.max(1, step - 2)} height="1"></rect>`;
      const h = Math.max(1, (point.total / max) * height);
      return svg`<rect x=${i * step} y=${height - h} width=${Math.max(1, step - 2)} height=${h}><title>${point.year}${colon}${formatFigure(totalFigure(point), locale)}</title></rect>`;
    })}
  </svg>`;
}
