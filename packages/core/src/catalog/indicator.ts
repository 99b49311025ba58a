import * as z from 'zod/mini';
import { SectionKindSchema, type UnitLevel } from '../schema/enums.js';
import { namespacePattern } from '../schema/report.js';
import { QUANTITY_NAMES, type Quantity } from './measure-words.js';

const messagesSchema = z.strictObject({
  'zh-CN': z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});

/** Whether an indicator counts things, is a percentage, or is money. */
export const IndicatorKindSchema = z.enum(['count', 'rate', 'amount']);
/** Whether an indicator counts things, is a percentage, or is money. */
export type IndicatorKind = z.infer<typeof IndicatorKindSchema>;

const keyPattern = /^[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)+$/;
const namePattern = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/;
const indicatorRef = z.string().check(z.minLength(1));
const ceiling = z.optional(z.number().check(z.positive()));
const plausibleSchema = z.strictObject({
  province: ceiling,
  city: ceiling,
  county: ceiling,
  town: ceiling,
  department: ceiling,
});

const shared = {
  label: messagesSchema,
  units: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  kind: IndicatorKindSchema,
  quantity: z.optional(z.enum(QUANTITY_NAMES)),
  otherUnits: z.optional(z.array(z.string().check(z.minLength(1)))),
  aliases: z.optional(z.array(z.string().check(z.minLength(1)))),
  numerator: z.optional(indicatorRef),
  denominator: z.optional(indicatorRef),
  atMost: z.optional(indicatorRef),
  parts: z.optional(z.array(indicatorRef)),
  plausible: z.optional(plausibleSchema),
};

/** One entry of the indicator catalog. */
export const IndicatorDefinitionSchema = z.strictObject({
  key: z.string().check(z.regex(keyPattern)),
  section: SectionKindSchema,
  ...shared,
});

/**
 * One entry of the indicator catalog: a stable key, labels, the units it is usually
 * written in, its statutory section, importer aliases and the relations validation checks.
 */
export interface IndicatorDefinition {
  readonly key: string;
  readonly label: Readonly<Record<'zh-CN' | 'en', string>>;
  /** The measure words it is usually written in; the first is the one totals are shown in. */
  readonly units: readonly string[];
  readonly kind: IndicatorKind;
  /**
   * What it counts (cases, sessions, person-times…): every measure word of that quantity is
   * summed with the others; see `QUANTITIES`. Defaults to the quantity of the first unit.
   */
  readonly quantity?: Quantity;
  /**
   * Measure words it is also written in that count something else (受众 in 人 rather than
   * 人次): the importer still classifies such figures, the aggregator totals them apart.
   */
  readonly otherUnits?: readonly string[];
  readonly section: z.infer<typeof SectionKindSchema>;
  readonly aliases?: readonly string[];
  /** For rates: the count the rate is the share of … */
  readonly numerator?: string;
  /** … out of this count. */
  readonly denominator?: string;
  /** This count can never exceed that one (成功 ≤ 调解 ≤ 排查). */
  readonly atMost?: string;
  /** This count is made up of these (国家级 + 省级 + … 示范村). */
  readonly parts?: readonly string[];
  /**
   * The most a unit of each level plausibly reports for a year, in the indicator's display word
   * (its first unit): a town's 普法活动 seldom passes 2000场. Generous on purpose, a figure above
   * it is a warning (`implausible_for_level`) asking for a look, never an error.
   */
  readonly plausible?: Readonly<Partial<Record<UnitLevel, number>>>;
}

/**
 * Another town's additions to the catalog. Indicators are named inside the namespace and
 * used in reports as `x-<namespace>.<name>`; their data lives under `extensions.<namespace>`.
 */
export const ExtensionCatalogSchema = z.strictObject({
  namespace: z.string().check(z.regex(namespacePattern)),
  version: z.optional(z.string()),
  label: z.optional(messagesSchema),
  indicators: z.array(
    z.strictObject({
      name: z.string().check(z.regex(namePattern)),
      section: z.optional(SectionKindSchema),
      ...shared,
    }),
  ),
});
/** Another town's additions to the catalog. */
export type ExtensionCatalog = z.infer<typeof ExtensionCatalogSchema>;
