import { aggregateMessages, formatMessage, RosterListedTwiceError, type Locale } from '@law-report/core/model';

/**
 * What a screen says when the totals cannot be made: a roster that lists one unit twice in the page's words
 * (core's `RosterListedTwiceError`), else the error's own message (bad deadline overrides say theirs).
 */
export function problemOf(error: unknown, locale: Locale): string {
  if (error instanceof RosterListedTwiceError)
    return formatMessage(aggregateMessages[locale].rosterTwice, { first: error.first, second: error.second });
  return error instanceof Error ? error.message : String(error);
}
