import cors from '@fastify/cors';
import swagger from '@fastify/swagger';
import type { DeadlineOverrides } from '@law-report/core';
import Fastify, { type FastifyInstance } from 'fastify';
import { catalogJudge, extensionList, type CatalogGiven } from './county-catalog.js';
import { publicOriginOf } from './http/public-origin.js';
import type { JudgedBy } from './http/context.js';
import { frameworkErrors, handleErrors } from './http/error-handling.js';
import { clientErrors, requireHost } from './http/client-errors.js';
import { limitConnectionsPerAddress, trustedProxies } from './http/connections.js';
import { knownTokens } from './http/known-tokens.js';
import { portalFiles } from './http/portal.js';
import { rateLimiter, type RateLimit } from './http/rate-limit.js';
import { limitRequests } from './http/request-rate.js';
import { securityHeaders } from './http/security-headers.js';
import { wholeNumbersWritten } from './http/strict-input.js';
import { localeOfRequest } from './messages.js';
import { aggregateRoutes } from './routes/aggregate.js';
import { publicPageRoutes } from './routes/public-pages.js';
import { publicRoutes } from './routes/public.js';
import { reportRoutes } from './routes/reports.js';
import { reviewRoutes } from './routes/review.js';
import { unitRoutes } from './routes/units.js';
import type { Store } from './store/store.js';

/** Options of {@link buildApp}. */
export interface AppOptions {
  readonly store: Store;
  /** The county's deadline overrides, for validation and the aggregate; without them, those the store keeps (`serve --deadlines`). */
  readonly deadlines?: DeadlineOverrides;
  /**
   * The county's extension catalog (its own indicators, `x-<namespace>.<name>`: one catalog or an
   * array of them, as a `--catalog` file holds it), for validation, the aggregate and `/api/info`;
   * without it, the one the store keeps (`serve --catalog`). Checked by core's parseCatalog: a bad one throws.
   */
  readonly catalog?: CatalogGiven;
  /** Origins allowed to call the API from a browser (`*` for any); none by default. */
  readonly corsOrigins?: readonly string[];
  /** The largest request body accepted, in bytes (default 512 KiB: a long report is ~100 kB). */
  readonly bodyLimit?: number;
  /**
   * How many submissions one token may make in a window (default 30 an hour): one town cannot fill the disk
   * (`serve --submissions-per-hour`). A limit given alone keeps the hour.
   */
  readonly submissionRate?: Partial<RateLimit>;
  /**
   * How many requests one client address, and one token, may make (default 300 at once, given back
   * over 15 s: 20 a second once a burst is spent); then 429 with `Retry-After`. Counted in memory. A
   * request with a token the server found valid counts against the token only, not its address
   * (`serve --requests-per-address`). A limit given alone keeps the 15 s.
   */
  readonly requestRate?: Partial<RateLimit>;
  /** How many bytes of the public's rendered files (a report's page, Word file, JSON) are kept (default 16 MiB). */
  readonly publicCacheBytes?: number;
  /** How long a client may take to send a whole request, in ms (default 30 s): a slow client cannot hold a connection. */
  readonly requestTimeout?: number;
  /** How long a connection may stay idle, in ms (default 60 s). */
  readonly connectionTimeout?: number;
  /**
   * How long a client may take to send a request's headers, in ms (default 10 s): a client that
   * starts requests and never finishes them holds no connection for long. At most `requestTimeout`.
   */
  readonly headersTimeout?: number;
  /** How many connections the server holds at once (default 256); more are refused. */
  readonly maxConnections?: number;
  /**
   * How many connections one client address may hold that have not yet sent a whole request (default 64):
   * one machine cannot take all of `maxConnections` with requests it never finishes; a connection that
   * has sent one (a browser's, kept alive) no longer counts. A proxy named in `trustProxy` is not held to
   * it (it carries everyone's requests); such a proxy limits its clients itself (`serve --connections-per-address`).
   */
  readonly maxConnectionsPerAddress?: number;
  /**
   * Where to write one line per answered request (`2024-01-26T08:00:00.000Z POST /api/reports 201 12ms 127.0.0.1`):
   * the time, method, path, status, duration and client, never a header nor the query (so never a token,
   * even one put in the address; one in the path is written `lr_…`).
   */
  readonly accessLog?: (line: string) => void;
  /**
   * The reverse proxies whose `X-Forwarded-For`, `-Proto` and `-Host` are believed (Fastify's
   * `trustProxy`: addresses, CIDR ranges or `loopback`): then the access log and `request.ip` name
   * the real client and the feed's links say `https`. None by default: a client talking to the
   * server directly could write any address into those headers.
   */
  readonly trustProxy?: string | readonly string[];
  /**
   * The county's public address (`https://fz.example.gov.cn`): the Atom feed's links are built on it,
   * whatever a request's Host says. Without it, on the Host a trusted proxy forwarded, else on the
   * address the client reached (a Host naming another server is not believed).
   */
  readonly publicOrigin?: string;
  /** The clock (tests set it). */
  readonly now?: () => Date;
  /** A folder of static files served at `/` beside the API: a built portal (`index.html` at its top); never its dotfiles, nothing outside it. */
  readonly portal?: string;
}

// `https://fz.example.gov.cn` of a public origin as given (a trailing slash is let pass), or a programmer's mistake.
function originOf(given: string): string {
  const origin = publicOriginOf(given);
  if (origin === undefined)
    throw new TypeError(
      `buildApp: publicOrigin must be an http(s) origin such as https://fz.example.gov.cn, not ${given}`,
    );
  return origin;
}

