import { randomUUID } from 'node:crypto';
import type { DeadlineOverrides, FirstReceipt, Report, ValidationIssue } from '@law-report/core';
import { chinaDay } from '../china-day.js';
import { reviewerName, unitKey, unitName } from '../unit-name.js';
import { actionOf, transitionOf } from '../workflow.js';
import { MIGRATIONS } from './migrations.js';
import {
  STORE_TABLES,
  StateConflict,
  StoreNotEmpty,
  VersionConflict,
  type HistoryLoad,
  type StoreCounts,
  type StoreTable,
  type PutUnit,
  type ReportRecord,
  type ReportStatus,
  type Role,
  type Settings,
  type Store,
  type Submitted,
  type TokenRecord,
  type TransitionRecord,
  type UnitRecord,
  type VersionRecord,
} from './store.js';

/** A row as a driver returns it. */
export type Row = Readonly<Record<string, unknown>>;

/** What the store needs of a database: statements with `?` parameters, and transactions. */
export interface Db {
  query(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs `work` in one transaction on one connection; rolls back if it throws. */
  transaction<T>(work: (db: Db) => Promise<T>): Promise<T>;
  /** How to lock the rows a SELECT reads until the transaction ends (`FOR UPDATE`, or nothing). */
  readonly forUpdate: string;
  close(): Promise<void>;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : String(value ?? ''));
const int = (value: unknown): number => Number(value);

const reportOf = (row: Row): ReportRecord => ({
  id: text(row['id']),
  unit: text(row['unit']),
  year: int(row['year']),
  status: text(row['status']) as ReportStatus,
  version: int(row['version']),
  updatedAt: text(row['updated_at']),
  publishedOn: row['published_on'] === null || row['published_on'] === undefined ? null : text(row['published_on']),
});

const versionOf = (row: Row): VersionRecord => ({
  version: int(row['version']),
  // Stored by submit from a report core's validation accepted, and its issues.
  report: JSON.parse(text(row['body'])) as Report,
  submittedAt: text(row['submitted_at']),
  submittedBy: text(row['submitted_by']),
  warnings:
    row['warnings'] === null || row['warnings'] === undefined
      ? []
      : (JSON.parse(text(row['warnings'])) as ValidationIssue[]),
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

// The columns a version is read from.
const VERSION_COLUMNS = 'version, body, submitted_at, submitted_by, warnings, origin, source, loaded_at';

/**
 * Applies the migrations not yet applied, in order, each in a transaction with its record in
 * schema_migrations.
 */
export async function migrate(db: Db): Promise<void> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
  );
  const applied = new Set((await db.query('SELECT version FROM schema_migrations')).map((row) => int(row['version'])));
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    await db.transaction(async (tx) => {
      for (const statement of migration.statements) await tx.query(statement);
      await migration.data?.(tx);
      await tx.query('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)', [
        migration.version,
        new Date().toISOString(),
      ]);
    });
  }
}

const nullable = (value: unknown): string | null => (value === null || value === undefined ? null : text(value));

// A unit with how many tokens it has.
const UNIT_COLUMNS =
  "SELECT u.name, u.key, u.level, u.code, u.parent, u.deadline, (SELECT COUNT(*) FROM tokens t WHERE t.name = u.name AND t.role = 'unit') AS tokens FROM units u";
const unitOf = (row: Row): UnitRecord => ({
  name: text(row['name']),
  key: text(row['key']),
  level: text(row['level']),
  code: nullable(row['code']),
  parent: nullable(row['parent']),
  deadline: nullable(row['deadline']),
  tokens: int(row['tokens']),
});

const insertToken = (tx: Db, token: TokenRecord) =>
  tx.query(
    'INSERT INTO tokens (hash, role, name, level, created_at, label, expires_at, last_used_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM tokens))',
    [token.hash, token.role, token.name, token.level, token.createdAt, token.label, token.expiresAt, token.lastUsedAt],
  );
const TOKEN_COLUMNS = 'SELECT seq, hash, role, name, level, created_at, label, expires_at, last_used_at FROM tokens';
const tokenOf = (row: Row): TokenRecord => ({
  hash: text(row['hash']),
  role: text(row['role']) as TokenRecord['role'],
  name: text(row['name']),
  level: nullable(row['level']),
  createdAt: text(row['created_at']),
  label: nullable(row['label']),
  expiresAt: nullable(row['expires_at']),
  lastUsedAt: nullable(row['last_used_at']),
});
// A unit's token puts its unit on the roster, if it is not there yet.
const ensureUnit = (tx: Db, token: TokenRecord) =>
  tx.query(
    'INSERT INTO units (name, key, level, seq, created_at) VALUES (?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM units), ?) ON CONFLICT DO NOTHING',
    [token.name, unitKey(token.name), token.level ?? 'town', token.createdAt],
  );

// The unit a name stands for: the one of that name as kept, else the one it is another spelling of.
async function findUnit(db: Db, name: string, parent?: string): Promise<UnitRecord | undefined> {
  const rows = (
    await db.query(`${UNIT_COLUMNS} WHERE u.name = ? OR u.key = ?`, [unitName(name), unitKey(name, parent)])
  ).map(unitOf);
  return rows.find((unit) => unit.name === unitName(name)) ?? rows[0];
}

