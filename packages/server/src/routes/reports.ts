import {
  daysLate,
  dueDates,
  firstReceiptDay,
  isUnitLevel,
  judgedSubmission,
  resolveDeadlines,
  withOwnDeadline,
  type DeadlineOverrides,
  type FirstReceipt,
  type JudgedSubmission,
} from '@law-report/core';
import type { FastifyInstance } from 'fastify';
import { chinaDay } from '../china-day.js';
import { allow, readableReport, recordOf, tokenOf } from '../http/authorise.js';
import { latestReportsJson, listedReport } from '../http/latest-reports-json.js';
import { tooMany } from '../http/request-rate.js';
import { answers, bearer, error, idParams, issuesSchema, pageOf, pageQuery, yearQuery } from '../http/schemas.js';
import { comparedVersion } from '../compared-version.js';
import { conflict, say, sayUnitField } from '../messages.js';
import {
  StateConflict,
  type ReportRecord,
  type ReportStatus,
  type UnitRecord,
  type VersionRecord,
} from '../store/store.js';
import { checkSubmission } from '../submission-check.js';
import { unitDisagreement } from '../unit-claims.js';
import { allowedActions, STATUSES } from '../workflow.js';

/** The most a report's `extensions` may take, as JSON (a report's own text is far larger than any extension needs). */
export const EXTENSIONS_LIMIT = 64 * 1024;

// The size of a body's `extensions` as JSON, 0 when it has none (or it cannot be written: validation says why).
function extensionsSize(body: unknown): number {
  if (typeof body !== 'object' || body === null || !('extensions' in body)) return 0;
  try {
    return JSON.stringify(body.extensions)?.length ?? 0;
  } catch {
    return 0;
  }
}

/**
 * A unit's submissions and everyone's reading of reports: `POST /api/reports` (a unit token, its
 * own unit only; its `submittedOn` is the 报送日期 the report is judged by, the county's first
 * receipt, as in the list and in `GET /api/reports/:id`), `GET /api/reports`, `GET /api/reports/:id` (the latest version, the one before,
 * the history and what the token may do now) and `GET /api/reports/:id/versions` (paged, without the reports) and
 * `GET /api/reports/:id/versions/:n` (one version, with its report).
 */
// What the 报送日期 is, in each answer that gives one.
const submittedOnKindSchema = {
  type: 'string',
  enum: ['received', 'loaded'],
  description: 'received：首次报送收到的日期；loaded：历史导入的报告自身所载的日期',
} as const;

