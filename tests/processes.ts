// Starting this project's servers as a user does, in a process of their own, for the tests,
// the benchmarks and the screenshot script: `npm start` (the portal and its API) and the built
// `law-report serve`.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../packages/cli/bin/law-report.js', import.meta.url));

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

// The first address a process prints that `pattern` finds, or its output when it exits first.
function addressPrinted(child: ChildProcess, pattern: RegExp, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let said = '';
    const timer = setTimeout(() => reject(new Error(`${what} printed no address:\n${said}`)), 30_000);
    const read = (chunk: Buffer) => {
      said += chunk.toString();
      const match = pattern.exec(said);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code}):\n${said}`));
    });
  });
}

/** `npm start` on a free port and the database `db`: its process (a group leader) and the address it printed. */
export async function startPortal(db: string): Promise<{ child: ChildProcess; address: string }> {
  const port = await freePort();
  const child = spawn(
    'npm',
    ['start', '--', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--db', db],
    { cwd: root, env: { ...process.env, CI: 'true', NO_COLOR: '1' }, detached: true },
  );
  return { child, address: await addressPrinted(child, /Local:\s+(http:\/\/\S+)/, 'npm start') };
}

/** The built `law-report serve --port 0 …args` in `cwd`: its process and its address (no trailing slash). */
export async function startServe(
  args: readonly string[],
  cwd: string,
): Promise<{ child: ChildProcess; address: string }> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], { cwd });
  return { child, address: await addressPrinted(child, /(http:\/\/127\.0\.0\.1:\d+)\//, 'law-report serve') };
}

/** Ends a process started by {@link startPortal} (npm runs the script as a child: the whole group) and waits for it. */
export async function stopGroup(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
}
