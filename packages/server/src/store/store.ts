import type { DeadlineOverrides, FirstReceipt, Report, ValidationIssue } from '@law-report/core';
import type { Action } from '../workflow.js';

/** Where a report is in the county's review: 已提交, 退回, 已备案, 已公开. */
export type ReportStatus = 'submitted' | 'returned' | 'filed' | 'published';

/** Who a token belongs to: the county's reviewer, or one reporting unit. */
export type Role = 'reviewer' | 'unit';

/** A token as stored: only its hash is kept. */
export interface TokenRecord {
  readonly hash: string;
  readonly role: Role;
  /** The reviewer's name, or the unit's (normalised, as on the roster). */
  readonly name: string;
  /** For a unit token: the unit's level, for the roster. */
  readonly level: string | null;
  readonly createdAt: string;
  /** What the county wrote to tell its tokens apart (张三的笔记本, 2025年报送), if anything. */
  readonly label: string | null;
  /** The instant (ISO, UTC) it stops working, if it ever does. */
  readonly expiresAt: string | null;
  /** When it was last used (to the minute), if ever. */
  readonly lastUsedAt: string | null;
}

/** A token as listed: its id, whose it is, its label, since when, when last used, until when; never its hash. */
export interface TokenListing {
  readonly id: number;
  readonly role: Role;
  readonly name: string;
  readonly label: string | null;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly expiresAt: string | null;
}

/** A unit on the county's roster. */
export interface UnitRecord {
  /** As shown: without spaces or a government's ending (城关镇, never 城关镇人民政府; 青川县司法局 stays). */
  readonly name: string;
  /** The name the aggregator matches on (the parent taken off the front): two spellings of one unit share it. */
  readonly key: string;
  /** province, city, county, town or department. */
  readonly level: string;
  /** Its administrative division code, when the roster gives one. */
  readonly code: string | null;
  readonly parent: string | null;
  /** Its own submission deadline (an ISO date), overriding its level's. */
  readonly deadline: string | null;
  /** How many tokens it has that work. */
  readonly tokens: number;
}

/** A unit as the roster gives it, to add or update. */
export interface UnitInput {
  readonly name: string;
  readonly level: string;
  readonly code?: string | undefined;
  readonly parent?: string | undefined;
  readonly deadline?: string | undefined;
}

/** What {@link Store.putUnit} did: the unit as now kept, or the unit whose code it is already. */
export type PutUnit =
  | { readonly change: 'added' | 'updated' | 'unchanged'; readonly unit: UnitRecord }
  | { readonly change: 'code_taken'; readonly unit: UnitRecord };

/** What the county set once, kept across restarts. */
export interface Settings {
  /** The county's deadline overrides (`--deadlines`), checked by core's parseDeadlines before they were kept. */
  readonly deadlines?: DeadlineOverrides;
  /** The county's name (`--county`), for file names and titles. */
  readonly county?: string;
  /**
   * The county's extension catalogs (`--catalog`): its own indicators (`x-<namespace>.<name>`), each
   * catalog as core's `createCatalog` takes it, checked by core's parseCatalog before they were kept.
   */
  readonly catalog?: readonly unknown[];
}

/** One unit's report on one year, as the county tracks it. */
export interface ReportRecord {
  readonly id: string;
  readonly unit: string;
  readonly year: number;
  readonly status: ReportStatus;
  /** The latest version's number (1, 2, …). */
  readonly version: number;
  readonly updatedAt: string;
  /** The date the county published it, when it has. */
  readonly publishedOn: string | null;
}

/** Where a version came from: a unit's submission, or an old report the county loaded from a file (历史导入, `serve --load`). */
export type VersionOrigin = 'submission' | 'load';

/** What a loaded version (历史导入) keeps of its loading, beside the report and never in it. */
export interface LoadedFrom {
  /** The file it was read from, as the clerk named it (`历年报告/2019/北留镇.docx`, `reports.jsonl:12`). */
  readonly file: string;
  /** The instant (ISO, UTC) it was loaded. */
  readonly at: string;
}

