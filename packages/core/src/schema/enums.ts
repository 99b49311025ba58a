import * as z from 'zod/mini';
import { QUALIFIERS, SCOPES, SECTION_KINDS, UNIT_LEVELS } from './codes.js';

/** Administrative level of the reporting unit. */
export const UnitLevelSchema = z.enum(UNIT_LEVELS);
/** Administrative level of the reporting unit. */
export type UnitLevel = z.infer<typeof UnitLevelSchema>;

/**
 * What a section reports: the five statutory contents (`duties`, `measures`, `shortcomings`,
 * `plans`, `other`), the common local `judgments`, and the `preamble` before the first heading.
 */
export const SectionKindSchema = z.enum(SECTION_KINDS);
/** What a section reports. */
export type SectionKind = z.infer<typeof SectionKindSchema>;

/**
 * How exact a value is: `over` is a lower bound (余/多/逾/以上), `under` an upper bound
 * (不足/不到/以下), `nearly` just below (近/将近), `about` either side (约/左右).
 */
export const QualifierSchema = z.enum(QUALIFIERS);
/** How exact a value is. */
export type Qualifier = z.infer<typeof QualifierSchema>;

/**
 * The period a value covers: the whole year (全年), all time (累计), up to a date (截至), or a
 * `target` for a coming year (下一年度安排, 力争…达到): a target is never an achievement.
 * `target` was added in schema 1.0 without a version change: older data stays valid.
 */
export const ScopeSchema = z.enum(SCOPES);
/** The period a value covers. */
export type Scope = z.infer<typeof ScopeSchema>;

/** ISO calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date();
