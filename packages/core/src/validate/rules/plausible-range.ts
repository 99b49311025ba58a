import { inIndicatorUnit } from '../../catalog/measure-words.js';
import { bucketOf, plansSectionIds } from '../../aggregate/unit-figures.js';
import { messages } from '../../i18n/messages.js';
import { SUBMIT_AND_PUBLISH, type RuleCheck, type RuleDoc } from '../rule.js';
import { readableNumber } from './readable-number.js';

/**
 * A year's figure within what a unit of its level plausibly reports (the catalog's `plausible`
 * ceilings: a town's 普法活动 seldom passes 2000场, its 法律咨询 100000人次). Only a warning: a
 * big town may pass them, but a figure far above is more often a slip the county should see
 * before it lands in the totals. Running totals, targets and figures in another quantity's word
 * are not the year's and are left alone; so is 不足… (a ceiling proves nothing too big).
 */
export const plausibleRange: RuleCheck = {
  name: 'plausible-range',
  profiles: SUBMIT_AND_PUBLISH,
  needs: ['unit', 'metrics', 'sections'],
  check(report, context) {
    const level = report.unit.level;
    let inPlans: ReadonlySet<string> | undefined;
    report.metrics.forEach((metric, index) => {
      const definition = context.catalog.get(metric.indicator);
      const limit = definition?.plausible?.[level];
      if (!definition || limit === undefined || metric.qualifier === 'under') return;
      const value = inIndicatorUnit(metric.value, metric.unit, definition);
      if (value === undefined || value <= limit) return;
      inPlans ??= new Set(plansSectionIds(report.sections));
      if (bucketOf(metric, inPlans) !== 0) return;
      const params = {
        label: metric.label,
        value: metric.value,
        unit: metric.unit,
        limitUnit: definition.units[0] ?? metric.unit,
      };
      context.report('implausible_for_level', 'warning', ['metrics', index, 'value'], {
        'zh-CN': { ...params, level: messages['zh-CN'].levels[level], limit: readableNumber(limit, 'zh-CN') },
        en: { ...params, level: messages.en.levels[level].toLowerCase(), limit: readableNumber(limit, 'en') },
      });
    });
  },
};

/** What `plausible-range` checks and reports, for the rule table: apart from the check, so a page that only checks never downloads it. */
export const plausibleRangeDoc: RuleDoc = {
  name: 'plausible-range',
  description: {
    'zh-CN':
      '全年数据不超过该层级单位的常见上限（指标目录中的 plausible，如乡镇一年的普法活动一般不超过 2000 场）；超过时警告，请核对。',
    en: 'A year’s figure stays under the usual ceiling for the unit’s level (the catalog’s plausible, e.g. a town seldom holds over 2,000 publicity events a year); above it warns.',
  },
  codes: { implausible_for_level: 'warning' },
};
