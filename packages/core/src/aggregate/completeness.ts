import { aggregateMessages } from '../i18n/aggregate-messages.js';
import { REQUIRED_CONTENTS } from '../domain/statutory-contents.js';
import { formatMessage, messages, type Locale } from '../i18n/messages.js';
import type { Report } from '../schema/report.js';
import type { Section } from '../schema/section.js';
import { SECTION_BITS } from './running-totals.js';

/**
 * What a report's 完整度 is made of and how much each part adds, 1 in all: each of the four
 * required contents (履职, 举措, 不足, 安排), at least one quantified fact, 保密审查 recorded,
 * published. The one home of these weights: the aggregator scores by them and the dashboard's
 * note explains the score from them, so the two cannot drift.
 *
 * @example COMPLETENESS_WEIGHTS.published // 0.2
 */
export const COMPLETENESS_WEIGHTS = {
  /** Each required statutory content the report has. */
  content: 0.15,
  /** At least one quantified fact (a figure). */
  figures: 0.1,
  /** 保密审查 recorded. */
  confidentialityReviewed: 0.1,
  /** Published. */
  published: 0.2,
} as const;

/** A part of the 完整度 score: `content` (each required content), `figures`, `confidentialityReviewed`, `published`. */
export type CompletenessPart = keyof typeof COMPLETENESS_WEIGHTS;

/** One part of the 完整度 score in words, with what it adds in percentage points, as the score is shown (80%). */
export interface CompletenessLine {
  readonly part: CompletenessPart;
  /** The part and what it adds, a sentence a clerk reads: 已公开 +20%. */
  readonly text: string;
  /** What the part adds, in percentage points (20 for 0.2). */
  readonly points: number;
}

/**
 * How 完整度 is counted, one line per part, from {@link COMPLETENESS_WEIGHTS}: for a note beside
 * wherever the score is shown.
 *
 * @param locale - the language of the lines (zh-CN by default)
 * @returns the parts in the order they are scored, the required contents first
 * @example completenessParts('zh-CN').map((line) => line.text).at(-1) // '已公开 +20%'
 */
export function completenessParts(locale: Locale = 'zh-CN'): CompletenessLine[] {
  const m = messages[locale];
  const note = aggregateMessages[locale].completenessNote;
  const kinds = REQUIRED_CONTENTS.map((kind) => m.kindsShort[kind]).join(note.separator);
  return (Object.keys(COMPLETENESS_WEIGHTS) as CompletenessPart[]).map((part) => {
    const points = Math.round(COMPLETENESS_WEIGHTS[part] * 100);
    return { part, points, text: formatMessage(note[part], { points, kinds }) };
  });
}

/**
 * How complete one report is, 0 to 1: the four required contents (履职, 举措, 不足, 安排)
 * 0.15 each; at least one quantified fact 0.1; 保密审查 recorded 0.1; published 0.2, as
 * {@link COMPLETENESS_WEIGHTS} weighs them and `completenessParts` says in words.
 *
 * @example completeness(report) // 0.9
 */
export function completeness(report: Report): number {
  return scoreOf(report, kindBits(report.sections));
}

/**
 * The contents a report has, at any depth, one bit per kind (`SECTION_BITS`): what the
 * completeness score and the county's coverage matrix are read from.
 *
 * @param sections - the report's sections
 * @param bits - the bits already found (the sections' parents')
 * @returns the kinds' bits, or-ed together
 * @example kindBits([makeSection('measures')]) // SECTION_BITS.measures
 */
export function kindBits(sections: readonly Section[], bits = 0): number {
  let all = bits;
  for (const section of sections) all = kindBits(section.sections, all | SECTION_BITS[section.kind]);
  return all;
}

/**
 * The {@link completeness} of a report whose contents are already known: the aggregator reads
 * them once for the score and the coverage matrix both.
 *
 * @param report - the report scored
 * @param bits - its contents, from {@link kindBits}
 * @returns the score, 0 to 1, to two decimals
 * @example scoreOf(report, kindBits(report.sections)) // 0.9
 */
export function scoreOf(report: Report, bits: number): number {
  let required = 0;
  for (const kind of REQUIRED_CONTENTS) if (bits & SECTION_BITS[kind]) required += 1;
  const weights = COMPLETENESS_WEIGHTS;
  const score =
    required * weights.content +
    (report.metrics.length > 0 ? weights.figures : 0) +
    (report.confidentialityReviewed === true ? weights.confidentialityReviewed : 0) +
    (report.publishedOn ? weights.published : 0);
  return Math.round(score * 100) / 100;
}
