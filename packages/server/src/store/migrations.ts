// The schema, as numbered migrations applied in order at start and recorded in
// schema_migrations. Portable SQL: both drivers run the same statements.

/** One step of the schema. */
export interface Migration {
  readonly version: number;
  readonly statements: readonly string[];
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
];
