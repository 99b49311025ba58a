import { createHash, randomBytes } from 'node:crypto';
import type { Role, Store, TokenRecord } from './store/store.js';
import { hiddenCharacter, unitName } from './unit-name.js';

/** A new token: 32 random bytes, URL-safe, with a prefix that says what it is. */
export function newToken(): string {
  return `lr_${randomBytes(32).toString('base64url')}`;
}

/** What is stored of a token: its SHA-256, never the token itself. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Creates a token for a reporting unit (which may submit and read its own reports only) or for
 * the county's reviewer, stores its hash, and returns the token: shown once, kept nowhere. A
 * unit's name is kept as the aggregator matches names (城关镇人民政府 is 城关镇), and the unit is put
 * on the roster if it is not there yet. With `{ replace: true }` the name's other tokens are
 * revoked in the same transaction (a reissue: the unit and its reports stay). A name holding a
 * control or format character (a zero-width space, a right-to-left mark) is refused with a RangeError:
 * it would look like another name.
 *
 * @example const token = await addToken(store, 'unit', '北留镇', 'town')
 */
export async function addToken(store: Store, role: Role, name: string, level: string | null = null, options: { readonly replace?: boolean } = {}): Promise<string> {
  const hidden = hiddenCharacter(name);
  if (hidden) throw new RangeError(`addToken: the name ${JSON.stringify(name)} holds the invisible character ${hidden}`);
  // A unit's tokens carry its name as the roster keeps it (城关镇 for 城关镇人民政府).
  const kept = role === 'unit' ? ((await store.findUnit(name))?.name ?? unitName(name)) : name.trim();
  if (!kept) throw new TypeError('addToken: the name is empty');
  const token = newToken();
  const record: TokenRecord = { hash: hashToken(token), role, name: kept, level: role === 'unit' ? level : null, createdAt: new Date().toISOString() };
  if (options.replace) await store.replaceTokens(record);
  else await store.addToken(record);
  return token;
}
