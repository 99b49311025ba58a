import { unitsCsvFileName } from '@law-report/core';
import type { FastifyInstance } from 'fastify';
import { COUNTED, countyAggregate, countyName, type CountFrom } from '../county-aggregate.js';
import { figuresCsv } from '../figures-csv.js';
import { attachment } from '../http/attachment.js';
import { allow } from '../http/authorise.js';
import { answers, bearer, yearQuery } from '../http/schemas.js';

/**
 * The county's totals: `GET /api/aggregate?year=&status=&format=json|csv` (reviewer), core's
 * aggregate of each unit's latest version counted the county's way (county-aggregate.ts), as JSON
 * or as a figures sheet for Excel (figures-csv.ts).
 */
export async function aggregateRoutes(app: FastifyInstance): Promise<void> {
  const { store } = app;
  app.get<{ Querystring: { year: number; format?: 'json' | 'csv'; status?: CountFrom } }>(
    '/api/aggregate',
    {
      schema: {
        summary:
          '一个年度的汇总（核心库的汇总器，按各单位最新版本；已退回的不计入；status=filed 只计已备案和已公开的）',
        security: bearer,
        querystring: {
          type: 'object',
          required: ['year'],
          properties: {
            year: yearQuery,
            format: { type: 'string', enum: ['json', 'csv'] },
            status: { type: 'string', enum: Object.keys(COUNTED) },
          },
          additionalProperties: false,
        },
        response: answers(400, 401, 403),
      },
      onRequest: allow('reviewer'),
    },
    async (request, reply) => {
      const { year, format = 'json', status } = request.query;
      const judged = await app.judgedBy();
      const { given } = await app.catalogUsed();
      const result = await countyAggregate(store, {
        year,
        locale: request.locale,
        source: judged.source,
        ...(status ? { from: status } : {}),
        ...judged.given,
        ...given,
      });
      if (format === 'json') return result;
      // Named as the dashboard saves it, in the language of its headers: 青川县2023年法治政府建设年度报告汇总.csv,
      // …汇总（仅已备案、已公开）.csv when only filed reports count, since the totals differ.
      const file = unitsCsvFileName({
        county: await countyName(store),
        year,
        locale: request.locale,
        countFrom: status,
      });
      const ascii = status && status !== 'submitted' ? `law-report-${year}-${status}.csv` : `law-report-${year}.csv`;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', attachment(file, ascii))
        .send(figuresCsv(result, { locale: request.locale, ...given }));
    },
  );
}
