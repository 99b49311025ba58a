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
