import type { FirstReceipt, Report, ValidationIssue } from '@law-report/core';
import { chinaDay } from '../china-day.js';
import { actionOf } from '../workflow.js';
import { int, text, type Db, type Row } from './sql-db.js';
import type { LatestReport, ReportRecord, ReportStatus, Store, TransitionRecord, VersionRecord } from './store.js';

// Part of the SQL store (sql-store.ts puts the parts together): reading reports, their versions and their
// history.

/** A `reports` row as a record. */
export const reportOf = (row: Row): ReportRecord => ({
  id: text(row['id']),
  unit: text(row['unit']),
  year: int(row['year']),
  status: text(row['status']) as ReportStatus,
  version: int(row['version']),
  updatedAt: text(row['updated_at']),
  publishedOn: row['published_on'] === null || row['published_on'] === undefined ? null : text(row['published_on']),
});

// The warnings a version came with, as submit stored them (core's issues).
const warningsOf = (row: Row): ValidationIssue[] =>
  row['warnings'] === null || row['warnings'] === undefined
    ? []
    : (JSON.parse(text(row['warnings'])) as ValidationIssue[]);

const versionOf = (row: Row): VersionRecord => ({
  version: int(row['version']),
  // Stored by submit from a report core's validation accepted, and its issues.
  report: JSON.parse(text(row['body'])) as Report,
  submittedAt: text(row['submitted_at']),
  submittedBy: text(row['submitted_by']),
  warnings: warningsOf(row),
  origin: row['origin'] === 'load' ? 'load' : 'submission',
  loaded: row['origin'] === 'load' ? { file: text(row['source']), at: text(row['loaded_at']) } : null,
});

// A first version's receipt: a loaded one (历史导入) was kept at the date its report gives.
const receiptOf = (row: Row): FirstReceipt => ({ at: text(row['submitted_at']), loaded: row['origin'] === 'load' });

// The WHERE clause of a list of reports by year, status and unit (columns of `reports`, under `prefix`).
function listFilter(
  filter: {
    readonly year?: number | undefined;
    readonly status?: ReportStatus | undefined;
    readonly unit?: string | undefined;
  },
  prefix: string,
): { readonly where: string; readonly params: unknown[] } {
  const conditions = (
    [
      ['year', filter.year],
      ['status', filter.status],
      ['unit', filter.unit],
    ] as const
  ).filter(([, value]) => value !== undefined);
  const where = conditions.map(([column]) => `${prefix}${column} = ?`);
  return { where: where.length ? ` WHERE ${where.join(' AND ')}` : '', params: conditions.map(([, value]) => value) };
}

// How many reports latestReports reads per query: a page of reports of a few tens of KB each stays
// a few MB in memory, and tens of thousands take a few hundred queries.
const LATEST_PAGE = 200;

// The columns a version is read from.
const VERSION_COLUMNS = 'version, body, submitted_at, submitted_by, warnings, origin, source, loaded_at';

/** What the SQL store reads of reports, over `db`. */
export function reportReads(
  db: Db,
): Pick<
  Store,
  | 'report'
  | 'versions'
  | 'versionSummaries'
  | 'latest'
  | 'version'
  | 'firstSubmittedAt'
  | 'firstReceipt'
  | 'firstReceipts'
  | 'latestWarningCounts'
  | 'history'
  | 'latestReports'
  | 'list'
