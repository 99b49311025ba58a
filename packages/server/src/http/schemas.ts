// The JSON schemas the routes share: validation of what comes in, the OpenAPI document, and the
// serialisation of the refusals each route answers with.

/** `{ error: { code, message } }`. */
export const errorSchema = {
  type: 'object',
  properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } },
} as const;

/** Core's ValidationIssue (the fields a client reads; messages in both languages). */
export const issueSchema = {
  type: 'object',
  properties: {
    code: { type: 'string' },
    severity: { type: 'string', enum: ['error', 'warning', 'info'] },
    path: { type: 'array', items: { type: ['string', 'integer'] } },
    message: { type: 'string' },
    messages: { type: 'object', properties: { 'zh-CN': { type: 'string' }, en: { type: 'string' } } },
    params: { type: 'object', additionalProperties: true },
  },
} as const;

export const issuesSchema = { type: 'array', items: issueSchema } as const;

/** `:id` of a report. */
export const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', maxLength: 64 } },
} as const;

/** A page of a list: `?page=` (from 1) and `?per=` (at most 100). */
export const pageQuery = {
  page: { type: 'integer', minimum: 1, maximum: 100000, default: 1 },
  per: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
} as const;

/** What a paged list answers besides its items. */
export const pageOf = (page: number, per: number, total: number) => ({
  page,
  per,
  total,
  pages: Math.ceil(total / per),
});

/** A reporting year. */
export const yearQuery = { type: 'integer', minimum: 1990, maximum: 2100 } as const;

/** The routes that need a token say so in the OpenAPI document. */
export const bearer = [{ bearer: [] }];

const ANSWERS = {
  400: '请求有误（bad_query、bad_params、bad_body、bad_json、bad_encoding、empty_body、forbidden_key、bad_url、reason_required、bad_request、missing_host）',
  401: '没有令牌或令牌无效（unauthorized），或令牌已过期（token_expired）',
  403: '令牌无权做这件事（forbidden、other_unit、unit_mismatch）',
  404: '没有找到，或不是这个单位的报告（not_found）',
  409: '报告现在的状态不允许这一步（conflict），或这一步针对的版本已不是最新的（version_conflict）',
  413: '请求内容太大（too_large、extensions_too_large）',
  415: '不支持的内容类型或字符编码（unsupported_media_type：只收 UTF-8 的 application/json）',
  429: '请求太频繁（too_many_requests：同一地址或同一令牌的请求（带有效令牌的只计入令牌），或同一令牌的报送，超过了限额；这次请求未处理，Retry-After 说明几秒后再试）',
  422: '报告没有通过核心库的校验（issues；备案、公开时另有 error.code not_ready），或备案、公开时审核人没有确认已完成保密审查而报告中也没有注明（公开时无论报告如何注明都须确认；confidentiality_unconfirmed）',
} as const;

/** A status a route can refuse with. */
export type Refusal = keyof typeof ANSWERS;

/**
 * The response schemas of the refusals a route can answer with, for its `schema.response`; 429
 * always (any client may ask too often).
 *
 * @example schema: { response: { 200: …, ...answers(400, 401, 404) } }
 */
export function answers(...statuses: Refusal[]): Record<number, object> {
  // Any request may be one too many (http/request-rate.ts).
  return Object.fromEntries(
    [...new Set<Refusal>([...statuses, 429])].map((status) => [
      status,
      status === 422
        ? {
            description: ANSWERS[status],
            type: 'object',
            properties: { issues: issuesSchema, error: errorSchema.properties.error },
          }
        : { description: ANSWERS[status], ...errorSchema },
    ]),
  );
}

/** A refusal's body. */
export const error = (code: string, message: string) => ({ error: { code, message } });
