import { reviewerName, unitKey, unitName } from '../unit-name.js';
import { int, nullable, text, type Db, type Row } from './sql-db.js';
import type { PutUnit, Role, Store, TokenRecord, UnitRecord } from './store.js';

// Part of the SQL store (sql-store.ts puts the parts together): the roster's units and the tokens that sign
// in for them.

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

/** The units and tokens of the SQL store, over `db`. */
export function unitsAndTokens(
  db: Db,
): Pick<
  Store,
  | 'addToken'
  | 'findToken'
  | 'revokeTokens'
  | 'touchToken'
  | 'tokens'
  | 'revokeToken'
  | 'replaceTokens'
  | 'units'
  | 'findUnit'
  | 'putUnit'
> {
  return {
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
  };
}
