import { unitKey } from '../unit-name.js';

// The schema, as numbered migrations applied in order at start and recorded in
// schema_migrations. Portable SQL: both drivers run the same statements.

/** What a migration's data step needs: statements with `?` parameters, in its transaction. */
export interface MigrationDb {
  query(sql: string, params?: readonly unknown[]): Promise<Readonly<Record<string, unknown>>[]>;
}

/** One step of the schema. */
export interface Migration {
  readonly version: number;
  readonly statements: readonly string[];
  /** Fills what SQL cannot compute (a normalised name), after the statements, in the same transaction. */
  readonly data?: (db: MigrationDb) => Promise<void>;
}

/** Every migration, oldest first. Never edit one that has shipped: add the next. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    statements: [
      `CREATE TABLE tokens (
        hash TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('reviewer', 'unit')),
        name TEXT NOT NULL,
        level TEXT,
        created_at TEXT NOT NULL
      )`,
      `CREATE TABLE reports (
        id TEXT PRIMARY KEY,
        unit TEXT NOT NULL,
        year INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('submitted', 'returned', 'filed', 'published')),
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        published_on TEXT,
        UNIQUE (unit, year)
      )`,
      `CREATE TABLE report_versions (
        report_id TEXT NOT NULL REFERENCES reports (id),
        version INTEGER NOT NULL,
        body TEXT NOT NULL,
        submitted_at TEXT NOT NULL,
        submitted_by TEXT NOT NULL,
        PRIMARY KEY (report_id, version)
      )`,
      `CREATE TABLE transitions (
        report_id TEXT NOT NULL REFERENCES reports (id),
        seq INTEGER NOT NULL,
        from_status TEXT,
        to_status TEXT NOT NULL,
        at TEXT NOT NULL,
        by_name TEXT NOT NULL,
        reason TEXT,
        PRIMARY KEY (report_id, seq)
      )`,
      'CREATE INDEX reports_by_year ON reports (year, status)',
    ],
  },
  {
    // The roster keeps the order units were added in (a county lists its towns its own way).
    version: 2,
    statements: ['ALTER TABLE tokens ADD COLUMN seq INTEGER', 'UPDATE tokens SET seq = 0 WHERE seq IS NULL'],
  },
  {
    // The warnings a version was answered with (JSON), so the review shows what the unit was told.
    version: 3,
    statements: ['ALTER TABLE report_versions ADD COLUMN warnings TEXT'],
  },
  {
    // The roster in a table of its own: a unit stays (with its reports) when its tokens are
    // revoked or reissued, and carries what the roster CSV says of it. `key` is the name the
    // aggregator matches on (unit-name.ts): one unit cannot be listed twice under two spellings.
    version: 4,
    statements: [
      `CREATE TABLE units (
        name TEXT PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        level TEXT NOT NULL,
        code TEXT UNIQUE,
        parent TEXT,
        deadline TEXT,
        seq INTEGER NOT NULL,
        created_at TEXT NOT NULL
      )`,
    ],
    // The units that had tokens, in the order they were added; two spellings of one unit keep
    // their own rows (their reports are apart), the second keyed by its full name.
    async data(db) {
      const rows = await db.query(
        "SELECT name, COALESCE(MIN(level), 'town') AS level, MIN(seq) AS seq, MIN(created_at) AS created_at FROM tokens WHERE role = 'unit' GROUP BY name ORDER BY MIN(seq), name",
      );
      const keys = new Set<string>();
      for (const [index, row] of rows.entries()) {
        const name = String(row['name']);
        const key = keys.has(unitKey(name)) ? name : unitKey(name);
        keys.add(key);
        await db.query('INSERT INTO units (name, key, level, seq, created_at) VALUES (?, ?, ?, ?, ?)', [
          name,
          key,
          String(row['level']),
          index + 1,
          String(row['created_at']),
        ]);
      }
    },
  },
  {
    // What the county set once and the server keeps across restarts (its deadlines, its name).
    version: 5,
    statements: ['CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL)'],
  },
  {
    // A token's seq is its id (`serve --list-tokens`, `--revoke-token ID`): the tokens kept before
    // seq was numbered (0) get numbers after the others, oldest first.
    version: 6,
    statements: [],
    data: async (db) => {
      const rows = await db.query('SELECT hash FROM tokens WHERE seq = 0 OR seq IS NULL ORDER BY created_at, hash');
      for (const row of rows)
        await db.query('UPDATE tokens SET seq = (SELECT COALESCE(MAX(seq), 0) + 1 FROM tokens) WHERE hash = ?', [
          row['hash'],
        ]);
    },
  },
  {
    // The reviewer's confirmation that 保密审查 is done, kept with the step that gave it (公开):
    // the county's own act, beside who and when, never read from the unit's report.
    version: 7,
    statements: ['ALTER TABLE transitions ADD COLUMN confidentiality_reviewed INTEGER NOT NULL DEFAULT 0'],
  },
  {
    // A token's label (to tell a county's tokens apart), when it stops working, and when it was
    // last used: what `serve --list-tokens` shows beside its id. Tokens kept before have none.
    version: 8,
    statements: [
      'ALTER TABLE tokens ADD COLUMN label TEXT',
      'ALTER TABLE tokens ADD COLUMN expires_at TEXT',
      'ALTER TABLE tokens ADD COLUMN last_used_at TEXT',
    ],
  },
  {
    // 历史导入 (`serve --load`): a version loaded from an old report file says so (`origin`), with
    // the file it came from, when it was loaded, and the hash of its content, so loading the same
    // folder again finds it. Kept beside the report, never in it. A step of the history names its
    // action when the states alone cannot (a load is no step of the review table); the steps kept
    // before are read from their states as before.
    version: 9,
    statements: [
      "ALTER TABLE report_versions ADD COLUMN origin TEXT NOT NULL DEFAULT 'submission'",
      'ALTER TABLE report_versions ADD COLUMN source TEXT',
      'ALTER TABLE report_versions ADD COLUMN loaded_at TEXT',
      'ALTER TABLE report_versions ADD COLUMN content_hash TEXT',
      'CREATE INDEX report_versions_by_hash ON report_versions (report_id, content_hash)',
      'ALTER TABLE transitions ADD COLUMN action TEXT',
    ],
  },
];
