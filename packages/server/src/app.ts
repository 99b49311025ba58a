import cors from '@fastify/cors';
import serveStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { validateReport, type DeadlineOverrides, type Locale, type Report } from '@law-report/core';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { hashToken } from './auth.js';
import { errorAnswer, RequestError, type FrameworkFailure } from './errors.js';
import { chinaDay } from './china-day.js';
import { checkSubmission } from './submission-check.js';
import { unitKey } from './unit-name.js';
import { COUNTED, countyAggregate, countyName, type CountFrom, type DeadlineSource } from './county-aggregate.js';
import { figuresCsv } from './figures-csv.js';
import { conflict, localeOfRequest, notReady, say } from './messages.js';
import { StateConflict, type ReportRecord, type ReportStatus, type Store, type TokenRecord, type VersionRecord } from './store/store.js';
import { allowedActions, STATUSES, TRANSITIONS } from './workflow.js';

/** Options of {@link buildApp}. */
export interface AppOptions {
  readonly store: Store;
  /** The county's deadline overrides, for validation and the aggregate; without them, those the store keeps (`serve --deadlines`). */
  readonly deadlines?: DeadlineOverrides;
  /** Origins allowed to call the API from a browser (`*` for any); none by default. */
  readonly corsOrigins?: readonly string[];
  /** The largest request body accepted, in bytes (default 2 MiB: a long report is ~100 kB). */
  readonly bodyLimit?: number;
  /** The clock (tests set it). */
  readonly now?: () => Date;
  /** A folder of static files served at `/` beside the API: a built portal (`index.html` at its top). */
  readonly portal?: string;
}


