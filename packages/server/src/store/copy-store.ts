import type { Store, StoreCounts } from './store.js';

/**
 * Copies everything a county's store keeps into an empty store, through the store interface: the
 * roster, every token hash (the tokens people hold go on working, under the same ids), the
 * county's settings, every report under its own id, every version and every step of the review,
 * instants as they were. The driver does not matter (SQLite into PostgreSQL is the move a county
 * makes). All is written in one transaction or nothing; a target that holds anything is refused
 * with {@link StoreNotEmpty}, so copying again adds nothing. Copy while nothing writes to `from`.
 *
 * @returns how many rows of each table were copied
 * @throws StoreNotEmpty when `to` holds a unit, a token, a setting or a report
 * @example const counts = await copyStore(await openStore('.data/law-report.sqlite'), await openStore('postgres://…/law_report'))
 */
export function copyStore(from: Store, to: Store): Promise<StoreCounts> {
  return to.importRows(from.exportRows());
}
