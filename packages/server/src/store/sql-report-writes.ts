import { randomUUID } from 'node:crypto';
import { chinaDay } from '../china-day.js';
import { transitionOf } from '../workflow.js';
import { int, nullable, text, type Db } from './sql-db.js';
import { reportOf } from './sql-report-reads.js';
import {
  StateConflict,
  VersionConflict,
  type HistoryLoad,
  type ReportStatus,
  type Store,
  type Submitted,
} from './store.js';

// Part of the SQL store (sql-store.ts puts the parts together): a version submitted or loaded and a step of
// the review, each with its line in the history.

/** What the SQL store writes of reports, over `db`. */
export function reportWrites(db: Db): Pick<Store, 'submit' | 'loadVersion' | 'transition'> {
  const nextSeq = async (tx: Db, id: string) =>
    int(
      (await tx.query('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM transitions WHERE report_id = ?', [id]))[0]?.[
        'next'
      ] ?? 1,
    );
  const record = (
    tx: Db,
    id: string,
    from: ReportStatus | null,
    to: ReportStatus,
    at: string,
    by: string,
    reason: string | null,
    confidentialityReviewed = false,
    action: 'load' | null = null,
  ) =>
    nextSeq(tx, id).then((seq) =>
      tx.query(
        'INSERT INTO transitions (report_id, seq, from_status, to_status, at, by_name, reason, confidentiality_reviewed, action) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [id, seq, from, to, at, by, reason, confidentialityReviewed ? 1 : 0, action],
      ),
    );
  return {
    submit(unit, year, report, by, at, warnings = []): Promise<Submitted> {
      return db.transaction(async (tx) => {
        await tx.query(
          "INSERT INTO reports (id, unit, year, status, version, updated_at) VALUES (?, ?, ?, 'submitted', 0, ?) ON CONFLICT (unit, year) DO NOTHING",
          [randomUUID(), unit, year, at],
        );
        const row = (
          await tx.query(`SELECT id, status, version FROM reports WHERE unit = ? AND year = ?${tx.forUpdate}`, [
            unit,
            year,
          ])
        )[0];
        if (!row) throw new Error('submit: the report row vanished');
        const id = text(row['id']);
        const status = text(row['status']) as ReportStatus;
        // Version 0 is the row just made: a report not submitted before.
        const current = int(row['version']) === 0 ? null : status;
        if (!transitionOf('submit').from.includes(current)) throw new StateConflict(status);
        const version = int(row['version']) + 1;
        await tx.query(
          'INSERT INTO report_versions (report_id, version, body, submitted_at, submitted_by, warnings) VALUES (?, ?, ?, ?, ?, ?)',
          [id, version, JSON.stringify(report), at, by, JSON.stringify(warnings)],
        );
        await tx.query("UPDATE reports SET version = ?, status = 'submitted', updated_at = ? WHERE id = ?", [
          version,
          at,
          id,
        ]);
        await record(tx, id, current, 'submitted', at, by, null);
        return { id, version, status: 'submitted' };
      });
    },
    loadVersion(input) {
      return db.transaction(async (tx): Promise<HistoryLoad> => {
        await tx.query(
          'INSERT INTO reports (id, unit, year, status, version, updated_at) VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT (unit, year) DO NOTHING',
          [randomUUID(), input.unit, input.year, input.status, input.at],
        );
        const row = (
          await tx.query(`SELECT id, status, version FROM reports WHERE unit = ? AND year = ?${tx.forUpdate}`, [
            input.unit,
            input.year,
          ])
        )[0];
        if (!row) throw new Error('loadVersion: the report row vanished');
        const id = text(row['id']);
        const status = text(row['status']) as ReportStatus;
        const current = int(row['version']);
        const same = (
          await tx.query(
            'SELECT version, origin, source FROM report_versions WHERE report_id = ? AND content_hash = ? ORDER BY version LIMIT 1',
            [id, input.hash],
          )
        )[0];
        if (same)
          return {
            change: 'present',
            id,
            version: int(same['version']),
            file: same['origin'] === 'load' ? text(same['source']) : null,
          };
        let previous: { version: number; file: string | null } | null = null;
        if (current > 0) {
          // History goes under what the unit sent itself, never over it; and only while the county has it filed or published.
          const submitted = int(
            (
              await tx.query("SELECT COUNT(*) AS n FROM report_versions WHERE report_id = ? AND origin <> 'load'", [id])
            )[0]?.['n'] ?? 0,
          );
          const latest = (
            await tx.query('SELECT submitted_at, source FROM report_versions WHERE report_id = ? AND version = ?', [
              id,
              current,
            ])
          )[0];
          const file = latest ? nullable(latest['source']) : null;
          if (submitted > 0 || (status !== 'filed' && status !== 'published'))
            return { change: 'refused', id, version: current, status, reason: 'submitted', file };
          // A report after the kept one in the aggregator's order (its own date, then its file's name; the same file
          // corrected) is its next version; one before it is not put over it.
          const kept = Date.parse(text(latest?.['submitted_at']));
          const given = Date.parse(input.receivedAt);
          if (given < kept || (given === kept && input.file < (file ?? '')))
            return { change: 'refused', id, version: current, status, reason: 'not_later', file };
          previous = { version: current, file };
        }
        const version = current + 1;
        await tx.query(
          "INSERT INTO report_versions (report_id, version, body, submitted_at, submitted_by, warnings, origin, source, loaded_at, content_hash) VALUES (?, ?, ?, ?, ?, ?, 'load', ?, ?, ?)",
          [
            id,
            version,
            JSON.stringify(input.report),
            input.receivedAt,
            input.unit,
            JSON.stringify(input.warnings),
            input.file,
            input.at,
            input.hash,
          ],
        );
        await tx.query('UPDATE reports SET version = ?, status = ?, updated_at = ?, published_on = ? WHERE id = ?', [
          version,
          input.status,
          input.at,
          input.status === 'published' ? input.publishedOn : null,
          id,
        ]);
        await record(tx, id, current === 0 ? null : status, input.status, input.at, input.by, null, false, 'load');
        return { change: 'added', id, version, status: input.status, previous };
      });
    },
    transition(id, from, to, by, at, reason, publishedOn, version, confidentialityReviewed = false) {
      return db.transaction(async (tx) => {
        const row = (await tx.query(`SELECT status, version FROM reports WHERE id = ?${tx.forUpdate}`, [id]))[0];
        if (!row) throw new Error(`transition: no report ${id}`);
        const status = text(row['status']) as ReportStatus;
        if (!from.includes(status)) throw new StateConflict(status);
        if (version !== undefined && int(row['version']) !== version) throw new VersionConflict(int(row['version']));
        // Only a published report has a publication date: leaving that state clears it.
        await tx.query('UPDATE reports SET status = ?, updated_at = ?, published_on = ? WHERE id = ?', [
          to,
          at,
          to === 'published' ? (publishedOn ?? chinaDay(at)) : null,
          id,
        ]);
        await record(tx, id, status, to, at, by, reason, confidentialityReviewed);
        const updated = (
          await tx.query('SELECT id, unit, year, status, version, updated_at, published_on FROM reports WHERE id = ?', [
            id,
          ])
        )[0];
        if (!updated) throw new Error(`transition: no report ${id}`);
        return reportOf(updated);
      });
    },
  };
}