const error = (code: string, message: string) => ({ error: { code, message } });
// A download's name: RFC 6266 with the UTF-8 name as RFC 5987 says, and an ASCII one for old clients.
const attachment = (name: string, ascii: string) => `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
const errorSchema = { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } } } as const;
// Core's ValidationIssue (the fields a client reads; messages in both languages).
const issueSchema = {
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
const issuesSchema = { type: 'array', items: issueSchema } as const;
// The refusals a route can answer with, for the OpenAPI document (and the answers' serialisation).
const ANSWERS = {
  400: '请求有误（bad_query、bad_params、bad_body、bad_json、empty_body、forbidden_key、bad_url、reason_required）',
  401: '没有令牌或令牌无效（unauthorized）',
  403: '令牌无权做这件事（forbidden、other_unit）',
  404: '没有找到，或不是这个单位的报告（not_found）',
  409: '报告现在的状态不允许这一步（conflict）',
  413: '请求内容太大（too_large）',
  415: '不支持的内容类型（unsupported_media_type）',
  422: '报告没有通过核心库的校验（issues；备案、公开时另有 error.code not_ready）',
} as const;
const answers = (...statuses: (keyof typeof ANSWERS)[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      status,
      status === 422
        ? { description: ANSWERS[status], type: 'object', properties: { issues: issuesSchema, error: errorSchema.properties.error } }
        : { description: ANSWERS[status], ...errorSchema },
    ]),
  );
const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } } as const;
const yearQuery = { type: 'integer', minimum: 1990, maximum: 2100 } as const;
const bearer = [{ bearer: [] }];

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
  }
}

/**
 * The county's collection server: a JSON API over a {@link Store} (routes in DESIGN §10), with
 * tokens for the reviewer and for each unit, the review workflow 已提交 → 退回 → 已提交 → 已备案 →
 * 已公开, the aggregate by core's aggregator, and an OpenAPI document generated from the route
 * schemas at /api/openapi.json. Errors are `{ error: { code, message } }` in the request's
 * Accept-Language (zh-CN by default); failed validation is 422 `{ issues }`.
 *
 * @example const app = await buildApp({ store: await openStore('.data/law-report.sqlite') }); await app.listen({ port: 8080 })
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const bodyLimit = options.bodyLimit ?? 2 * 1024 * 1024;
  const app = Fastify({
    logger: false,
    bodyLimit,
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false } },
    // A malformed address is answered before any hook: in the request's language too.
    frameworkErrors: (failure, request, reply) => {
      const known = errorAnswer(failure, localeOfRequest(request.headers['accept-language']), bodyLimit);
      void (reply as FastifyReply).code(known?.status ?? 400).send(known?.body ?? error('bad_request', say(localeOfRequest(request.headers['accept-language']), 'badRequest')));
    },
  });
  app.decorateRequest('locale', 'zh-CN');
  app.addHook('onRequest', async (request) => {
    request.locale = localeOfRequest(request.headers['accept-language']);
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'law-report collection server', version: '1.0.0', description: '报送、退回、备案、公开法治政府建设年度报告，及其汇总。' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  // Browsers may call the API only from the origins given (`*`: any, for a public test server).
  if (options.corsOrigins && options.corsOrigins.length > 0) await app.register(cors, { origin: options.corsOrigins.includes('*') ? '*' : [...options.corsOrigins] });

  app.setErrorHandler((failure: FrameworkFailure, request, reply) => {
    const known = errorAnswer(failure, request.locale, bodyLimit, request.headers['content-type']);
    if (known) return reply.code(known.status).send(known.body);
    // The client gets no internals; whoever runs the server gets the whole failure.
    console.error(failure);
    return reply.code(500).send(error('internal', say(request.locale, 'internal')));
  });
  // JSON bodies read strictly (a __proto__ or constructor.prototype key is refused), each way a
  // body can be wrong answered with its own code.
  const strictJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
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

  // Who is asking: the token's record, or undefined (no token, or one that is not known).
  const who = async (request: FastifyRequest): Promise<TokenRecord | undefined> => {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    return match?.[1] ? store.findToken(hashToken(match[1])) : undefined;
  };
  const need = async (request: FastifyRequest, reply: FastifyReply, roles: readonly TokenRecord['role'][]): Promise<TokenRecord | undefined> => {
    const token = await who(request);
    if (!token) {
      await reply.code(401).send(error('unauthorized', say(request.locale, 'unauthorized')));
      return undefined;
    }
    if (!roles.includes(token.role)) {
      await reply.code(403).send(error('forbidden', say(request.locale, 'forbidden')));
      return undefined;
    }
    return token;
  };
  // A report the token may read: the reviewer any, a unit its own; 404 (not 403) for another
  // unit's, so ids cannot be probed.
  const readable = async (request: FastifyRequest, reply: FastifyReply, token: TokenRecord, id: string): Promise<ReportRecord | undefined> => {
    const record = await store.report(id);
    if (!record || (token.role === 'unit' && record.unit !== token.name)) {
      await reply.code(404).send(error('not_found', say(request.locale, 'notFound')));
      return undefined;
    }
    return record;
  };
  // The deadlines judged by: the app's own (given by whoever built it), else those the county
  // stored with `serve --deadlines` (kept across restarts), else the statutory defaults.
  const deadlines = async (): Promise<{ source: DeadlineSource; given: { deadlines?: DeadlineOverrides } }> => {
    if (options.deadlines) return { source: 'options', given: { deadlines: options.deadlines } };
    const stored = (await store.settings()).deadlines;
    return stored ? { source: 'database', given: { deadlines: stored } } : { source: 'default', given: {} };
  };
  // Every day the server records or judges by is the day in China.
  const today = () => chinaDay(now());

  app.post<{ Body: unknown }>(
    '/api/reports',
    {
      schema: {
        summary: '报送一份报告（单位令牌，只能报送本单位的）',
        security: bearer,
        body: { type: 'object', description: 'A report: https://law-report.example/schema/report.json (@law-report/core/schema.json)' },
        response: { 201: { type: 'object', properties: { id: { type: 'string' }, version: { type: 'integer' }, status: { type: 'string' }, submittedAt: { type: 'string', format: 'date-time' }, submittedOn: { type: 'string', format: 'date' }, warnings: issuesSchema } }, ...answers(400, 401, 403, 409, 413, 415, 422) },
      },
      // The report is checked by core's validation (its issues, in both languages), not here.
      validatorCompiler: () => () => true,
    },
    async (request, reply) => {
      const token = await need(request, reply, ['unit']);
      if (!token) return;
      const submittedAt = now().toISOString();
      const unit = await store.findUnit(token.name);
      const check = await checkSubmission(request.body, {
        locale: request.locale,
        ownDeadline: unit?.deadline ?? undefined,
        now: now(),
        ...(await deadlines()).given,
        // Late or not by the day the county first had this report, in China.
        receivedOn: async (report) => {
          const [record] = await store.list({ unit: token.name, year: report.year });
          const first = record ? await store.firstSubmittedAt(record.id) : undefined;
          return chinaDay(first ?? submittedAt);
        },
        previous: async (report) => {
          const [record] = await store.list({ unit: token.name, year: report.year - 1 });
          return record ? (await store.latest(record.id))?.report : undefined;
        },
      });
      if (!check.ok) return reply.code(422).send({ issues: check.issues });
      const { report, warnings } = check;
      // The unit as the roster knows it (城关镇人民政府 is 城关镇; 司法局 under 青川县 is 青川县司法局).
      if (!unit || unitKey(report.unit.name, report.unit.parent?.name ?? unit.parent ?? undefined) !== unit.key) return reply.code(403).send(error('other_unit', say(request.locale, 'otherUnit', { unit: token.name, other: report.unit.name })));
      try {
        const submitted = await store.submit(token.name, report.year, report, token.name, submittedAt, warnings);
        return reply.code(201).send({ ...submitted, submittedAt, submittedOn: chinaDay(submittedAt), warnings });
      } catch (failure) {
        if (failure instanceof StateConflict) return reply.code(409).send(error('conflict', conflict(request.locale, failure.status, 'submit')));
        throw failure;
      }
    },
  );

  app.get<{ Querystring: { year?: number; status?: ReportStatus } }>(
    '/api/reports',
    { schema: { summary: '列出报告：审核人看全部，单位只看本单位的', security: bearer, querystring: { type: 'object', properties: { year: yearQuery, status: { type: 'string', enum: [...STATUSES] } }, additionalProperties: false }, response: answers(400, 401) } },
    async (request, reply) => {
      const token = await need(request, reply, ['reviewer', 'unit']);
      if (!token) return;
      const { year, status } = request.query;
      const reports = await store.list({ ...(year === undefined ? {} : { year }), ...(status === undefined ? {} : { status }), ...(token.role === 'unit' ? { unit: token.name } : {}) });
      return { reports };
    },
  );

  app.get<{ Params: { id: string } }>('/api/reports/:id', { schema: { summary: '一份报告的最新版本和审核记录', security: bearer, params: idParams, response: answers(400, 401, 404) } }, async (request, reply) => {
    const token = await need(request, reply, ['reviewer', 'unit']);
    if (!token) return;
    const record = await readable(request, reply, token, request.params.id);
    if (!record) return;
    const [latest, previous, history] = await Promise.all([store.latest(record.id), record.version > 1 ? store.version(record.id, record.version - 1) : undefined, store.history(record.id)]);
    const version = (one: VersionRecord) => ({ report: one.report, submittedAt: one.submittedAt, submittedOn: chinaDay(one.submittedAt), submittedBy: one.submittedBy, warnings: one.warnings });
    return {
      ...record,
      ...(latest ? version(latest) : {}),
      // The version before, so a review can show what changed.
      previous: previous ? { version: previous.version, ...version(previous) } : null,
      history,
      // What this token may do now, from the transition table: the buttons a review screen shows.
      actions: allowedActions(record.status, token.role),
    };
  });

  app.get<{ Params: { id: string } }>('/api/reports/:id/versions', { schema: { summary: '一份报告的全部版本', security: bearer, params: idParams, response: answers(400, 401, 404) } }, async (request, reply) => {
    const token = await need(request, reply, ['reviewer', 'unit']);
    if (!token) return;
    const record = await readable(request, reply, token, request.params.id);
    if (!record) return;
    return { id: record.id, versions: await store.versions(record.id) };
  });

  // The reviewer's steps, one route each, from the table of transitions (workflow.ts): the
  // states each may follow, whether it needs a reason, what it checks first.
  for (const transition of TRANSITIONS.filter((candidate) => candidate.who === 'reviewer')) {
    const { action } = transition;
    app.post<{ Params: { id: string }; Body: { reason?: string } | undefined }>(
      `/api/reports/:id/${action}`,
      {
        schema: {
          summary: `${transition.label['zh-CN']}：${transition.note['zh-CN']}`,
          security: bearer,
          params: idParams,
          body: { type: 'object', properties: { reason: { type: 'string', maxLength: 2000 } } },
          response: transition.checks ? answers(400, 401, 403, 404, 409, 413, 415, 422) : answers(400, 401, 403, 404, 409, 413, 415),
        },
        // No body at all is no reason given.
        preValidation: async (request) => {
          request.body ??= {};
        },
      },
      async (request, reply) => {
        const token = await need(request, reply, [transition.who]);
        if (!token) return;
        const record = await readable(request, reply, token, request.params.id);
        if (!record) return;
        // The state first (the transaction checks it again): 409 says more than a 422 would.
        if (!transition.from.includes(record.status)) return reply.code(409).send(error('conflict', conflict(request.locale, record.status, action)));
        const reason = request.body?.reason?.trim() || null;
        if (transition.reason === 'required' && !reason) return reply.code(400).send(error('reason_required', say(request.locale, 'reasonRequired', { action: transition.label[request.locale] })));
        let publishedOn: string | undefined;
        if (transition.checks) {
          // 备案 asks what 公开 will ask (保密审查 done), so a filed report can always be
          // published; the publication date is the day the county publishes.
          const latest = await store.latest(record.id);
          publishedOn = today();
          const result = validateReport({ ...latest?.report, publishedOn }, { profile: transition.checks, locale: request.locale, now: now(), ...(await deadlines()).given });
          if (!result.ok) return reply.code(422).send({ issues: result.issues, error: { code: 'not_ready', message: notReady(request.locale, transition.label[request.locale], result.issues) } });
        }
        try {
          return await store.transition(record.id, transition.from.filter((status) => status !== null), transition.to, token.name, now().toISOString(), reason, action === 'publish' ? publishedOn : undefined);
        } catch (failure) {
          if (failure instanceof StateConflict) return reply.code(409).send(error('conflict', conflict(request.locale, failure.status, action)));
          throw failure;
        }
      },
    );
  }

  app.get<{ Querystring: { year: number; format?: 'json' | 'csv'; status?: CountFrom } }>(
    '/api/aggregate',
    {
      schema: {
        summary: '一个年度的汇总（核心库的汇总器，按各单位最新版本；已退回的不计入；status=filed 只计已备案和已公开的）',
        security: bearer,
        querystring: { type: 'object', required: ['year'], properties: { year: yearQuery, format: { type: 'string', enum: ['json', 'csv'] }, status: { type: 'string', enum: Object.keys(COUNTED) } }, additionalProperties: false },
        response: answers(400, 401, 403),
      },
    },
    async (request, reply) => {
      const token = await need(request, reply, ['reviewer']);
      if (!token) return;
      const { year, format = 'json', status } = request.query;
      const judged = await deadlines();
      const result = await countyAggregate(store, { year, locale: request.locale, source: judged.source, ...(status ? { from: status } : {}), ...judged.given });
      if (format === 'csv') {
        const file = say('zh-CN', 'csvFileName', { county: (await countyName(store)) ?? '', year });
        return reply.type('text/csv; charset=utf-8').header('content-disposition', attachment(file, `law-report-${year}.csv`)).send(figuresCsv(result, { locale: request.locale }));
      }
      return result;
    },
  );

  app.get<{ Querystring: { year?: number } }>(
    '/api/public/reports',
    { schema: { summary: '已公开的报告（无需令牌）', querystring: { type: 'object', properties: { year: yearQuery }, additionalProperties: false }, response: answers(400) } },
    async (request) => {
      const { year } = request.query;
      const records = await store.list({ status: 'published', ...(year === undefined ? {} : { year }) });
      // The day is the county's act (the history's last 公开), never the date typed in the report.
      const reports = await Promise.all(
        records.map(async (record) => {
          const [latest, history] = await Promise.all([store.latest(record.id), store.history(record.id)]);
          const published = history.findLast((step) => step.action === 'publish');
          return { id: record.id, unit: record.unit, year: record.year, publishedOn: record.publishedOn, publishedAt: published?.at ?? null, report: latest?.report };
        }),
      );
      return { reports };
    },
  );

  app.get(
    '/api/info',
    { schema: { summary: '本县名称和有报告的年度（审核人：全部；单位：本单位的；无令牌：已公开的）', response: answers(401) } },
    async (request, reply) => {
      // No token: what the public may see; a token that is not known is refused, not taken as none.
      const token = request.headers.authorization === undefined ? undefined : await need(request, reply, ['reviewer', 'unit']);
      if (request.headers.authorization !== undefined && !token) return;
      const records = await store.list(token?.role === 'reviewer' ? {} : token ? { unit: token.name } : { status: 'published' });
      const years = [...new Set(records.map((record) => record.year))].sort((a, b) => b - a);
      return { county: (await countyName(store)) ?? null, years };
    },
  );

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  if (options.portal) await app.register(serveStatic, { root: options.portal, prefix: '/', index: ['index.html'] });
  await app.ready();
  return app;
}
