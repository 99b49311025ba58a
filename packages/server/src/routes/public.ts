import type { FastifyInstance } from 'fastify';
import { countyName } from '../county-aggregate.js';
import { allow } from '../http/authorise.js';
import { answers, yearQuery } from '../http/schemas.js';
import { publishedReports } from '../published-reports.js';

/**
 * What anyone may read: `GET /api/public/reports?year=` (published reports, with the day in China
 * the county published them) and `GET /api/info` (the county's name and the years it holds
 * reports on, as far as the caller may see).
 */
export async function publicRoutes(app: FastifyInstance): Promise<void> {
  const { store } = app;
  app.get<{ Querystring: { year?: number } }>(
    '/api/public/reports',
    { schema: { summary: '已公开的报告（无需令牌）', querystring: { type: 'object', properties: { year: yearQuery }, additionalProperties: false }, response: answers(400) } },
    async (request) => {
      const { year } = request.query;
      // The day is the county's act (the history's last 公开), never the date typed in the report.
      const reports = await publishedReports(store, year === undefined ? {} : { year });
      return { reports };
    },
  );

  app.get(
    '/api/info',
    { schema: { summary: '本县名称和有报告的年度（审核人：全部；单位：本单位的；无令牌：已公开的）', response: answers(401) }, preHandler: allow('reviewer', 'unit', { anyone: true }) },
    async (request) => {
      const { token } = request;
      const records = await store.list(token?.role === 'reviewer' ? {} : token ? { unit: token.name } : { status: 'published' });
      const years = [...new Set(records.map((record) => record.year))].sort((a, b) => b - a);
      return { county: (await countyName(store)) ?? null, years };
    },
  );
}