/** One submission of a report: kept for ever, never overwritten. */
export interface VersionRecord {
  readonly version: number;
  readonly report: Report;
  /** When the county received it; for a loaded version, the day the report gives (submittedOn, else its 落款 date), at midnight in China. */
  readonly submittedAt: string;
  readonly submittedBy: string;
  /** What the submission was answered with besides acceptance: warnings (plausibility, deadlines…) and notes. */
  readonly warnings: ValidationIssue[];
  /** `load` for 历史导入: an old report the county loaded (`serve --load`), not one the unit sent. */
  readonly origin: VersionOrigin;
  /** For a loaded version, the file it came from and when; null for a submission. */
  readonly loaded: LoadedFrom | null;
}

/** An old report to keep as a version marked 历史导入 ({@link Store.loadVersion}). */
export interface HistoryVersion {
  /** The unit as the roster names it. */
  readonly unit: string;
  readonly year: number;
  readonly report: Report;
  /** The hash of the report's content (history/content-hash.ts): the same content is never kept twice. */
  readonly hash: string;
  /** The file it was read from, as the clerk named it. */
  readonly file: string;
  /** `published` when the report says it was published (`publishedOn`), else `filed`. */
  readonly status: 'filed' | 'published';
  readonly publishedOn: string | null;
  /** When the county received it, as the report gives it (an ISO instant): on time or late is judged by it. */
  readonly receivedAt: string;
  /** What a submission of it would have been warned about (plausibility, a tenfold jump on the year before…), shown in review. */
  readonly warnings: readonly ValidationIssue[];
  /** Who loaded it, for the history. */
  readonly by: string;
  /** The instant it is loaded. */
  readonly at: string;
}

/**
 * What {@link Store.loadVersion} did: kept it as a new version; found the same content there
 * already (in `version`, loaded from `file`, or submitted when null); or refused it, because the
 * unit's own submissions are there (`submitted`) or the report kept comes after it in the
 * aggregator's order: dated later, or on the same date from a file whose name comes later (`not_later`).
 */
export type HistoryLoad =
  | {
      readonly change: 'added';
      readonly id: string;
      readonly version: number;
      readonly status: ReportStatus;
      readonly previous: { readonly version: number; readonly file: string | null } | null;
    }
  | { readonly change: 'present'; readonly id: string; readonly version: number; readonly file: string | null }
  | {
      readonly change: 'refused';
      readonly id: string;
      readonly version: number;
      readonly status: ReportStatus;
      readonly reason: 'submitted' | 'not_later';
      readonly file: string | null;
    };

/**
 * A report as {@link Store.list} gives it, with its latest version's report and its first receipt:
 * what {@link Store.latestReports} yields.
 */
export interface LatestReport extends ReportRecord {
  /** The latest version's report as kept: JSON text, written out as it is (never parsed and written again). */
  readonly reportJson: string;
  /** The county's first receipt of the report, for its 报送日期 (core's `firstReceiptDay`). */
  readonly firstReceipt: FirstReceipt;
  /** How many warnings the latest version came with. */
  readonly warnings: number;
}

/** A version without its report: what a list of versions shows (the report itself is fetched by number). */
export type VersionSummary = Omit<VersionRecord, 'report'>;

/** One step of the review: who did what, when, and why. */
export interface TransitionRecord {
  /** The step taken (read from the table of transitions: each pair of states is one step), or `load` (历史导入, `serve --load`). */
  readonly action: Action | 'load';
  readonly from: ReportStatus | null;
  readonly to: ReportStatus;
  /** The instant (ISO, UTC). */
  readonly at: string;
  /** The day in China of `at` (`YYYY-MM-DD`): the day a person there would name. */
  readonly day: string;
  readonly by: string;
  readonly reason: string | null;
  /** Whether `by` confirmed in this step that 保密审查 is done (公开 needs it, 备案 takes it): the county's act, not the unit's claim. */
  readonly confidentialityReviewed: boolean;
}

/** What a submission did. */
export interface Submitted {
  readonly id: string;
  readonly version: number;
  readonly status: ReportStatus;
}

/** Why the store refused a change: the report's state does not allow it. */
export class StateConflict extends Error {
  constructor(readonly status: ReportStatus) {
    super(`the report is ${status}`);
  }
}

