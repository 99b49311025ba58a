/** How many requests one key may make in a window. */
export interface RateLimit {
  readonly limit: number;
  readonly windowMs: number;
}

/** What a limiter said of one request: allowed, or refused with the seconds until it may try again. */
export type RateAnswer = { readonly ok: true } | { readonly ok: false; readonly retryAfter: number };

/**
 * A small in-memory limiter of fixed windows per key (a token's hash): a county's ≈50 units on
 * one process need no shared store. Windows that ended are dropped as new ones start, so the map
 * holds at most the keys seen in one window.
 *
 * @example const limiter = rateLimiter({ limit: 30, windowMs: 3_600_000 }, Date.now); limiter.take(token.hash)
 */
export function rateLimiter(rate: RateLimit, now: () => number) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(key: string): RateAnswer {
      const at = now();
      for (const [seen, window] of windows) if (at - window.start >= rate.windowMs) windows.delete(seen);
      const window = windows.get(key) ?? { start: at, count: 0 };
      windows.set(key, window);
      if (window.count >= rate.limit)
        return { ok: false, retryAfter: Math.max(1, Math.ceil((window.start + rate.windowMs - at) / 1000)) };
      window.count += 1;
      return { ok: true };
    },
  };
}
