import { aggregateMessages, type AggregateMessages, type Locale } from '@law-report/core/model';
import { stringsOf, type Strings } from './strings.js';

/** The strings of a screen that shows totals across units: every element's, and the totals' own. */
export type TotalsStrings = Strings & { readonly aggregate: AggregateMessages };

// Weak: before the English screens arrive, stringsOf gives a new table each time, and none may be kept.
const tables = new WeakMap<Strings, TotalsStrings>();

/**
 * The strings of the dashboard and the years view: {@link stringsOf} with core's totals' table, which
 * a town's form never loads (it is a table of its own in core for that reason).
 */
export function totalsStringsOf(locale: Locale): TotalsStrings {
  const strings = stringsOf(locale);
  let table = tables.get(strings);
  if (!table) {
    table = { ...strings, aggregate: aggregateMessages[locale] };
    tables.set(strings, table);
  }
  return table;
}
