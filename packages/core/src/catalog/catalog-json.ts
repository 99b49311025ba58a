import { BUILT_IN_ALIASES } from './aliases.js';
import { CATALOG_VERSION } from './catalog.js';
import type { IndicatorDefinition } from './indicator.js';
import { indicators } from './indicators.js';

/**
 * The built-in catalog as plain JSON (committed as `@law-report/core/catalog.json`), with the
 * importer's aliases, for other towns and tools that do not run JavaScript.
 *
 * @example JSON.stringify(catalogJson(), null, 2)
 */
export function catalogJson(): { version: string; indicators: readonly IndicatorDefinition[] } {
  return {
    version: CATALOG_VERSION,
    indicators: indicators.map((indicator) => {
      const aliases = BUILT_IN_ALIASES[indicator.key];
      return aliases ? { ...indicator, aliases } : indicator;
    }),
  };
}
