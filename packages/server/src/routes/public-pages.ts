import { renderReport } from '@law-report/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { countyName } from '../county-aggregate.js';
import { plainAddress } from '../http/connections.js';
import { attachment } from '../http/attachment.js';
import { notModified } from '../http/last-modified.js';
import { atomFeed } from '../public-pages/atom-feed.js';
import { indexPage, notFoundPage, reportPage } from '../public-pages/pages.js';
import type { PublicFormat } from '../public-pages/paths.js';
import { lastPublicChange, type PublishedReport, publishedReports } from '../published-reports.js';
import { renderedFiles } from '../public-pages/rendered-files.js';

const HTML = 'text/html; charset=utf-8';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const TYPES: Readonly<Record<PublicFormat, string>> = {
  html: HTML,
  json: 'application/json; charset=utf-8',
  docx: DOCX,
};

// A published report as one of the public's files.
async function render(published: PublishedReport, format: PublicFormat): Promise<Buffer> {
  switch (format) {
    case 'html':
      return Buffer.from(reportPage(published));
    case 'json':
      return Buffer.from(JSON.stringify(published.report, null, 2));
    case 'docx': {
      const bytes = await renderReport(published.report, { format: 'docx' });
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
  }
}

/**
 * The origin the feed's links are built on when the county gave none: the one a proxy it trusts
 * forwarded, else the Host the request named if it is the address the client reached (a Host naming
 * another server, which a caching proxy could pass on to others, is not believed), else that address.
 */
function believedOrigin(request: FastifyRequest, trusted: (address: string) => boolean): string {
  const socket = request.raw.socket;
  if (trusted(socket.remoteAddress ?? '')) return `${request.protocol}://${request.host}`;
  const address = plainAddress(socket.localAddress ?? '127.0.0.1');
  const reached = `${address.includes(':') ? `[${address}]` : address}:${socket.localPort ?? ''}`;
  const named = (request.headers.host ?? '').toLowerCase();
  const same = named === reached || (named === `localhost:${socket.localPort}` && /^(?:127\.|\[::1\])/.test(reached));
  return `http://${same ? named : reached}`;
}

// `<unit>.<format>` as the address names it (Fastify has decoded the percent-encoding).
const FILE = /^(.+)\.(html|docx|json)$/;

/**
 * The public's pages, registered under `/reports` (no token, no script): `GET /reports/` (the
 * published reports by year), `GET /reports/<year>/<unit>.html|.docx|.json` (one published report
 * as core's print HTML, Word or JSON) and `GET /reports/feed.xml` (Atom). Only what is published
 * now is there: anything else under `/reports` is a Chinese 404 page. Pages carry `Last-Modified`
 * (the latest publication instant involved) and answer `If-Modified-Since` with 304. A report's
 * files are rendered once per version and publication and kept (`cacheBytes`, 16 MiB by default).
 */
export async function publicPageRoutes(
  app: FastifyInstance,
  options: {
    readonly cacheBytes?: number;
    /** The county's public origin (`https://fz.example.gov.cn`): the feed's links, whatever the request names. */
    readonly origin?: string;
    /** Whether a connection comes from a proxy named in `trustProxy` (then its X-Forwarded-Host is believed). */
    readonly trusted?: (address: string) => boolean;
  } = {},
): Promise<void> {
  const { store } = app;
  const rendered = renderedFiles(options.cacheBytes ?? 16 * 1024 * 1024);
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
    const origin = options.origin ?? believedOrigin(request, options.trusted ?? (() => false));
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
      const format = named[2] as PublicFormat;
      // Rendered once per version and publication, whoever asks and however often.
      const bytes = await rendered.get(`${published.id}/${published.version}/${published.publishedAt}.${format}`, () =>
        render(published, format),
      );
      if (format === 'docx')
        void reply.header(
          'content-disposition',
          attachment(`${published.report.title}.docx`, `law-report-${published.year}.docx`),
        );
      return reply.type(TYPES[format]).send(bytes);
    },
  );
}