/** Why the store refused a review step: it named a version that is no longer the latest. */
export class VersionConflict extends Error {
  constructor(readonly latest: number) {
    super(`the latest version is ${latest}`);
  }
}

/**
 * Why the store could not do what was asked: the database is locked by another process, the disk
 * is full, the connection is gone. Nothing of the change was kept; the request may be tried again.
 */
export class StoreUnavailable extends Error {
  constructor(cause: unknown) {
    super(`the database failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/**
 * What a store keeps, table by table, in the order a copy writes them (a report before its
 * versions and its history): the roster, token hashes, the county's settings, reports, every
 * version, every step of the review.
 */
export const STORE_TABLES = ['units', 'tokens', 'settings', 'reports', 'report_versions', 'transitions'] as const;

/** One of {@link STORE_TABLES}. */
export type StoreTable = (typeof STORE_TABLES)[number];

/**
 * Some rows of one table, every column as kept (the same schema on both drivers: text, integers,
 * nulls): what {@link Store.exportRows} reads and {@link Store.importRows} writes, so a copy moves
 * token ids, report ids and instants exactly.
 */
export interface StoreRows {
  readonly table: StoreTable;
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

/** How many rows of each table a store holds, or a copy wrote. */
export type StoreCounts = Readonly<Record<StoreTable, number>>;

/** Why {@link Store.importRows} refused: the store it was to fill holds something already (the counts say what). */
export class StoreNotEmpty extends Error {
  constructor(readonly counts: StoreCounts) {
    super(
      `the store is not empty: ${STORE_TABLES.filter((table) => counts[table] > 0)
        .map((table) => `${counts[table]} ${table}`)
        .join(', ')}`,
    );
  }
}

/**
 * Where the server keeps tokens, reports, every version and every review step. Two drivers,
 * SQLite and PostgreSQL, behind this one interface; both apply the same migrations at open.
 * Every change is one transaction: a submission is there entirely or not at all.
 */
export interface Store {
  /** The driver, for messages and benchmarks. */
  readonly kind: 'sqlite' | 'postgres';
  addToken(token: TokenRecord): Promise<void>;
  findToken(hash: string): Promise<TokenRecord | undefined>;
  /**
   * Deletes every token of `name` in `role` (a unit's, or a reviewer's: two name spaces; without a
   * role, both): they stop working at once. A unit stays on the roster, its reports kept. Returns how many.
   */
  revokeTokens(name: string, role?: Role): Promise<number>;
  /** Notes that the token of `hash` was used at `at` (an ISO instant). */
  touchToken(hash: string, at: string): Promise<void>;
  /** Every token that works, oldest first, with its id (never its hash). */
  tokens(): Promise<TokenListing[]>;
  /** Deletes the one token of that id: it stops working at once. Returns whether there was one. */
  revokeToken(id: number): Promise<boolean>;
  /** In one transaction: every token of `token.name` in its role revoked and `token` added. Returns how many were revoked. */
  replaceTokens(token: TokenRecord): Promise<number>;
  /** The county's roster, in the order units were added. */
  units(): Promise<UnitRecord[]>;
  /** The unit of that name (normalised first), if it is on the roster. */
  findUnit(name: string, parent?: string): Promise<UnitRecord | undefined>;
  /**
   * Adds a unit to the roster, or updates the level, code, parent and deadline of the one of
   * that (normalised) name. A code that belongs to another unit is refused (`code_taken`).
   */
  putUnit(unit: UnitInput): Promise<PutUnit>;
  /**
   * Keeps a new version of the unit's report on `year` (creating the report at the first) and
   * sets it `submitted`, with the warnings it was answered with. Refused with {@link StateConflict}
   * when the table of transitions does not let the unit submit (filed, published).
   */
  submit(
    unit: string,
    year: number,
    report: Report,
    by: string,
    at: string,
    warnings?: readonly ValidationIssue[],
  ): Promise<Submitted>;
  /**
   * Keeps an old report as a version marked 历史导入, in one transaction: a new report (version 1)
   * or a new version after loaded ones, set `filed` or `published` with a `load` step in the
   * history. Nothing is kept when the same content is there already (`present`), when the unit
   * has submitted on that year itself or the report is in review (`refused`, `submitted`), or when
   * the report kept comes after it in the aggregator's order (its date, then its file's name;
   * `refused`, `not_later`): the same file corrected on the same date is the next version.
   */
  loadVersion(input: HistoryVersion): Promise<HistoryLoad>;
  report(id: string): Promise<ReportRecord | undefined>;
  versions(id: string): Promise<VersionRecord[]>;
  /** The versions `offset`… (at most `limit`, oldest first) without their reports: a list that never loads every body at once. */
  versionSummaries(id: string, offset: number, limit: number): Promise<VersionSummary[]>;
  latest(id: string): Promise<VersionRecord | undefined>;
  /** One version of the report (1, 2, …). */
  version(id: string, version: number): Promise<VersionRecord | undefined>;
  /** When the report was first submitted: on time or late is judged by this date. */
  firstSubmittedAt(id: string): Promise<string | undefined>;
  /**
   * The county's first receipt of the report (its version 1): when, and whether it was loaded as
   * 历史导入; core's `judgedSubmission` turns it into the 报送日期 timeliness is judged by.
   */
  firstReceipt(id: string): Promise<FirstReceipt | undefined>;
  /** {@link firstReceipt} of every report {@link list} gives for the same filter, by report id, in one query. */
  firstReceipts(filter: { year?: number; status?: ReportStatus; unit?: string }): Promise<Map<string, FirstReceipt>>;
  /** How many warnings the latest version of every report {@link list} gives for the same filter came with, by report id, in one query. */
  latestWarningCounts(filter: { year?: number; status?: ReportStatus; unit?: string }): Promise<Map<string, number>>;
  history(id: string): Promise<TransitionRecord[]>;
  /**
   * Every report {@link list} gives for the same filter, in its order, each with its latest
   * version's report and its first receipt: one query per page of `pageSize` reports (the page
   * after the last one read, by year and unit), so a province's tens of thousands are read a page at
   * a time, never all at once and never one query per report. Read while others may write: a page
   * is a snapshot, the pages together are not (a report changed meanwhile comes once, as it was when
   * its page was read).
   */
  latestReports(
    filter: { year?: number; status?: ReportStatus; unit?: string },
    pageSize?: number,
  ): AsyncIterable<LatestReport>;
  list(filter: { year?: number; status?: ReportStatus; unit?: string }): Promise<ReportRecord[]>;
  /**
   * Moves a report from one of `from` to `to`, recording who, when and why. Refused with
   * {@link StateConflict} when the report is in another state, with {@link VersionConflict} when
   * `version` is given and is no longer the latest (both checked inside the transaction).
   * `confidentialityReviewed` records that `by` confirmed 保密审查 in this step (备案, 公开).
   */
  transition(
    id: string,
    from: readonly ReportStatus[],
    to: ReportStatus,
    by: string,
    at: string,
    reason: string | null,
    publishedOn?: string,
    version?: number,
    confidentialityReviewed?: boolean,
  ): Promise<ReportRecord>;
  /** What the county set (`--deadlines`, `--county`, `--catalog`). */
  settings(): Promise<Settings>;
  /** Keeps each setting given; `null` forgets one. */
  putSettings(settings: { readonly [K in keyof Settings]?: Settings[K] | null }): Promise<void>;
  /**
   * Every row of every table, table by table ({@link STORE_TABLES}' order), a page at a time, so a
   * copy never holds every report at once. Read while nothing writes (the server stopped): pages
   * are read one after another, not in one snapshot.
   */
  exportRows(): AsyncIterable<StoreRows>;
  /**
   * Writes `rows` (another store's {@link exportRows}) into this store as they are, in one
   * transaction: all of them or none. Refused with {@link StoreNotEmpty} when this store holds a
   * unit, a token, a setting or a report already, so a copy is never mixed into a county's data and
   * copying again adds nothing. Returns how many rows of each table it wrote.
   */
  importRows(rows: AsyncIterable<StoreRows>): Promise<StoreCounts>;
  close(): Promise<void>;
}
