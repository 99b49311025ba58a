import type { DeadlineOverrides, Locale } from '@law-report/core';
import type { DeadlineSource } from '../county-aggregate.js';
import type { CountyCatalog } from '../county-catalog.js';
import type { KnownTokens } from './known-tokens.js';
import type { RateAnswer, RateLimit } from './rate-limit.js';
import type { ReportRecord, Store, TokenRecord } from '../store/store.js';

/** The deadlines the server judges by now, and where they came from. */
export interface JudgedBy {
  readonly source: DeadlineSource;
  /** To spread into core's options: `{ deadlines }`, or nothing for the statutory defaults. */
  readonly given: { readonly deadlines?: DeadlineOverrides };
}

// What buildApp decorates the app and each request with; every route plugin reads them.
declare module 'fastify' {
  interface FastifyInstance {
    /** Where reports, tokens and the roster are kept. */
    readonly store: Store;
    /** The clock (tests set it); every day is read from it in China. */
    readonly clock: () => Date;
    /** The deadlines judged by: the app's own, else those the county stored (`serve --deadlines`), else the defaults. */
    readonly judgedBy: () => Promise<JudgedBy>;
    /** The catalog judged by: the app's own, else the county's stored (`serve --catalog`), else the built-in one. */
    readonly catalogUsed: () => Promise<CountyCatalog>;
    /** Counts one submission of a token (by its hash) against the app's rate: refused when it made too many. */
    readonly submissionAllowed: (key: string) => RateAnswer;
    /** The submission rate the app allows, for the 429's message. */
    readonly submissionRate: RateLimit;
    /** The tokens `allow` lately found valid, by hash: counted by the request limiter against themselves alone. */
    readonly knownTokens: KnownTokens;
  }
  interface FastifyRequest {
    /** The language of the answer, from Accept-Language. */
    locale: Locale;
    /** Who is asking, set by the `allow` preHandler of a route that needs a token. */
    token: TokenRecord | null;
    /** The report of `:id`, set by the `readableReport` preHandler once the token may read it. */
    record: ReportRecord | null;
  }
}
