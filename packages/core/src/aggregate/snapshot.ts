import * as z from 'zod/mini';
import { UnitLevelSchema } from '../schema/enums.js';

const source = { file: z.string(), line: z.optional(z.int().check(z.gte(0))) };

const SkipCodeSchema = z.enum([
  'not_a_report',
  'other_year',
  'unreadable',
  'invalid_json',
  'roster_no_name_column',
  'roster_no_name',
  'roster_unknown_level',
  'roster_bad_code',
  'roster_bad_deadline',
  'roster_listed_twice',
  'roster_open_quote',
]);

const QualifierCodeSchema = z.enum(['exact', 'over', 'nearly', 'about', 'under']);

/**
 * An aggregator's state as plain JSON (`aggregator.toJSON()`), for shards that run in other
 * workers or on other machines: `restoreAggregator` checks it against this schema before it
 * trusts a byte of it.
 */
export const AggregatorSnapshotSchema = z.strictObject({
  format: z.literal('law-report/aggregator@1'),
  year: z.int(),
  /** The catalog's indicator keys in order: figures are stored by position. */
  catalog: z.array(z.string()),
  /** The roster as given to the aggregator, so shards prove they count the same units. */
  roster: z.array(z.unknown()),
  units: z.array(
    z.strictObject({
      key: z.string(),
      name: z.string(),
      level: UnitLevelSchema,
      roster: z.nullable(z.int().check(z.gte(0))),
      submitted: z.iso.date(),
      issuedOn: z.iso.date(),
      published: z.boolean(),
      /** The report's 公开日期, when it gives one (absent from older snapshots). */
      publishedOn: z.optional(z.iso.date()),
      completeness: z.number().check(z.gte(0), z.lte(1)),
      kinds: z.int().check(z.gte(0), z.lte(127)),
      figures: z.array(z.number()),
      apart: z.array(
        z.strictObject({
          indicator: z.string(),
          bucket: z.enum(['year', 'cumulative', 'target']),
          unit: z.string(),
          value: z.number(),
          qualifier: QualifierCodeSchema,
        }),
      ),
      unclassified: z.int().check(z.gte(0)),
      /** Words of figures written in another word of their quantity (5项 shown in 件), by slot. */
      words: z.optional(z.array(z.strictObject({ slot: z.int().check(z.gte(0)), unit: z.string() }))),
      /** Figures set aside beside a larger one of the same indicator (absent from older snapshots). */
      notCounted: z.optional(
        z.array(
          z.strictObject({
            indicator: z.string(),
            bucket: z.enum(['year', 'cumulative', 'target']),
            value: z.number(),
            unit: z.string(),
            qualifier: QualifierCodeSchema,
            label: z.string(),
          }),
        ),
      ),
      file: z.string(),
      line: z.nullable(z.int().check(z.gte(0))),
      title: z.string(),
    }),
  ),
  superseded: z.array(z.strictObject({ unit: z.string(), ...source })),
  skipped: z.array(z.strictObject({ code: SkipCodeSchema, reason: z.string(), ...source })),
});

/** An aggregator's state as plain JSON. */
export type AggregatorSnapshot = z.infer<typeof AggregatorSnapshotSchema>;
