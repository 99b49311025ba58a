import { defaultCatalog, type Catalog } from '../catalog/catalog.js';
import { inIndicatorUnit } from '../catalog/measure-words.js';
import { bucketOf, plansSectionIds } from '../aggregate/unit-figures.js';
import type { Locale, MessageParams } from '../i18n/messages.js';
import type { Report } from '../schema/report.js';
import { createIssue } from './create-issue.js';
import type { ValidationIssue } from './issue.js';

/** Options of {@link jumpWarnings}. */
export interface JumpWarningsOptions {
  /** The locale of each issue's `message` (both locales are always in `messages`). */
  readonly locale?: Locale;
  /** The catalog the figures' indicators are looked up in, e.g. with a town's extensions. */
  readonly catalog?: Catalog;
  /** How many times larger or smaller than last year a figure must be to warn: 10 by default. */
  readonly factor?: number;
  /**
   * Pairs whose larger figure is below this, in the word they are compared in, are left alone:
   * small counts swing by ten times in a normal year (1 lawsuit, then 12). 100 by default.
   */
  readonly floor?: number;
}

interface YearFigure {
  readonly index: number;
  readonly label: string;
  readonly value: number;
  readonly word: string;
}

/**
 * The year's figures of `current` that are more than ten times, or less than a tenth of, the
 * same unit's figure for the same indicator in `previous` (its report on an earlier year,
 * typically the year before): warnings a county should see before they reach its totals, such
 * as 5800场 after 300场. Figures are compared as the aggregation totals them: the year's only
 * (not 累计, 截至… or targets), in the indicator's display word (起 and 件 alike, 元 as 万元),
 * a figure in another quantity's word (人 for 人次) against the same word; rates and
 * unclassified figures are not compared. Pure: the caller fetches the previous report.
 *
 * @param previous - the same unit's report on an earlier year
 * @param current - the report being submitted or reviewed; paths point into it
 * @param options - locale, catalog, factor (10), floor (100)
 * @returns `year_jump` warnings, one per indicator and word, in the order of `current.metrics`
 * @example
 * const warnings = jumpWarnings(report2023, report2024);
 * // [{ code: 'year_jump', severity: 'warning', path: ['metrics', 3, 'value'],
 * //    message: '“开展普法活动”2024年为 5800 场，2023年为 300 场，增加到原来的 19.3 倍，请核对。' }]
 */
export function jumpWarnings(previous: Report, current: Report, options: JumpWarningsOptions = {}): ValidationIssue[] {
  const catalog = options.catalog ?? defaultCatalog;
  const factor = options.factor ?? 10;
  const floor = options.floor ?? 100;
  const locale = options.locale ?? 'zh-CN';
  const before = yearFigures(previous, catalog);
  const after = yearFigures(current, catalog);
  const issues: ValidationIssue[] = [];
  for (const [key, now] of after) {
    const then = before.get(key);
    if (!then) continue;
    const larger = Math.max(now.value, then.value);
    const smaller = Math.min(now.value, then.value);
    if (smaller < 0 || larger < floor || larger <= smaller * factor) continue;
    const params = {
      label: now.label,
      value: now.value,
      unit: now.word,
      year: current.year,
      previousValue: then.value,
      previousYear: previous.year,
    };
    issues.push(
      createIssue('year_jump', 'warning', ['metrics', now.index, 'value'], locale, {
        'zh-CN': { ...params, change: change(then.value, now.value, 'zh-CN') },
        en: { ...params, change: change(then.value, now.value, 'en') },
      }),
    );
  }
  return issues.sort((a, b) => Number(a.path[1]) - Number(b.path[1]));
}

// The year's figures by indicator and word; a figure stated twice keeps the larger, as the
// aggregation does (a restatement, not a second count).
function yearFigures(report: Report, catalog: Catalog): Map<string, YearFigure> {
  const inPlans = new Set(plansSectionIds(report.sections));
  const figures = new Map<string, YearFigure>();
  report.metrics.forEach((metric, index) => {
    const definition = catalog.get(metric.indicator);
    if (!definition || definition.kind === 'rate' || bucketOf(metric, inPlans) !== 0) return;
    const converted = inIndicatorUnit(metric.value, metric.unit, definition);
    const word = converted === undefined ? metric.unit : (definition.units[0] ?? metric.unit);
    const value = converted ?? metric.value;
    const key = `${metric.indicator}\u0000${word}`;
    const seen = figures.get(key);
    if (!seen || value > seen.value) figures.set(key, { index, label: metric.label, value, word });
  });
  return figures;
}

// How the figure moved, in words: 增加到原来的 19.3 倍, 减少到原来的 1/25, 由零陡增, 降为零.
function change(then: number, now: number, locale: Locale): MessageParams[string] {
  const zh = locale === 'zh-CN';
  if (then === 0) return zh ? '由零陡增' : 'up from none';
  if (now === 0) return zh ? '降为零' : 'down to none';
  if (now > then) {
    const times = roundRatio(now / then);
    return zh ? `增加到原来的 ${times} 倍` : `${times} times as much`;
  }
  const part = roundRatio(then / now);
  return zh ? `减少到原来的 1/${part}` : `down to 1/${part}`;
}

function roundRatio(ratio: number): number {
  return ratio < 100 ? Math.round(ratio * 10) / 10 : Math.round(ratio);
}
