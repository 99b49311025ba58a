import { maxHeaderSize } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError, FastifyInstance } from 'fastify';
import { localeOfRequest, say } from '../messages.js';
import { error } from './schemas.js';

// The Accept-Language of what had come of the request when the parser gave up (`rawPacket`, a
// Buffer, though Fastify's types name its JSON form), if it got that far.
const languageOf = (packet: unknown) =>
  /\r\naccept-language:[ \t]*([^\r\n]*)/i.exec(Buffer.isBuffer(packet) ? packet.toString('latin1') : '')?.[1];

/**
 * Fastify's `clientErrorHandler`: a request the HTTP parser refused before any route or hook could
 * see it (a header over 16 KiB, an address too long, garbled bytes, a header line without a colon,
 * a request that took too long to arrive) is answered `{ error: { code, message } }` as every other
 * refusal, in zh-CN, or in English when the part of the request that came asked for it, and the
 * connection is closed.
 */
export function clientErrors(failure: ConnectionError, socket: Socket): void {
  // The client went away: nobody to answer.
  if (failure.code === 'ECONNRESET' || socket.destroyed) return;
  const locale = localeOfRequest(languageOf(failure.rawPacket));
  const [status, reason, body] =
    failure.code === 'HPE_HEADER_OVERFLOW'
      ? [
          431,
          'Request Header Fields Too Large',
          error(
            'header_too_large',
            say(locale, 'headerTooLarge', { limit: `${Math.round(maxHeaderSize / 1024)} KiB` }),
          ),
        ]
      : failure.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', error('request_timeout', say(locale, 'requestTimeout'))]
        : [400, 'Bad Request', error('bad_request', say(locale, 'badRequest'))];
  const text = JSON.stringify(body);
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${text}`,
    );
  socket.destroy();
}

/**
 * An HTTP/1.1 request without a `Host` header (which Node would answer 400 with no body) refused
 * in the contract's shape: 400 `missing_host`. The server is built with `requireHostHeader: false`
 * so that this hook sees it.
 */
export function requireHost(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.raw.httpVersionMajor === 1 && request.raw.httpVersionMinor >= 1 && !request.headers.host)
      return reply
        .code(400)
        .header('connection', 'close')
        .send(error('missing_host', say(request.locale, 'missingHost')));
  });
}
