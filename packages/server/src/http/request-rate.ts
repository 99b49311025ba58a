import type { FastifyInstance } from 'fastify';
import { hashToken } from '../auth.js';
import { clientOf } from './connections.js';
import { say } from '../messages.js';
import { burstLimiter, type RateLimit } from './rate-limit.js';
import { error } from './schemas.js';

// The API's own paths: /api and everything under it.
const isApi = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

/**
 * Counts every request against its client's address and, when it carries one, its token (each may
 * make `rate.limit` requests at once, then gets them back over `rate.windowMs`): one client asking
 * without pause cannot slow everyone else. Refused before anything else is done (no token looked up,
 * no body read) with 429 `too_many_requests` and `Retry-After`. The address is the one a trusted
 * proxy forwarded (`trustProxy`), else the one that connected; IPv6 addresses count by their /64.
 * Only the API (`/api/…`) is counted: the portal's files and the published pages and files are cheap
 * (kept once rendered), and a public page reading fifty published reports for visitors who share one
 * address (a school, an office, a carrier's NAT) must not be refused.
 *
 * @example limitRequests(app, { limit: 300, windowMs: 15_000 }, Date.now)
 */
export function limitRequests(app: FastifyInstance, rate: RateLimit, now: () => number): void {
  const limiter = burstLimiter(rate, now);
  const perSecond = Math.round((rate.limit / rate.windowMs) * 1000 * 10) / 10;
  app.addHook('onRequest', async (request, reply) => {
    // By the route it matched (a path spelled another way, %61pi, still counts), else by the path asked.
    if (!isApi(request.routeOptions.url ?? request.url)) return;
    const { authorization } = request.headers;
    const answers = [
      limiter.take(`address ${clientOf(request.ip)}`),
      ...(authorization ? [limiter.take(`token ${hashToken(authorization.replace(/^Bearer\s+/i, ''))}`)] : []),
    ];
    const refused = answers.find((answer) => !answer.ok);
    if (!refused || refused.ok) return;
    // A body sent is not read: the connection ends with the answer.
    if (request.headers['content-length'] !== undefined || request.headers['transfer-encoding'] !== undefined)
      void reply.header('connection', 'close');
    return reply
      .code(429)
      .header('retry-after', String(refused.retryAfter))
      .send(
        error(
          'too_many_requests',
          say(request.locale, 'tooManyRequests', { limit: rate.limit, perSecond, seconds: refused.retryAfter }),
        ),
      );
  });
}
