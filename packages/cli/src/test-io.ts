import type { Io } from './io.js';

/** An Io that records what a command wrote, for tests. */
export function recordingIo(cwd: string, errIsTty = false): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    errIsTty,
    cwd,
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
  const { run } = await import('./run.js');
  const io = recordingIo(cwd);
  const code = await run(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}
