import type { FastifyInstance } from 'fastify';

/**
 * The Content-Security-Policy of every answer: the portal's and the public pages' own scripts,
 * styles and fetches only (inline styles allowed: the public pages and the elements' styles are
 * inline; inline scripts never), no plugins, and no page of this server framed by another site.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Headers a government site sends with every answer (the API's, the portal's files, the public's
 * pages, every refusal): the CSP above, `X-Content-Type-Options: nosniff`, `X-Frame-Options:
 * DENY` for browsers without `frame-ancestors`, `Referrer-Policy: no-referrer` (a report's address
 * names the unit) and `Cross-Origin-Opener-Policy: same-origin`; and `Cache-Control: no-store` on
 * every answer to a request with a token, so no cache or shared computer keeps what a token read.
 *
 * @example securityHeaders(app)
 */
export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    void reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('x-frame-options', 'DENY');
    void reply.header('referrer-policy', 'no-referrer');
    void reply.header('cross-origin-opener-policy', 'same-origin');
    if (request.headers.authorization !== undefined) void reply.header('cache-control', 'no-store');
    return payload;
  });
}
