import { createHash, randomBytes } from 'node:crypto';
import type { Role, Store } from './store/store.js';

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
 * the county's reviewer, stores its hash, and returns the token: shown once, kept nowhere.
 *
 * @example const token = await addToken(store, 'unit', '北留镇', 'town')
 */
export async function addToken(store: Store, role: Role, name: string, level: string | null = null): Promise<string> {
  const trimmed = name.trim();
  if (!trimmed) throw new TypeError('addToken: the name is empty');
  const token = newToken();
  await store.addToken({ hash: hashToken(token), role, name: trimmed, level: role === 'unit' ? level : null, createdAt: new Date().toISOString() });
  return token;
}