> {
  return {
    async report(id) {
      const row = (
        await db.query('SELECT id, unit, year, status, version, updated_at, published_on FROM reports WHERE id = ?', [
          id,
        ])
      )[0];
      return row ? reportOf(row) : undefined;
    },
    async versions(id) {
      return (
        await db.query(`SELECT ${VERSION_COLUMNS} FROM report_versions WHERE report_id = ? ORDER BY version`, [id])
      ).map(versionOf);
    },
    async versionSummaries(id, offset, limit) {
      const rows = await db.query(
        'SELECT version, submitted_at, submitted_by, warnings, origin, source, loaded_at FROM report_versions WHERE report_id = ? ORDER BY version LIMIT ? OFFSET ?',
        [id, limit, offset],
      );
      return rows.map((row) => {
        const { report: _report, ...summary } = versionOf({ ...row, body: 'null' });
        return summary;
      });
    },
    async latest(id) {
      const row = (
        await db.query(
          'SELECT v.version, v.body, v.submitted_at, v.submitted_by, v.warnings, v.origin, v.source, v.loaded_at FROM report_versions v JOIN reports r ON r.id = v.report_id AND r.version = v.version WHERE r.id = ?',
          [id],
        )
      )[0];
      return row ? versionOf(row) : undefined;
    },
    async version(id, version) {
      const row = (
        await db.query(`SELECT ${VERSION_COLUMNS} FROM report_versions WHERE report_id = ? AND version = ?`, [
          id,
          version,
        ])
      )[0];
      return row ? versionOf(row) : undefined;
    },
    async firstSubmittedAt(id) {
      const row = (
        await db.query('SELECT submitted_at FROM report_versions WHERE report_id = ? AND version = 1', [id])
      )[0];
      return row ? text(row['submitted_at']) : undefined;
    },
    async firstReceipt(id) {
      const row = (
        await db.query('SELECT submitted_at, origin FROM report_versions WHERE report_id = ? AND version = 1', [id])
      )[0];
      return row ? receiptOf(row) : undefined;
    },
    async firstReceipts(filter) {
      const { where, params } = listFilter(filter, 'r.');
      const rows = await db.query(
        `SELECT r.id, v.submitted_at, v.origin FROM reports r JOIN report_versions v ON v.report_id = r.id AND v.version = 1${where}`,
        params,
      );
      return new Map(rows.map((row) => [text(row['id']), receiptOf(row)]));
    },
    async latestWarningCounts(filter) {
      const { where, params } = listFilter(filter, 'r.');
      const rows = await db.query(
        `SELECT r.id, v.warnings FROM reports r JOIN report_versions v ON v.report_id = r.id AND v.version = r.version${where}`,
        params,
      );
      return new Map(rows.map((row) => [text(row['id']), warningsOf(row).length]));
    },
    async history(id): Promise<TransitionRecord[]> {
      const rows = await db.query(
        'SELECT from_status, to_status, at, by_name, reason, confidentiality_reviewed, action FROM transitions WHERE report_id = ? ORDER BY seq',
        [id],
      );
      return rows.map((row) => {
        const from = row['from_status'] === null ? null : (text(row['from_status']) as ReportStatus);
        const to = text(row['to_status']) as ReportStatus;
        const at = text(row['at']);
        return {
          action: row['action'] === 'load' ? 'load' : (actionOf(from, to) ?? 'submit'),
          from,
          to,
          at,
          day: chinaDay(at),
          by: text(row['by_name']),
          reason: row['reason'] === null ? null : text(row['reason']),
          confidentialityReviewed: int(row['confidentiality_reviewed']) === 1,
        };
      });
    },
    async *latestReports(filter, pageSize = LATEST_PAGE): AsyncGenerator<LatestReport> {
      const { where, params } = listFilter(filter, 'r.');
      // Keyset paging in list's order (year newest first, then unit; a unit has one report a year):
      // each page starts after the last report read, so a report added meanwhile moves nothing.
      let after: { readonly year: number; readonly unit: string } | undefined;
      for (;;) {
        const keyset = after ? `${where ? ' AND' : ' WHERE'} (r.year < ? OR (r.year = ? AND r.unit > ?))` : '';
        // The page's reports first, then the bodies of those only: joined before the LIMIT, every
        // later report's body would be read and sorted for each page (quadratic in a county's size).
        const rows = await db.query(
          `SELECT r.id, r.unit, r.year, r.status, r.version, r.updated_at, r.published_on, l.body, l.warnings, f.submitted_at, f.origin FROM (SELECT * FROM reports r${where}${keyset} ORDER BY r.year DESC, r.unit LIMIT ?) r JOIN report_versions l ON l.report_id = r.id AND l.version = r.version JOIN report_versions f ON f.report_id = r.id AND f.version = 1 ORDER BY r.year DESC, r.unit`,
          [...params, ...(after ? [after.year, after.year, after.unit] : []), pageSize],
        );
        for (const row of rows)
          yield {
            ...reportOf(row),
            reportJson: text(row['body']),
            firstReceipt: receiptOf(row),
            warnings: warningsOf(row).length,
          };
        const last = rows.at(-1);
        if (!last || rows.length < pageSize) return;
        after = { year: int(last['year']), unit: text(last['unit']) };
      }
    },
    async list({ year, status, unit }) {
      const { where, params } = listFilter({ year, status, unit }, '');
      const rows = await db.query(
        `SELECT id, unit, year, status, version, updated_at, published_on FROM reports${where} ORDER BY year DESC, unit`,
        params,
      );
      return rows.map(reportOf);
    },
  };
}
