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

/**
 * A limiter of requests per key (a client's address, a token) that allows bursts: each key may make
 * `limit` requests at once, and gets them back steadily over `windowMs` (300 in 15 s: 20 a second
 * once a burst is spent). Keys whose allowance is whole again are forgotten, so the map holds only
 * the keys that asked lately.
 *
 * @example const limiter = burstLimiter({ limit: 300, windowMs: 15_000 }, Date.now); limiter.take(`ip:${request.ip}`)
 */
export function burstLimiter(rate: RateLimit, now: () => number) {
  const perMs = rate.limit / rate.windowMs;
  const buckets = new Map<string, { left: number; at: number }>();
  let swept = 0;
  const leftAt = (bucket: { left: number; at: number }, at: number) =>
    Math.min(rate.limit, bucket.left + (at - bucket.at) * perMs);
  return {
    take(key: string): RateAnswer {
      const at = now();
      // Now and then, the keys that have their whole allowance again are dropped.
      if (buckets.size > 1_000 && at - swept >= 1_000) {
        swept = at;
        for (const [seen, bucket] of buckets) if (leftAt(bucket, at) >= rate.limit) buckets.delete(seen);
      }
      const bucket = buckets.get(key);
      const left = bucket ? leftAt(bucket, at) : rate.limit;
      if (left < 1) return { ok: false, retryAfter: Math.max(1, Math.ceil((1 - left) / perMs / 1000)) };
      buckets.set(key, { left: left - 1, at });
      return { ok: true };
    },
  };
}