// The path of a request as the access log writes it: without its query, and without anything that
// looks like a token (a client may put one in the address, by mistake or to probe).
const loggedPath = (url: string) => (url.split('?', 1)[0] ?? '').replace(/lr_[\w%-]*/g, 'lr_…');

/**
 * The county's collection server: a JSON API over a {@link Store} (docs/server.md), with tokens
 * for the reviewer and for each unit, the review workflow from one table of transitions
 * (workflow.ts), the aggregate by core's aggregator, and an OpenAPI document generated from the
 * route schemas at /api/openapi.json. Built the Fastify way: the store, the clock, the
 * deadlines and the county's catalog decorate the app; a plugin per concern (reports, review, aggregate, public, the public's
 * pages under /reports, units) declares
 * its routes, each with the authorisation it needs as a hook (the token checked before the body is read). Errors are `{ error: { code,
 * message } }` in the request's Accept-Language (zh-CN by default); failed validation is 422
 * `{ issues }`.
 *
 * @example const app = await buildApp({ store: await openStore('.data/law-report.sqlite') }); await app.listen({ port: 8080 })
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store } = options;
  const publicOrigin = options.publicOrigin === undefined ? undefined : originOf(options.publicOrigin);
  const bodyLimit = options.bodyLimit ?? 512 * 1024;
  const submissionRate: RateLimit = { limit: 30, windowMs: 60 * 60 * 1000, ...options.submissionRate };
  const clock = options.now ?? (() => new Date());
  const requestTimeout = options.requestTimeout ?? 30_000;
  const headersTimeout = Math.min(options.headersTimeout ?? 10_000, requestTimeout);
  const app = Fastify({
    logger: false,
    ...(options.trustProxy === undefined
      ? {}
      : { trustProxy: typeof options.trustProxy === 'string' ? options.trustProxy : [...options.trustProxy] }),
    bodyLimit,
    requestTimeout,
    connectionTimeout: options.connectionTimeout ?? 60_000,
    keepAliveTimeout: 5_000,
    // Node checks the headers and request timeouts this often (30 s by default, too coarse for a
    // short timeout: unfinished headers would hold a connection that long whatever the timeout).
    // A request without Host is refused by requireHost, in the contract's shape, not by Node with no body.
    http: { headersTimeout, connectionsCheckingInterval: Math.min(1_000, headersTimeout), requireHostHeader: false },
    clientErrorHandler: clientErrors,
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false } },
    frameworkErrors: frameworkErrors(bodyLimit),
  });

  app.server.maxConnections = options.maxConnections ?? 256;
  limitConnectionsPerAddress(app.server, options.maxConnectionsPerAddress ?? 64, trustedProxies(options.trustProxy));
  app.decorate('store', store);
  app.decorate('clock', clock);
  const submissions = rateLimiter(submissionRate, () => clock().getTime());
  app.decorate('submissionAllowed', (key: string) => submissions.take(key));
  app.decorate('submissionRate', submissionRate);
  // The app's own deadlines, else those the county stored with `serve --deadlines` (kept across
  // restarts), else the statutory defaults.
  app.decorate('judgedBy', async (): Promise<JudgedBy> => {
    if (options.deadlines) return { source: 'options', given: { deadlines: options.deadlines } };
    const stored = (await store.settings()).deadlines;
    return stored ? { source: 'database', given: { deadlines: stored } } : { source: 'default', given: {} };
  });
  // The app's own catalog, else the one the county stored with `serve --catalog`, else the built-in one.
  app.decorate(
    'catalogUsed',
    catalogJudge(
      options.catalog === undefined ? undefined : extensionList(options.catalog),
      async () => (await store.settings()).catalog,
    ),
  );
  app.decorateRequest('locale', 'zh-CN');
  app.decorateRequest('token', null);
  app.decorateRequest('record', null);
  app.addHook('onRequest', async (request) => {
    request.locale = localeOfRequest(request.headers['accept-language']);
  });
  requireHost(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'law-report collection server',
        version: '1.0.0',
        description: '报送、退回、备案、公开法治政府建设年度报告，及其汇总。',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  // Browsers may call the API only from the origins given (`*`: any, for a public test server).
  if (options.corsOrigins && options.corsOrigins.length > 0)
    await app.register(cors, { origin: options.corsOrigins.includes('*') ? '*' : [...options.corsOrigins] });
  handleErrors(app, bodyLimit);
  securityHeaders(app);
  wholeNumbersWritten(app);
  // Counted by the machine's time: the clock tests set may stand still. A valid token's requests count
  // against the token alone, not the address a county's offices may share (known-tokens.ts).
  const known = knownTokens();
  app.decorate('knownTokens', known);
  limitRequests(app, { limit: 300, windowMs: 15_000, ...options.requestRate }, Date.now, known);
  const { accessLog } = options;
  if (accessLog) {
    app.addHook('onResponse', async (request, reply) => {
      accessLog(
        `${new Date().toISOString()} ${request.method} ${loggedPath(request.url)} ${reply.statusCode} ${Math.round(reply.elapsedTime)}ms ${request.ip}`,
      );
    });
  }

  await app.register(reportRoutes);
  await app.register(reviewRoutes);
  await app.register(aggregateRoutes);
  await app.register(publicRoutes);
  await app.register(publicPageRoutes, {
    prefix: '/reports',
    ...(options.publicCacheBytes === undefined ? {} : { cacheBytes: options.publicCacheBytes }),
    ...(publicOrigin === undefined ? {} : { origin: publicOrigin }),
    trusted: trustedProxies(options.trustProxy),
  });
  await app.register(unitRoutes);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  if (options.portal) await app.register(portalFiles, { root: options.portal });
  await app.ready();
  return app;
}
