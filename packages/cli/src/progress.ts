import type { Io } from './io.js';

/** Draws `label  123` on stderr while items go by, only when stderr is a terminal. */
export interface Progress {
  tick(): void;
  done(): void;
}

const EVERY_MS = 100;

/**
 * A counter on stderr for long runs (the total of a streamed input is not known ahead,
 * so it counts rather than fills a bar). Silent when stderr is not a terminal, so logs
 * and pipes stay clean.
 */
export function createProgress(io: Io, label: string): Progress {
  if (!io.errIsTty) return { tick() {}, done() {} };
  let count = 0;
  let drawnAt = 0;
  let drawn = false;
  return {
    tick() {
      count += 1;
      const now = Date.now();
      if (now - drawnAt < EVERY_MS) return;
      drawnAt = now;
      drawn = true;
      io.err(`\r${label} ${count}`);
    },
    done() {
      if (drawn) io.err('\r\x1b[K');
    },
  };
}
