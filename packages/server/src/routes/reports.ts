import type { FastifyInstance } from 'fastify';
import { chinaDay } from '../china-day.js';
import { allow, readableReport, recordOf, tokenOf } from '../http/authorise.js';
import { answers, bearer, error, idParams, issuesSchema, yearQuery } from '../http/schemas.js';
import { conflict, say } from '../messages.js';
import { StateConflict, type ReportStatus, type VersionRecord } from '../store/store.js';
import { checkSubmission } from '../submission-check.js';
import { unitKey } from '../unit-name.js';
import { allowedActions, STATUSES } from '../workflow.js';

/**
 * A unit's submissions and everyone's reading of reports: `POST /api/reports` (a unit token, its
 * own unit only), `GET /api/reports`, `GET /api/reports/:id` (the latest version, the one before,
 * the history and what the token may do now) and `GET /api/reports/:id/versions`.
 */
export async function reportRoutes(app: FastifyInstance): Promise<void> {
  const { store } = app;

  app.post<{ Body: unknown }>(
    '/api/reports',
    {
      schema: {
        summary: '报送一份报告（单位令牌，只能报送本单位的）',
        security: bearer,
        body: { type: 'object', description: 'A report: https://law-report.example/schema/report.json (@law-report/core/schema.json)' },
        response: {
          201: { type: 'object', properties: { id: { type: 'string' }, version: { type: 'integer' }, status: { type: 'string' }, submittedAt: { type: 'string', format: 'date-time' }, submittedOn: { type: 'string', format: 'date' }, warnings: issuesSchema } },
          ...answers(400, 401, 403, 409, 413, 415, 422),
        },
      },
      // The report is checked by core's validation (its issues, in both languages), not here.
      validatorCompiler: () => () => true,
      preHandler: allow('unit'),
    },
    async (request, reply) => {
      const token = tokenOf(request);
      const submittedAt = app.clock().toISOString();
      const unit = await store.findUnit(token.name);
      const check = await checkSubmission(request.body, {
        locale: request.locale,
        ownDeadline: unit?.deadline ?? undefined,
        now: app.clock(),
        ...(await app.judgedBy()).given,
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
      if (!unit || unitKey(report.unit.name, report.unit.parent?.name ?? unit.parent ?? undefined) !== unit.key) {
        return reply.code(403).send(error('other_unit', say(request.locale, 'otherUnit', { unit: token.name, other: report.unit.name })));
      }
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
    {
      schema: {
        summary: '列出报告：审核人看全部，单位只看本单位的',
        security: bearer,
        querystring: { type: 'object', properties: { year: yearQuery, status: { type: 'string', enum: [...STATUSES] } }, additionalProperties: false },
        response: answers(400, 401),
      },
      preHandler: allow('reviewer', 'unit'),
    },
    async (request) => {
      const token = tokenOf(request);
      const { year, status } = request.query;
      const reports = await store.list({ ...(year === undefined ? {} : { year }), ...(status === undefined ? {} : { status }), ...(token.role === 'unit' ? { unit: token.name } : {}) });
      return { reports };
    },
  );

  const version = (one: VersionRecord) => ({ report: one.report, submittedAt: one.submittedAt, submittedOn: chinaDay(one.submittedAt), submittedBy: one.submittedBy, warnings: one.warnings });

  app.get<{ Params: { id: string } }>(
    '/api/reports/:id',
    { schema: { summary: '一份报告的最新版本、上一版本和审核记录', security: bearer, params: idParams, response: answers(400, 401, 404) }, preHandler: [allow('reviewer', 'unit'), readableReport] },
    async (request) => {
      const record = recordOf(request);
      const [latest, previous, history] = await Promise.all([store.latest(record.id), record.version > 1 ? store.version(record.id, record.version - 1) : undefined, store.history(record.id)]);
      return {
        ...record,
        ...(latest ? version(latest) : {}),
        // The version before, so a review can show what changed.
        previous: previous ? { version: previous.version, ...version(previous) } : null,
        history,
        // What this token may do now, from the table of transitions: the buttons a review screen shows.
        actions: allowedActions(record.status, tokenOf(request).role),
      };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/reports/:id/versions',
    { schema: { summary: '一份报告的全部版本', security: bearer, params: idParams, response: answers(400, 401, 404) }, preHandler: [allow('reviewer', 'unit'), readableReport] },
    async (request) => {
      const record = recordOf(request);
      return { id: record.id, versions: await store.versions(record.id) };
    },
  );
}
