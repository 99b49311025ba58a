import type { Locale } from '@law-report/core';
import { say, sayField, type FieldProblem } from './messages.js';
import { StoreUnavailable } from './store/store.js';

// Every error the server answers, its own code and a message in the request's language: its own
// refusals and the framework's (a query the route schema refuses, an empty or malformed JSON
// body, a content type it does not take, a bad percent-encoding), never Fastify's English.

/** The answer to a failed request: its status and `{ error: { code, message } }`. */
export interface ErrorAnswer {
  readonly status: number;
  readonly body: { readonly error: { readonly code: string; readonly message: string } };
}

/** A refusal made while reading the request (the JSON parser's), with the code it is answered with. */
export class RequestError extends Error {
  constructor(
    readonly code: 'empty_body' | 'bad_json' | 'forbidden_key' | 'bad_encoding' | 'unsupported_charset',
    readonly statusCode = 400,
  ) {
    super(code);
  }
}

/** What Fastify hands the error handler. */
export interface FrameworkFailure extends Error {
  readonly code?: string;
  readonly statusCode?: number;
  readonly validation?: readonly AjvProblem[];
  readonly validationContext?: string;
}

interface AjvProblem {
  readonly keyword: string;
  readonly instancePath: string;
  readonly params: Readonly<Record<string, unknown>>;
}

const answer = (status: number, code: string, message: string): ErrorAnswer => ({
  status,
  body: { error: { code, message } },
});

/**
 * The answer to a request that failed before or outside a route's own refusals; undefined for
 * a failure of the server itself (a 500, whose details the client never gets).
 *
 * @example errorAnswer(failure, 'zh-CN', 2 * 1024 * 1024, request.headers['content-type']) // { status: 400, body: { error: { code: 'bad_query', message: '查询参数有误：“year”应为整数' } } }
 */
export function errorAnswer(
  failure: FrameworkFailure,
  locale: Locale,
  bodyLimit: number,
  contentType = '',
): ErrorAnswer | undefined {
  // Nothing was kept: the client may try again, and is told so.
  if (failure instanceof StoreUnavailable) return answer(503, 'store_unavailable', say(locale, 'storeFailed'));
  if (failure instanceof RequestError) {
    // Another charset is a media type not taken: said with the charset.
    if (failure.code === 'unsupported_charset')
      return answer(
        415,
        'unsupported_media_type',
        say(locale, 'unsupportedCharset', {
          charset: /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(contentType)?.[1] ?? '',
        }),
      );
    const keys = {
      empty_body: 'emptyBody',
      bad_json: 'badJson',
      forbidden_key: 'forbiddenKey',
      bad_encoding: 'badEncoding',
    } as const;
    return answer(failure.statusCode, failure.code, say(locale, keys[failure.code]));
  }
  switch (failure.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return answer(413, 'too_large', say(locale, 'tooLarge', { limit: `${Math.round(bodyLimit / 1024)} KiB` }));
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return answer(400, 'empty_body', say(locale, 'emptyBody'));
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return answer(400, 'bad_json', say(locale, 'badJson'));
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return answer(
        415,
        'unsupported_media_type',
        say(locale, 'unsupportedMediaType', { type: contentType.split(';')[0]?.trim() ?? '' }),
      );
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return answer(400, 'bad_content_length', say(locale, 'badContentLength'));
    case 'FST_ERR_BAD_URL':
      return answer(400, 'bad_url', say(locale, 'badUrl'));
    default:
  }
  if (failure instanceof SyntaxError) return answer(400, 'bad_json', say(locale, 'badJson'));
  if (failure.validation) {
    const detail = failure.validation
      .map((problem) => fieldProblem(problem, locale))
      .join(locale === 'en' ? '; ' : '；');
    if (failure.validationContext === 'querystring')
      return answer(400, 'bad_query', say(locale, 'badQuery', { detail }));
    if (failure.validationContext === 'params') return answer(400, 'bad_params', say(locale, 'badParams', { detail }));
    return answer(400, 'bad_body', say(locale, 'badBody', { detail }));
  }
  // Any other refusal of the framework: said, without its English detail.
  if (failure.statusCode !== undefined && failure.statusCode >= 400 && failure.statusCode < 500)
    return answer(failure.statusCode, 'bad_request', say(locale, 'badRequest'));
  return undefined;
}

// The problem of one field, as ajv reported it against a route's schema.
function fieldProblem(problem: AjvProblem, locale: Locale): string {
  const path = problem.instancePath.split('/').filter(Boolean).join('.');
  const { params } = problem;
  const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? value : '');
  const at = (name: unknown): string => [path, text(name)].filter((part) => part !== '').join('.');
  const problems: Readonly<Record<string, [FieldProblem, Readonly<Record<string, string | number>>]>> = {
    additionalProperties: ['unknown', { name: at(params['additionalProperty']) }],
    required: ['required', { name: at(params['missingProperty']) }],
    type: ['type', { name: path, type: text(params['type']) }],
    enum: [
      'enum',
      { name: path, values: Array.isArray(params['allowedValues']) ? params['allowedValues'].join(', ') : '' },
    ],
    minimum: ['minimum', { name: path, limit: text(params['limit']) }],
    maximum: ['maximum', { name: path, limit: text(params['limit']) }],
    maxLength: ['maxLength', { name: path, limit: text(params['limit']) }],
    minLength: ['minLength', { name: path, limit: text(params['limit']) }],
  };
  const [kind, values] = problems[problem.keyword] ?? ['invalid', { name: path }];
  return sayField(locale, kind, values);
}
