import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Sets `Last-Modified` (HTTP dates count whole seconds) and `Cache-Control: no-cache` (a client
 * asks again each time, so a withdrawn report is never shown from a cache), and says whether the
 * request's `If-Modified-Since` is at or after that instant: then the answer is 304 with no body.
 *
 * @example if (notModified(request, reply, published.publishedAt)) return reply.code(304).send();
 */
export function notModified(request: FastifyRequest, reply: FastifyReply, instant: string | undefined): boolean {
  void reply.header('cache-control', 'no-cache');
  if (instant === undefined) return false;
  const seconds = Math.floor(Date.parse(instant) / 1000);
  if (!Number.isFinite(seconds)) return false;
  void reply.header('last-modified', new Date(seconds * 1000).toUTCString());
  const since = request.headers['if-modified-since'];
  if (since === undefined) return false;
  const asked = Date.parse(since);
  return Number.isFinite(asked) && Math.floor(asked / 1000) >= seconds;
}
