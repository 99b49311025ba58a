import type { FastifyInstance } from 'fastify';
import { countyName } from '../county-aggregate.js';
import { allow } from '../http/authorise.js';
import { answers, error, idParams, pageOf, pageQuery, yearQuery } from '../http/schemas.js';
import { say } from '../messages.js';
import { publishedReports } from '../published-reports.js';

/**
 * What anyone may read: `GET /api/public/reports?year=&page=&per=` (published reports without
 * their text, paged, with the day in China the county published them), `GET /api/public/reports/:id` and `GET /api/info` (the county's name and the years it holds
 * reports on, as far as the caller may see).
 */
export async function publicRoutes(app: FastifyInstance): Promise<void> {
  const { store } = app;
  app.get<{ Querystring: { year?: number; page: number; per: number } }>(
    '/api/public/reports',
    {
      schema: {
        summary: '已公开的报告列表（无需令牌；分页，不含报告内容）',
        querystring: { type: 'object', properties: { year: yearQuery, ...pageQuery }, additionalProperties: false },
        response: answers(400),
      },
    },
    async (request) => {
      const { year, page, per } = request.query;
      const records = await store.list({ status: 'published', ...(year === undefined ? {} : { year }) });
      const shown = records.slice((page - 1) * per, page * per);
      // The day is the county's act (the history's last 公开), never the date typed in the report.
      const reports = await Promise.all(
        shown.map(async (record) => {
          const published = (await store.history(record.id)).findLast((step) => step.action === 'publish');
          return {
            id: record.id,
            unit: record.unit,
            year: record.year,
            publishedOn: record.publishedOn,
            publishedAt: published?.at ?? null,
          };
        }),
      );
      return { ...pageOf(page, per, records.length), reports };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/public/reports/:id',
    { schema: { summary: '一份已公开的报告（无需令牌）', params: idParams, response: answers(400, 404) } },
    async (request, reply) => {
      const record = await store.report(request.params.id);
      const [report] =
        record?.status === 'published' ? await publishedReports(store, { unit: record.unit, year: record.year }) : [];
      if (!report) return reply.code(404).send(error('not_found', say(request.locale, 'notFound')));
      const { version: _version, ...shown } = report;
      return shown;
    },
  );

  app.get(
    '/api/info',
    {
      schema: {
        summary:
          '本县名称、有报告的年度（审核人：全部；单位：本单位的；无令牌：已公开的）、本县的截止日期设置和扩展指标目录，单位令牌另附本单位名称',
        response: {
          200: {
            description:
              "{ county, years, unit, deadlines, ownDeadline, catalog }。 The county's name, its years, the unit's name (unit tokens), the deadline overrides, the unit's own deadline and the county's extension catalogs.",
            type: 'object',
            properties: {
              county: { type: ['string', 'null'], description: '本县名称（serve --county，或名册中多数单位的上级）' },
              years: { type: 'array', items: { type: 'integer' }, description: '有报告的年度，新的在前' },
              unit: { type: ['string', 'null'], description: '单位令牌：本单位名称；否则为 null' },
              deadlines: {
                type: ['object', 'null'],
                additionalProperties: true,
                description: '本县的截止日期设置（serve --deadlines），没有为 null',
              },
              ownDeadline: {
                type: ['string', 'null'],
                format: 'date',
                description: '单位令牌：名册中本单位自己的报送截止日期，没有为 null',
              },
              catalog: {
                type: ['array', 'null'],
                items: { type: 'object', additionalProperties: true },
                description:
                  "本县的扩展指标目录（serve --catalog，x-<namespace>.<name> 指标），照保存的原样，可交给组件的 catalog 属性；没有为 null。 The county's extension catalogs as kept (serve --catalog), for the elements' catalog property; null with none.",
              },
            },
          },
          ...answers(401),
        },
      },
      onRequest: allow('reviewer', 'unit', { anyone: true }),
    },
    async (request) => {
      const { token } = request;
      const records = await store.list(
        token?.role === 'reviewer' ? {} : token ? { unit: token.name } : { status: 'published' },
      );
      const years = [...new Set(records.map((record) => record.year))].sort((a, b) => b - a);
      // A unit's token learns whose it is: the form says at once when a report imported is another unit's. The
      // county's deadlines (`serve --deadlines`) are public rules: the form warns of lateness by them, not by the defaults.
      // The deadlines the server judges by: its own (`buildApp`'s), else those the county stored.
      const { deadlines } = (await app.judgedBy()).given;
      // A unit's own day on the roster (an extension, an earlier date), which the server judges its report by too.
      const own = token?.role === 'unit' ? (await store.findUnit(token.name))?.deadline : undefined;
      return {
        county: (await countyName(store)) ?? null,
        years,
        unit: token?.role === 'unit' ? token.name : null,
        deadlines: deadlines ?? null,
        ownDeadline: own ?? null,
        // The county's own indicators (`serve --catalog`), for a page to hand to the elements' `catalog`.
        catalog: (await app.catalogUsed()).extensions,
      };
    },
  );
}