export async function reportRoutes(app: FastifyInstance): Promise<void> {
  const { store } = app;

  app.post<{ Body: unknown }>(
    '/api/reports',
    {
      schema: {
        summary: '报送一份报告（单位令牌，只能报送本单位的）',
        security: bearer,
        body: {
          type: 'object',
          description: 'A report: https://law-report.example/schema/report.json (@law-report/core/schema.json)',
        },
        response: {
          201: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              version: { type: 'integer' },
              status: { type: 'string' },
              submittedAt: { type: 'string', format: 'date-time' },
              submittedOn: {
                type: 'string',
                format: 'date',
                description:
                  '报送日期：县里首次收到本单位该年度报告的日期（中国时间）；退回后再报送不改变它。逾期按它判断。',
              },
              submittedOnKind: submittedOnKindSchema,
              receivedOn: { type: 'string', format: 'date', description: '收到这一版的日期（中国时间）' },
              warnings: issuesSchema,
            },
          },
          ...answers(400, 401, 403, 409, 413, 415, 422, 429),
        },
      },
      // The report is checked by core's validation (its issues, in both languages), not here.
      validatorCompiler: () => () => true,
      onRequest: allow('unit'),
    },
    async (request, reply) => {
      const token = tokenOf(request);
      // Counted before any work: a token sending too much is refused cheaply.
      const rate = app.submissionAllowed(token.hash);
      if (!rate.ok) {
        return tooMany(
          reply,
          rate.retryAfter,
          say(request.locale, 'tooMany', {
            limit: app.submissionRate.limit,
            // In minutes, as a clerk counts a wait of up to an hour (Retry-After keeps the seconds).
            window: Math.max(1, Math.round(app.submissionRate.windowMs / 60_000)),
            minutes: Math.max(1, Math.ceil(rate.retryAfter / 60)),
          }),
        );
      }
      const extensions = extensionsSize(request.body);
      if (extensions > EXTENSIONS_LIMIT)
        return reply
          .code(413)
          .send(
            error(
              'extensions_too_large',
              say(request.locale, 'extensionsTooLarge', { limit: `${EXTENSIONS_LIMIT / 1024} KiB` }),
            ),
          );
      const submittedAt = app.clock().toISOString();
      // The 报送日期 the check judged by, the one the answer gives.
      let judged: JudgedSubmission | undefined;
      const unit = await store.findUnit(token.name);
      const check = await checkSubmission(request.body, {
        locale: request.locale,
        ownDeadline: unit?.deadline ?? undefined,
        now: app.clock(),
        ...(await app.judgedBy()).given,
        ...(await app.catalogUsed()).given,
        // Late or not by the day the county first had this report, in China (core's one rule).
        receivedOn: async (report) => {
          const [record] = await store.list({ unit: token.name, year: report.year });
          const first = record ? await store.firstReceipt(record.id) : undefined;
          judged = judgedSubmission(report, first ?? { at: submittedAt, loaded: false });
          return judged.on;
        },
        previous: async (report) => {
          const [record] = await store.list({ unit: token.name, year: report.year - 1 });
          return record ? (await store.latest(record.id))?.report : undefined;
        },
      });
      if (!check.ok) return reply.code(422).send({ issues: check.issues });
      const { report, warnings } = check;
      // The unit as the roster knows it (城关镇人民政府 is 城关镇; 司法局 under 青川县 is 青川县司法局),
      // judged by what the roster says of it, never by the parent the report claims.
      const disagreement = unit
        ? unitDisagreement(report.unit, unit)
        : { field: 'name' as const, claimed: report.unit.name, known: token.name };
      if (disagreement?.field === 'name')
        return reply
          .code(403)
          .send(error('other_unit', say(request.locale, 'otherUnit', { unit: token.name, other: report.unit.name })));
      if (disagreement) {
        const field = sayUnitField(request.locale, disagreement.field);
        return reply
          .code(403)
          .send(
            error(
              'unit_mismatch',
              say(request.locale, 'unitMismatch', { field, claimed: disagreement.claimed, known: disagreement.known }),
            ),
          );
      }
      try {
        const submitted = await store.submit(token.name, report.year, report, token.name, submittedAt, warnings);
        const receivedOn = chinaDay(submittedAt);
        return reply.code(201).send({
          ...submitted,
          submittedAt,
          submittedOn: judged?.on ?? receivedOn,
          submittedOnKind: judged?.kind ?? 'received',
          receivedOn,
          warnings,
        });
      } catch (failure) {
        if (failure instanceof StateConflict)
          return reply.code(409).send(error('conflict', conflict(request.locale, failure.status, 'submit')));
        throw failure;
      }
    },
  );

  app.get<{ Querystring: { year?: number; status?: ReportStatus; include?: 'report' } }>(
    '/api/reports',
    {
      schema: {
        summary: '列出报告：审核人看全部，单位只看本单位的；include=report 时每份带最新版本的报告内容',
        description:
          "不带 year 时列出所有年度。include=report：每份报告另带 report（最新版本的报告内容），一次请求取得全部年度的报告，不必逐份请求；服务器按页（每页 200 份）从数据库读出、边读边发送，内存只存一页，所以一个省的几万份报告也可以一次取完。单位令牌仍只得到本单位的报告。 Without `year`, every year. With `include=report`, each record also carries `report`, its latest version's content: every year's reports in one request instead of one per report; the server reads them a page of 200 at a time and streams the answer, holding one page in memory, so a province's tens of thousands come in one request. A unit's token still gets its own reports only.",
        security: bearer,
        querystring: {
          type: 'object',
          properties: {
            year: yearQuery,
            status: { type: 'string', enum: [...STATUSES] },
            include: {
              type: 'string',
              enum: ['report'],
              description:
                "report：每份另带最新版本的报告内容（report）。 Each record with its latest version's report.",
            },
          },
          additionalProperties: false,
        },
        response: {
          200: {
            description:
              "{ reports }：每份报告的最新状态和报送日期；include=report 时另带 report。 Each report's latest state and 报送日期; with include=report, its report too.",
            type: 'object',
            properties: {
              reports: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: { type: 'string' },
                    unit: { type: 'string' },
                    year: { type: 'integer' },
                    status: { type: 'string', enum: [...STATUSES] },
                    version: { type: 'integer' },
                    updatedAt: { type: 'string', format: 'date-time' },
                    publishedOn: {
                      type: ['string', 'null'],
                      format: 'date',
                      description: '县里公开的日期（中国时间），未公开为 null',
                    },
                    submittedOn: {
                      type: 'string',
                      format: 'date',
                      description: '报送日期：县里首次收到本单位该年度报告的日期（中国时间）',
                    },
                    submittedOnKind: submittedOnKindSchema,
                    warnings: {
                      type: 'integer',
                      description:
                        '最新版本报送时的提醒条数（不含 include=report）。 How many warnings its latest version came with (not with include=report).',
                    },
                    daysLate: {
                      type: 'integer',
                      description:
                        '报送日期晚于本单位截止日期的天数，按时则无（不含 include=report）。 Days its 报送日期 is past the unit’s deadline; absent when on time (not with include=report).',
                    },
                    report: {
                      type: 'object',
                      additionalProperties: true,
                      description:
                        "只在 include=report 时：最新版本的报告（@law-report/core/schema.json），照单位报送或历史导入时的内容；其中的 publishedOn 是单位自己写的，以外层的 publishedOn 为准。 Only with include=report: the latest version as the unit sent it or as it was loaded; its own publishedOn is the unit's claim, the record's publishedOn is the county's.",
                    },
                  },
                },
              },
            },
          },
          ...answers(400, 401),
        },
      },
      onRequest: allow('reviewer', 'unit'),
    },
    async (request, reply) => {
      const token = tokenOf(request);
      const { year, status, include } = request.query;
      const filter = {
        ...(year === undefined ? {} : { year }),
        ...(status === undefined ? {} : { status }),
        ...(token.role === 'unit' ? { unit: token.name } : {}),
      };
      const [units, judged] = await Promise.all([store.units(), app.judgedBy()]);
      const byName = new Map(units.map((unit) => [unit.name, unit]));
      if (include === 'report') {
        // Streamed a page at a time; the first page read before answering, so a database that fails says so (503).
        const rows = store.latestReports(filter)[Symbol.asyncIterator]();
        const first = await rows.next();
        const daysLateOf = (record: ReportRecord, receipt: FirstReceipt) =>
          lateBy(record, firstReceiptDay(receipt).on, byName.get(record.unit), judged.given.deadlines);
        return reply.type('application/json; charset=utf-8').send(latestReportsJson(first, rows, daysLateOf));
      }
      const [records, receipts, warnings] = await Promise.all([
        store.list(filter),
        store.firstReceipts(filter),
        store.latestWarningCounts(filter),
      ]);
      // Each with the 报送日期 it is judged by (the county's first receipt, core's firstReceiptDay), and what the
      // desk shows before a report is opened: its warnings, and the days it came late.
      return {
        reports: records.map((record) => {
          const first = receipts.get(record.id);
          const late =
            first && lateBy(record, firstReceiptDay(first).on, byName.get(record.unit), judged.given.deadlines);
          return listedReport(record, first, {
            warnings: warnings.get(record.id) ?? 0,
            ...(late ? { daysLate: late } : {}),
          });
        }),
      };
    },
  );

  // A loaded version (历史导入) says so, with the file it came from, beside the report.
  const version = (one: VersionRecord) => ({
    report: one.report,
    submittedAt: one.submittedAt,
    submittedOn: chinaDay(one.submittedAt),
    submittedBy: one.submittedBy,
    warnings: one.warnings,
    origin: one.origin,
    loaded: one.loaded,
  });

  app.get<{ Params: { id: string } }>(
    '/api/reports/:id',
    {
      schema: {
        summary: '一份报告的最新版本、上一版本和审核记录',
        security: bearer,
        params: idParams,
        response: answers(400, 401, 404),
      },
      onRequest: allow('reviewer', 'unit'),
      preHandler: readableReport,
    },
    async (request) => {
      const record = recordOf(request);
      const [latest, history, first] = await Promise.all([
        store.latest(record.id),
        store.history(record.id),
        store.firstReceipt(record.id),
      ]);
      // The latest version read with the history (a submission may have come since the record was read).
      const compared = latest ? comparedVersion(latest.version, history) : undefined;
      const previous = compared ? await store.version(record.id, compared.version) : undefined;
      // The report's 报送日期 is the one it is judged by (core's judgedSubmission): the county's first
      // receipt, not the day this version came (`receivedOn`), nor the date typed in it.
      const judged = latest && first ? judgedSubmission(latest.report, first) : undefined;
      return {
        ...record,
        ...(latest ? version(latest) : {}),
        ...(latest ? { receivedOn: chinaDay(latest.submittedAt) } : {}),
        ...(judged ? { submittedOn: judged.on, submittedOnKind: judged.kind } : {}),
        // The version to compare with, so a review shows what changed: since the county returned it, else since the one before.
        previous:
          previous && compared ? { version: previous.version, ...version(previous), compared: compared.kind } : null,
        history,
        // What this token may do now, from the table of transitions: the buttons a review screen shows.
        actions: allowedActions(record.status, tokenOf(request).role),
      };
    },
  );

  app.get<{ Params: { id: string }; Querystring: { page: number; per: number } }>(
    '/api/reports/:id/versions',
    {
      schema: {
        summary: '一份报告的版本列表（不含报告内容，分页；内容按版本号取）',
        security: bearer,
        params: idParams,
        querystring: { type: 'object', properties: pageQuery, additionalProperties: false },
        response: answers(400, 401, 404),
      },
      onRequest: allow('reviewer', 'unit'),
      preHandler: readableReport,
    },
    async (request) => {
      const record = recordOf(request);
      const { page, per } = request.query;
      const versions = await store.versionSummaries(record.id, (page - 1) * per, per);
      return {
        id: record.id,
        ...pageOf(page, per, record.version),
        versions: versions.map((one) => ({ ...one, submittedOn: chinaDay(one.submittedAt) })),
      };
    },
  );

  app.get<{ Params: { id: string; n: number } }>(
    '/api/reports/:id/versions/:n',
    {
      schema: {
        summary: '一份报告的某一版本（含内容）',
        security: bearer,
        params: {
          type: 'object',
          required: ['id', 'n'],
          properties: { ...idParams.properties, n: { type: 'integer', minimum: 1 } },
        },
        response: answers(400, 401, 404),
      },
      onRequest: allow('reviewer', 'unit'),
      preHandler: readableReport,
    },
    async (request, reply) => {
      const record = recordOf(request);
      const one = await store.version(record.id, request.params.n);
      if (!one) return reply.code(404).send(error('not_found', say(request.locale, 'notFound')));
      return { id: record.id, version: one.version, ...version(one) };
    },
  );
}

// Days a report's 报送日期 is past its unit's deadline, as the county judges (its overrides, the unit's own day
// from the roster, the unit's level there); undefined when on time.
function lateBy(
  record: { readonly year: number },
  submittedOn: string,
  unit: UnitRecord | undefined,
  county: DeadlineOverrides | undefined,
): number | undefined {
  const level = unit && isUnitLevel(unit.level) ? unit.level : 'town';
  const config = resolveDeadlines(withOwnDeadline(county, level, record.year, unit?.deadline ?? undefined));
  const days = daysLate(submittedOn, dueDates(record.year, level, config).submitBy);
  return days > 0 ? days : undefined;
}
