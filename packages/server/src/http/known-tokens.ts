/** The tokens lately found valid, by their hashes: what the request limiter may believe without a lookup. */
export interface KnownTokens {
  /** Whether the token of this hash was found valid, and not found invalid since. */
  has(hash: string): boolean;
  /** Notes that the token of this hash was just found valid (in the store, not expired). */
  add(hash: string): void;
  /** Notes that the token of this hash was just looked up and refused (revoked, expired, never issued). */
  delete(hash: string): void;
}

/**
 * The hashes of the tokens `allow` found valid, in memory, so that the request limiter can count a
 * valid token's requests against the token alone, not against the address it shares with a whole
 * county's offices (one 政务外网 gateway, one NAT). Only a lookup in the store adds a hash, so a token
 * made up by a client is never known: it counts against its address like a request without a token,
 * and the limiter itself never looks anything up. A hash is dropped when a lookup refuses its token
 * (revoked meanwhile, or expired), and the oldest once `cap` are held (a county has some hundreds).
 *
 * @example const known = knownTokens(); known.add(hashToken(token)); known.has(hashToken(token)) // true
 */
export function knownTokens(cap = 10_000): KnownTokens {
  // A Set keeps the order hashes came in: the first is the one least lately found valid.
  const known = new Set<string>();
  return {
    has: (hash) => known.has(hash),
    add(hash) {
      known.delete(hash);
      known.add(hash);
      if (known.size <= cap) return;
      const oldest = known.values().next();
      if (!oldest.done) known.delete(oldest.value);
    },
    delete(hash) {
      known.delete(hash);
    },
  };
}
