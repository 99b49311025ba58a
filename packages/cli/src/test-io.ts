import { Readable } from 'node:stream';
import type { Io, Stdin } from './io.js';

/** An Io that records what a command wrote, for tests; `stdin` is what is piped in (none: nothing is). */
export function recordingIo(cwd: string, errIsTty = false, stdin?: Stdin): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    errIsTty,
    cwd,
    ...(stdin ? { stdin: () => stdin } : {}),
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}

/** Runs the command line in `cwd` and returns the exit code with what was written. Test-only. */
export async function runIn(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runPiped(cwd, undefined, ...args);
}

/**
 * {@link runIn} with `input` piped into stdin (bytes or text, in chunks as given), or `'terminal'` for a stdin
 * that is a terminal (nothing piped: reading it would wait for typing). Test-only.
 */
export async function runPiped(
  cwd: string,
  input: string | Uint8Array | readonly (string | Uint8Array)[] | 'terminal' | undefined,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { run } = await import('./run.js');
  const stdin =
    input === undefined
      ? undefined
      : input === 'terminal'
        ? terminal()
        : Readable.from(Array.isArray(input) ? input : [input], { objectMode: false });
  const io = recordingIo(cwd, false, stdin);
  const code = await run(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

// A stdin that is a terminal no one types into: a read of it never ends, so a test that reads it times out.
function terminal(): Stdin {
  return Object.assign(new Readable({ read() {} }), { isTTY: true });
}
