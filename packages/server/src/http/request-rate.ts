import type { FastifyInstance, FastifyReply } from 'fastify';
import { hashToken } from '../auth.js';
import { clientOf } from './connections.js';
import type { KnownTokens } from './known-tokens.js';
import { say } from '../messages.js';
import { burstLimiter, type RateAnswer, type RateLimit } from './rate-limit.js';
import { error } from './schemas.js';

// The API's own paths: /api and everything under it.
const isApi = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

/**
 * Counts every request against its client's address, or, when it carries a token lately found valid,
 * against that token alone (each may make `rate.limit` requests at once, then gets them back over
 * `rate.windowMs`): one client asking without pause cannot slow everyone else. Refused before anything
 * else is done (no token looked up, no body read) with 429 `too_many_requests` and `Retry-After`. The
 * address is the one a trusted proxy forwarded (`trustProxy`), else the one that connected; IPv6
 * addresses count by their /64. Only the API (`/api/…`) is counted: the portal's files and the
 * published pages and files are cheap (kept once rendered), and a public page reading fifty published
 * reports for visitors who share one address (a school, an office, a carrier's NAT) must not be refused.
 *
 * A county's town clerks and reviewers often share one address (one 政务外网 gateway, one office NAT):
 * a valid token is the county's own grant to one clerk, so its requests are that clerk's, held to the
 * token's own allowance, and spend nothing of the address's. Which tokens are valid is known only from
 * `known`, the hashes `allow` found in the store: the limiter never looks a token up, so a refused
 * request costs no database work, and a made-up token (never found) counts against its address as well
 * as itself, as a request without a token does: a flood of random tokens is held to the address's limit.
 * A token's first request since the server started counts against the address too (it is not known yet);
 * once the address's share is spent, such requests are let through to the lookup at a tenth of the rate,
 * so a clerk is served and a flood of random tokens costs the store that many lookups and no more.
 *
 * @example limitRequests(app, { limit: 300, windowMs: 15_000 }, Date.now, knownTokens())
 */
export function limitRequests(app: FastifyInstance, rate: RateLimit, now: () => number, known: KnownTokens): void {
  const limiter = burstLimiter(rate, now);
  // Past its address's share, a token not known yet may still be looked up, at a tenth of the rate: a clerk's
  // first request since the server started (or since the county reissued the token) is served, and a flood of
  // made-up tokens from one address costs the store that many lookups a window and no more.
  const lookups = burstLimiter({ limit: Math.max(1, Math.floor(rate.limit / 10)), windowMs: rate.windowMs }, now);
  const perSecond = Math.round((rate.limit / rate.windowMs) * 1000 * 10) / 10;
  app.addHook('onRequest', async (request, reply) => {
    // By the route it matched (a path spelled another way, %61pi, still counts), else by the path asked.
    if (!isApi(request.routeOptions.url ?? request.url)) return;
    const { authorization } = request.headers;
    // The hash `allow` looks up, for a header it reads (`Bearer <token>`); any other header is counted by its own.
    const token = authorization ? hashToken(authorization.replace(/^Bearer\s+/i, '')) : undefined;
    const answers: RateAnswer[] = token === undefined ? [] : [limiter.take(`token ${token}`)];
    if (token === undefined || !known.has(token)) {
      const address = `address ${clientOf(request.ip)}`;
      const byAddress = limiter.take(address);
      const lookedUp = !byAddress.ok && token !== undefined && answers[0]?.ok === true && lookups.take(address).ok;
      answers.push(lookedUp ? { ok: true } : byAddress);
    }
    const refused = answers.find((answer) => !answer.ok);
    if (!refused || refused.ok) return;
    // A body sent is not read: the connection ends with the answer.
    if (request.headers['content-length'] !== undefined || request.headers['transfer-encoding'] !== undefined)
      void reply.header('connection', 'close');
    return tooMany(
      reply,
      refused.retryAfter,
      say(request.locale, 'tooManyRequests', { limit: rate.limit, perSecond, seconds: refused.retryAfter }),
    );
  });
}

/**
 * A 429 `too_many_requests` with `Retry-After` (seconds) and the message a person reads: how every limit of the
 * server refuses, the request rate here and the submission rate in the reports' route.
 *
 * @example return tooMany(reply, 60, say(request.locale, 'tooMany', { … }))
 */
export function tooMany(reply: FastifyReply, retryAfter: number, message: string): FastifyReply {
  return reply.code(429).header('retry-after', String(retryAfter)).send(error('too_many_requests', message));
}
