import { writtenWordsOf } from '../../catalog/measure-words.js';
import { ALL_PROFILES, type RuleCheck, type RuleDoc } from '../rule.js';

/**
 * Indicators come from the catalog (or a registered extension) and use one of its units;
 * unregistered extensions are kept and reported as info.
 */
export const catalogReferences: RuleCheck = {
  name: 'catalog-references',
  profiles: ALL_PROFILES,
  needs: ['metrics'],
  check(report, context) {
    const { catalog } = context;
    report.metrics.forEach((metric, index) => {
      const { indicator } = metric;
      if (indicator === 'unclassified') return;
      const definition = catalog.get(indicator);
      if (!definition) {
        const namespace = indicator.startsWith('x-') ? indicator.slice(2, indicator.indexOf('.')) : undefined;
        if (namespace !== undefined && !catalog.namespaces.has(namespace)) {
          context.report('unknown_extension', 'info', ['metrics', index, 'indicator'], { key: indicator });
        } else {
          context.report('unknown_indicator', 'warning', ['metrics', index, 'indicator'], { indicator });
        }
        return;
      }
      const words = writtenWordsOf(definition);
      if (!words.includes(metric.unit)) {
        // The indicator by its name in each language, as a clerk reads it (its key is for code).
        const params = { label: metric.label, unit: metric.unit, units: words.join(' ') };
        context.report('unexpected_unit', 'warning', ['metrics', index, 'unit'], {
          'zh-CN': { ...params, indicator: definition.label['zh-CN'] },
          en: { ...params, indicator: definition.label.en },
        });
      }
    });
    for (const key of Object.keys(report.extensions ?? {})) {
      if (!catalog.namespaces.has(key)) context.report('unknown_extension', 'info', ['extensions', key], { key });
    }
  },
};

/** What `catalog-references` checks and reports, for the rule table: apart from the check, so a page that only checks never downloads it. */
export const catalogReferencesDoc: RuleDoc = {
  name: 'catalog-references',
  description: {
    'zh-CN': '指标键在指标目录或已登记的扩展目录中，单位为该指标的常用单位；未登记的扩展原样保留并提示。',
    en: 'Indicator keys are in the catalog or a registered extension and use one of its units; unregistered extensions are kept and reported as info.',
  },
  codes: { unknown_indicator: 'warning', unexpected_unit: 'warning', unknown_extension: 'info' },
};
