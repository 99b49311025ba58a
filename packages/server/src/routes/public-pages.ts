import { renderReport } from '@law-report/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { countyName } from '../county-aggregate.js';
import { attachment } from '../http/attachment.js';
import { notModified } from '../http/last-modified.js';
import { atomFeed } from '../public-pages/atom-feed.js';
import { indexPage, notFoundPage, reportPage } from '../public-pages/pages.js';
import type { PublicFormat } from '../public-pages/paths.js';
import { lastPublicChange, publishedReports } from '../published-reports.js';

const HTML = 'text/html; charset=utf-8';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// `<unit>.<format>` as the address names it (Fastify has decoded the percent-encoding).
const FILE = /^(.+)\.(html|docx|json)$/;

/**
 * The public's pages, registered under `/reports` (no token, no script): `GET /reports/` (the
 * published reports by year), `GET /reports/<year>/<unit>.html|.docx|.json` (one published report
 * as core's print HTML, Word or JSON) and `GET /reports/feed.xml` (Atom). Only what is published
 * now is there: anything else under `/reports` is a Chinese 404 page. Pages carry `Last-Modified`
 * (the latest publication instant involved) and answer `If-Modified-Since` with 304.
 */
export async function publicPageRoutes(app: FastifyInstance): Promise<void> {
  const { store } = app;
  const notFound = (reply: FastifyReply) =>
    reply.code(404).type(HTML).header('cache-control', 'no-cache').send(notFoundPage());
  app.setNotFoundHandler((_request, reply) => notFound(reply));

  app.get(
    '/',
    { schema: { summary: '公开页：已公开的报告，按年度（HTML，无需脚本）', hide: true } },
    async (request, reply) => {
      const [reports, county, changed] = await Promise.all([
        publishedReports(store),
        countyName(store),
        lastPublicChange(store),
      ]);
      if (notModified(request, reply, changed)) return reply.code(304).send();
      return reply.type(HTML).send(indexPage(reports, county ?? null));
    },
  );

  app.get('/feed.xml', { schema: { summary: '公开报告的 Atom 订阅', hide: true } }, async (request, reply) => {
    const [reports, county, changed] = await Promise.all([
      publishedReports(store),
      countyName(store),
      lastPublicChange(store),
    ]);
    if (notModified(request, reply, changed)) return reply.code(304).send();
    const origin = `${request.protocol}://${request.host}`;
    return reply
      .type('application/atom+xml; charset=utf-8')
      .send(atomFeed(reports, { origin, county: county ?? null, updated: changed ?? app.clock().toISOString() }));
  });

  app.get<{ Params: { year: string; file: string } }>(
    '/:year/:file',
    { schema: { summary: '一份已公开的报告：HTML、Word 或 JSON', hide: true } },
    async (request, reply) => {
      const { year, file } = request.params;
      const named = FILE.exec(file);
      if (!/^\d{4}$/.test(year) || !named?.[1] || !named[2]) return notFound(reply);
      const [published] = await publishedReports(store, { year: Number(year), unit: named[1] });
      if (!published) return notFound(reply);
      if (notModified(request, reply, published.publishedAt ?? undefined)) return reply.code(304).send();
      switch (named[2] as PublicFormat) {
        case 'html':
          return reply.type(HTML).send(reportPage(published));
        case 'json':
          return reply.type('application/json; charset=utf-8').send(JSON.stringify(published.report, null, 2));
        case 'docx': {
          const bytes = await renderReport(published.report, { format: 'docx' });
          return reply
            .type(DOCX)
            .header(
              'content-disposition',
              attachment(`${published.report.title}.docx`, `law-report-${published.year}.docx`),
            )
            .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        }
      }
    },
  );
}
