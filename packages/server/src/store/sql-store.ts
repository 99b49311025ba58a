import type { DeadlineOverrides } from '@law-report/core';
import { MIGRATIONS } from './migrations.js';
import { rowCopy } from './sql-copy.js';
import { int, text, type Db } from './sql-db.js';
import { reportReads } from './sql-report-reads.js';
import { reportWrites } from './sql-report-writes.js';
import { unitsAndTokens } from './sql-units.js';
import type { Settings, Store } from './store.js';

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

/**
 * The store over any {@link Db}: the SQL both drivers share, in parts by what they keep (units and
 * tokens, reports written and read, the county's settings, a copy of every row). All statements are
 * parameterised.
 */
export function sqlStore(kind: Store['kind'], db: Db): Store {
  return {
    kind,
    ...unitsAndTokens(db),
    ...reportWrites(db),
    ...reportReads(db),
    async settings() {
      const rows = await db.query('SELECT key, value FROM settings');
      const value = (key: keyof Settings) => {
        const row = rows.find((candidate) => candidate['key'] === key);
        return row ? (JSON.parse(text(row['value'])) as unknown) : undefined;
      };
      // Kept by putSettings from values checked before (parseDeadlines; a string; parseCatalog).
      const deadlines = value('deadlines') as DeadlineOverrides | undefined;
      const county = value('county');
      const catalog = value('catalog');
      return {
        ...(deadlines ? { deadlines } : {}),
        ...(typeof county === 'string' ? { county } : {}),
        ...(Array.isArray(catalog) ? { catalog } : {}),
      };
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
    ...rowCopy(db),
    close: () => db.close(),
  };
}
