import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorAnswer, RequestError, type FrameworkFailure } from '../errors.js';
import { localeOfRequest, say } from '../messages.js';
import { error } from './schemas.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Answers every failure with its own code in the request's language (errors.ts): the routes'
 * throws, the framework's refusals, JSON bodies read strictly (UTF-8 only, a `__proto__` or
 * `constructor.prototype` key refused; no other content type read), unknown routes. Set on the root instance, so every route
 * plugin has it.
 */
export function handleErrors(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((failure: FrameworkFailure, request, reply) => {
    const known = errorAnswer(failure, request.locale, bodyLimit, request.headers['content-type']);
    // A database that failed is the server's to hear about, whatever the client is told.
    if (known?.status === 503) console.error(failure);
    if (known) return reply.code(known.status).send(known.body);
    // The client gets no internals; whoever runs the server gets the whole failure.
    console.error(failure);
    return reply.code(500).send(error('internal', say(request.locale, 'internal')));
  });
  const strictJson = app.getDefaultJsonParser('error', 'error');
  // JSON only: a body of any other type (text/plain, which Fastify reads by default) is 415.
  app.removeContentTypeParser('text/plain');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    // UTF-8 only, as RFC 8259 says, and read strictly: other bytes are refused, never made U+FFFD.
    const charset = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(request.headers['content-type'] ?? '')?.[1];
    if (charset !== undefined && !/^utf-?8$/i.test(charset))
      return done(new RequestError('unsupported_charset', 415), undefined);
    let text: string;
    try {
      text = typeof body === 'string' ? body : UTF8.decode(body);
    } catch {
      return done(new RequestError('bad_encoding'), undefined);
    }
    strictJson(request, text, (failure: Error | null, value?: unknown) => {
      if (!failure) return done(null, value);
      if (text.trim() === '') return done(new RequestError('empty_body'), undefined);
      try {
        JSON.parse(text);
      } catch {
        return done(new RequestError('bad_json'), undefined);
      }
      // Valid JSON the strict parser refused: a key that could poison prototypes.
      return done(new RequestError('forbidden_key'), undefined);
    });
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).send(error('not_found', say(request.locale, 'notFound'))));
}

/**
 * Fastify's `frameworkErrors`: a malformed address is answered before any hook ran, so its
 * language is read here.
 */
export function frameworkErrors(bodyLimit: number) {
  return (failure: FrameworkFailure, request: FastifyRequest, reply: FastifyReply): void => {
    const locale = localeOfRequest(request.headers['accept-language']);
    const known = errorAnswer(failure, locale, bodyLimit);
    void reply.code(known?.status ?? 400).send(known?.body ?? error('bad_request', say(locale, 'badRequest')));
  };
}
