import { int, type Db } from './sql-db.js';
import { STORE_TABLES, StoreNotEmpty, type Store, type StoreCounts, type StoreTable } from './store.js';

// Part of the SQL store (sql-store.ts puts the parts together): every row out, and into a store that holds
// nothing yet (a copy to another database).

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

/** The SQL store's copy of its rows, over `db`. */
export function rowCopy(db: Db): Pick<Store, 'exportRows' | 'importRows'> {
  return {
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
  };
}