/**
 * Every column of each table as the migrations leave it, and the key its rows are read in order of:
 * what a copy moves ({@link Store.exportRows}). A migration that adds a column adds it here (a test
 * compares this with the migrated schema).
 */
export const TABLE_COLUMNS: Readonly<
  Record<StoreTable, { readonly columns: readonly string[]; readonly key: string }>
> = {
  units: { columns: ['name', 'key', 'level', 'code', 'parent', 'deadline', 'seq', 'created_at'], key: 'name' },
  tokens: {
    columns: ['hash', 'role', 'name', 'level', 'created_at', 'seq', 'label', 'expires_at', 'last_used_at'],
    key: 'hash',
  },
  settings: { columns: ['key', 'value', 'updated_at'], key: 'key' },
  reports: { columns: ['id', 'unit', 'year', 'status', 'version', 'updated_at', 'published_on'], key: 'id' },
  report_versions: {
    columns: [
      'report_id',
      'version',
      'body',
      'submitted_at',
      'submitted_by',
      'warnings',
      'origin',
      'source',
      'loaded_at',
      'content_hash',
    ],
    key: 'report_id, version',
  },
  transitions: {
    columns: [
      'report_id',
      'seq',
      'from_status',
      'to_status',
      'at',
      'by_name',
      'reason',
      'confidentiality_reviewed',
      'action',
    ],
    key: 'report_id, seq',
  },
};

// Rows read or written by one statement in a copy: a page of versions, never every report at once.
const PAGE = 100;

// How many rows each table holds.
async function countRows(db: Db): Promise<StoreCounts> {
  const counts: Partial<Record<StoreTable, number>> = {};
  for (const table of STORE_TABLES)
    counts[table] = int((await db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0]?.['n'] ?? 0);
  return counts as StoreCounts;
}

