import type { FastifyReply, FastifyRequest } from 'fastify';
import { hashToken } from '../auth.js';
import { chinaDay } from '../china-day.js';
import { say } from '../messages.js';
import type { ReportRecord, Role, TokenRecord } from '../store/store.js';
import { error } from './schemas.js';

// Authorisation as hooks each route declares: who may call it (`onRequest`, before the body is read),
// and whose report it may read (`preHandler`, once the address is checked).

// How often a token's last use is written down.
const LAST_USED_STEP = 60_000;

/**
 * An onRequest hook letting through a token of one of `roles` (401 without a known token, 403 with
 * another role's; 401 `token_expired` with the day it ended for an expired one), noting when the
 * token was last used, and setting `request.token`. With `{ anyone: true }` a request without an
 * Authorization header passes too (a public route that shows a token's holder more). Declared as
 * `onRequest`, so a request without a token is answered before its body is read.
 *
 * @example app.get('/api/aggregate', { onRequest: allow('reviewer') }, …)
 */
export function allow(...args: (Role | { readonly anyone: true })[]) {
  const roles = args.filter((arg): arg is Role => typeof arg === 'string');
  const anyone = args.some((arg) => typeof arg === 'object');
  return async function allowed(request: FastifyRequest, reply: FastifyReply) {
    if (anyone && request.headers.authorization === undefined) return;
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    const hash = match?.[1] ? hashToken(match[1]) : undefined;
    const token = hash === undefined ? undefined : await request.server.store.findToken(hash);
    // A body sent without the right to send it is never read: the connection ends with the answer.
    const refuse = (status: 401 | 403) => {
      if (request.headers['content-length'] !== undefined || request.headers['transfer-encoding'] !== undefined)
        void reply.header('connection', 'close');
      return reply.code(status);
    };
    if (!token) {
      // Revoked since it was known (or never issued): its requests count against their address again.
      if (hash !== undefined) request.server.knownTokens.delete(hash);
      return refuse(401).send(error('unauthorized', say(request.locale, 'unauthorized')));
    }
    const now = request.server.clock();
    if (token.expiresAt !== null && Date.parse(token.expiresAt) <= now.getTime()) {
      request.server.knownTokens.delete(token.hash);
      // Said with the last day it worked, in China (it ends as that day ends).
      return refuse(401).send(
        error(
          'token_expired',
          say(request.locale, 'tokenExpired', { day: chinaDay(new Date(Date.parse(token.expiresAt) - 1)) }),
        ),
      );
    }
    // Found and in force: the request limiter counts its requests against it alone (request-rate.ts).
    request.server.knownTokens.add(token.hash);
    if (!roles.includes(token.role)) return refuse(403).send(error('forbidden', say(request.locale, 'forbidden')));
    request.token = token;
    // When it was last used, to the minute: one write a minute at most per token, and a database
    // that cannot be written (a full disk) does not stop a read.
    if (token.lastUsedAt === null || now.getTime() - Date.parse(token.lastUsedAt) >= LAST_USED_STEP) {
      await request.server.store.touchToken(token.hash, now.toISOString()).catch(() => undefined);
    }
  };
}

/**
 * A preHandler (after `allow`) finding the report of `:id` the token may read, the reviewer any,
 * a unit its own, and setting `request.record`; 404, not 403, for another unit's, so ids cannot
 * be probed.
 */
export async function readableReport(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
  const record = await request.server.store.report(request.params.id);
  const token = tokenOf(request);
  if (!record || (token.role === 'unit' && record.unit !== token.name))
    return reply.code(404).send(error('not_found', say(request.locale, 'notFound')));
  request.record = record;
}

/** The token `allow` let through. @throws TypeError on a route that declared no `allow` (a programming error) */
export function tokenOf(request: FastifyRequest): TokenRecord {
  if (!request.token) throw new TypeError(`tokenOf: ${request.url} has no allow() hook`);
  return request.token;
}

/** The report `readableReport` found. @throws TypeError on a route that declared no `readableReport` */
export function recordOf(request: FastifyRequest): ReportRecord {
  if (!request.record) throw new TypeError(`recordOf: ${request.url} has no readableReport preHandler`);
  return request.record;
}
