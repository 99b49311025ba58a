import type { AggregateResult } from './aggregate-result.js';

/** How many expected units reported, on time and published, and the three rates a county is judged on. */
export interface Coverage {
  readonly expected: number;
  readonly reported: number;
  /** Reported by their deadline. */
  readonly onTime: number;
  /** Reported and published. */
  readonly published: number;
  /** 报送率: reported ÷ expected, in %, `null` when no unit is expected. */
  readonly reportedRate: number | null;
  /** 按时报送率: on time ÷ expected, in %. */
  readonly onTimeRate: number | null;
  /** 公开率: published ÷ expected, in %. */
  readonly publishedRate: number | null;
}

/**
 * The county's three rates from an aggregate: 报送率, 按时报送率 and 公开率, each over the
 * units expected (the roster), so a unit that never reported lowers all three.
 *
 * @example coverageOf(aggregate(reports, { year: 2023, roster })).onTimeRate // 62.5
 */
export function coverageOf(result: AggregateResult): Coverage {
  const { expected, reported, late, unpublished } = result.units;
  const onTime = reported - late.length;
  const published = reported - unpublished.length;
  const rate = (part: number) => (expected === 0 ? null : (part / expected) * 100);
  return {
    expected,
    reported,
    onTime,
    published,
    reportedRate: rate(reported),
    onTimeRate: rate(onTime),
    publishedRate: rate(published),
  };
}