// Writes `rows` of `table` as they are, PAGE rows to a statement; a column the table lacks is the caller's mistake.
async function insertRows(
  tx: Db,
  table: StoreTable,
  rows: readonly Readonly<Record<string, unknown>>[],
): Promise<void> {
  const known = TABLE_COLUMNS[table];
  if (!known) throw new TypeError(`importRows: no table ${JSON.stringify(table)}`);
  const { columns } = known;
  for (const row of rows) {
    const unknown = Object.keys(row).find((column) => !columns.includes(column));
    if (unknown !== undefined) throw new TypeError(`importRows: ${table} has no column ${JSON.stringify(unknown)}`);
  }
  const one = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += PAGE) {
    const page = rows.slice(start, start + PAGE);
    const params: unknown[] = [];
    for (const row of page) for (const column of columns) params.push(row[column] ?? null);
    await tx.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${page.map(() => one).join(', ')}`, params);
  }
}

/** The store over any {@link Db}: the SQL both drivers share. All statements are parameterised. */
export function sqlStore(kind: Store['kind'], db: Db): Store {
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
    kind,
    addToken(token: TokenRecord) {
      return db.transaction(async (tx) => {
        if (token.role === 'unit') await ensureUnit(tx, token);
        await insertToken(tx, token);
      });
    },
    async findToken(hash) {
      const row = (await db.query(`${TOKEN_COLUMNS} WHERE hash = ?`, [hash]))[0];
      return row ? tokenOf(row) : undefined;
    },
    async revokeTokens(name, role) {
      return db.transaction(async (tx) => {
        // A reviewer's name as kept (NFKC, trimmed); a unit's as the roster keeps it. Each in its own name space.
        const names: [Role, string][] = [
          ['reviewer', reviewerName(name)],
          ['unit', (await findUnit(tx, name))?.name ?? unitName(name)],
        ];
        let count = 0;
        for (const [kind, kept] of names.filter(([kind]) => role === undefined || kind === role)) {
          count += int(
            (await tx.query('SELECT COUNT(*) AS n FROM tokens WHERE role = ? AND name = ?', [kind, kept]))[0]?.['n'] ??
              0,
          );
          await tx.query('DELETE FROM tokens WHERE role = ? AND name = ?', [kind, kept]);
        }
        return count;
      });
    },
    touchToken(hash, at) {
      return db.transaction(async (tx) => {
        await tx.query('UPDATE tokens SET last_used_at = ? WHERE hash = ?', [at, hash]);
      });
    },
    async tokens() {
      const rows = await db.query(`${TOKEN_COLUMNS} ORDER BY seq`);
      return rows.map((row) => {
        const { hash: _hash, level: _level, ...token } = tokenOf(row);
        return { id: int(row['seq']), ...token };
      });
    },
    revokeToken(id) {
      return db.transaction(async (tx) => {
        const count = int((await tx.query('SELECT COUNT(*) AS n FROM tokens WHERE seq = ?', [id]))[0]?.['n'] ?? 0);
        await tx.query('DELETE FROM tokens WHERE seq = ?', [id]);
        return count > 0;
      });
    },
    replaceTokens(token) {
      return db.transaction(async (tx) => {
        const count = int(
          (
            await tx.query('SELECT COUNT(*) AS n FROM tokens WHERE role = ? AND name = ?', [token.role, token.name])
          )[0]?.['n'] ?? 0,
        );
        await tx.query('DELETE FROM tokens WHERE role = ? AND name = ?', [token.role, token.name]);
        if (token.role === 'unit') await ensureUnit(tx, token);
        await insertToken(tx, token);
        return count;
      });
    },
    async units() {
      return (await db.query(`${UNIT_COLUMNS} ORDER BY u.seq, u.name`)).map(unitOf);
    },
    findUnit: (name, parent) => findUnit(db, name, parent),
    putUnit(input) {
      return db.transaction(async (tx): Promise<PutUnit> => {
        const key = unitKey(input.name, input.parent);
        const find = async (sql: string, value: string) => {
          const row = (await tx.query(`${UNIT_COLUMNS} WHERE ${sql}`, [value]))[0];
          return row ? unitOf(row) : undefined;
        };
        if (input.code) {
          const holder = await find('u.code = ?', input.code);
          if (holder && holder.key !== key) return { change: 'code_taken', unit: holder };
        }
        const existing = (await find('u.key = ?', key)) ?? (await find('u.name = ?', unitName(input.name)));
        const fields = {
          level: input.level,
          code: input.code ?? null,
          parent: input.parent ?? null,
          deadline: input.deadline ?? null,
        };
        if (!existing) {
          const name = unitName(input.name);
          await tx.query(
            'INSERT INTO units (name, key, level, code, parent, deadline, seq, created_at) VALUES (?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM units), ?)',
            [name, key, fields.level, fields.code, fields.parent, fields.deadline, new Date().toISOString()],
          );
          return { change: 'added', unit: { name, key, ...fields, tokens: 0 } };
        }
        // What the roster leaves out (no code, no deadline) it does not erase.
        const next = {
          level: fields.level,
          code: fields.code ?? existing.code,
          parent: fields.parent ?? existing.parent,
          deadline: fields.deadline ?? existing.deadline,
        };
        if (
          next.level === existing.level &&
          next.code === existing.code &&
          next.parent === existing.parent &&
          next.deadline === existing.deadline
        )
          return { change: 'unchanged', unit: existing };
        // A parent given now makes its name one more spelling of the unit (青川县司法局 is 司法局 under 青川县).
        const nextKey = unitKey(existing.name, next.parent ?? undefined);
        await tx.query('UPDATE units SET key = ?, level = ?, code = ?, parent = ?, deadline = ? WHERE name = ?', [
          nextKey,
          next.level,
          next.code,
          next.parent,
          next.deadline,
          existing.name,
        ]);
        return { change: 'updated', unit: { ...existing, ...next, key: nextKey } };
      });
    },
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
    async list({ year, status, unit }) {
      const { where, params } = listFilter({ year, status, unit }, '');
      const rows = await db.query(
        `SELECT id, unit, year, status, version, updated_at, published_on FROM reports${where} ORDER BY year DESC, unit`,
        params,
      );
      return rows.map(reportOf);
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
    async settings() {
      const rows = await db.query('SELECT key, value FROM settings');
      const value = (key: keyof Settings) => {
        const row = rows.find((candidate) => candidate['key'] === key);
        return row ? (JSON.parse(text(row['value'])) as unknown) : undefined;
      };
      // Kept by putSettings from values checked before (parseDeadlines; a string).
      const deadlines = value('deadlines') as DeadlineOverrides | undefined;
      const county = value('county');
      return { ...(deadlines ? { deadlines } : {}), ...(typeof county === 'string' ? { county } : {}) };
    },
    putSettings(settings) {
      return db.transaction(async (tx) => {
        for (const [key, value] of Object.entries(settings)) {
          if (value === undefined) continue;
          await tx.query('DELETE FROM settings WHERE key = ?', [key]);
          if (value !== null)
            await tx.query('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)', [
              key,
              JSON.stringify(value),
              new Date().toISOString(),
            ]);
        }
      });
    },
    async *exportRows() {
      for (const table of STORE_TABLES) {
        const { columns, key } = TABLE_COLUMNS[table];
        for (let offset = 0; ; offset += PAGE) {
          const rows = await db.query(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY ${key} LIMIT ? OFFSET ?`, [
            PAGE,
            offset,
          ]);
          if (rows.length > 0) yield { table, rows };
          if (rows.length < PAGE) break;
        }
      }
    },
    importRows(batches) {
      return db.transaction(async (tx) => {
        // Versions and history belong to reports: a store with none of these four holds nothing of a county's.
        const held = await countRows(tx);
        if (held.units + held.tokens + held.settings + held.reports > 0) throw new StoreNotEmpty(held);
        const written: Record<StoreTable, number> = {
          units: 0,
          tokens: 0,
          settings: 0,
          reports: 0,
          report_versions: 0,
          transitions: 0,
        };
        for await (const { table, rows } of batches) {
          await insertRows(tx, table, rows);
          written[table] += rows.length;
        }
        return written;
      });
    },
    close: () => db.close(),
  };
}
