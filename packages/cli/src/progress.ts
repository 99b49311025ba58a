import type { Io } from './io.js';

/** Draws `label  123` (or `label  123/300`) on stderr while items go by, only when stderr is a terminal. */
export interface Progress {
  tick(): void;
  /** Wipes the line, so a message can be written; the next tick draws it again. */
  clear(): void;
  done(): void;
}

const EVERY_MS = 100;

/**
 * A counter on stderr for long runs (the total of a streamed input is not known ahead,
 * so it counts rather than fills a bar). Silent when stderr is not a terminal, so logs
 * and pipes stay clean.
 */
export function createProgress(io: Io, label: string, total?: number): Progress {
  if (!io.errIsTty) return { tick() {}, clear() {}, done() {} };
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
      io.err(`\r${label} ${count}${total === undefined ? '' : `/${total}`}`);
    },
    clear() {
      if (drawn) io.err('\r\x1b[K');
      drawnAt = 0;
    },
    done() {
      if (drawn) io.err('\r\x1b[K');
    },
  };
}
