import { createHash, randomBytes } from 'node:crypto';
import type { Role, Store, TokenRecord } from './store/store.js';
import { hiddenCharacter, reviewerName, unitName } from './unit-name.js';

/** A new token: 32 random bytes, URL-safe, with a prefix that says what it is. */
export function newToken(): string {
  return `lr_${randomBytes(32).toString('base64url')}`;
}

/** What is stored of a token: its SHA-256, never the token itself. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** What a new token carries besides its holder. */
export interface TokenOptions {
  /** Revoke the name's other tokens (in its role) in the same transaction: a reissue. */
  readonly replace?: boolean;
  /** A label to tell the county's tokens apart (张三的笔记本); at most 200 characters. */
  readonly label?: string | undefined;
  /** The instant (ISO) it stops working; never, without one. */
  readonly expiresAt?: string | undefined;
}

/**
 * Creates a token for a reporting unit (which may submit and read its own reports only) or for
 * the county's reviewer, stores its hash, and returns the token: shown once, kept nowhere. A
 * unit's name is kept as the aggregator matches names (城关镇人民政府 is 城关镇), and the unit is put
 * on the roster if it is not there yet; a reviewer's is NFKC-normalised and trimmed. Units and
 * reviewers are two name spaces. With `{ replace: true }` the name's other tokens in that role are
 * revoked in the same transaction (a reissue: the unit and its reports stay); `label` and
 * `expiresAt` are kept with it. A name or label holding a control or format character (a zero-width
 * space, a right-to-left mark) is refused with a RangeError: it would look like another name.
 *
 * @example const token = await addToken(store, 'unit', '北留镇', 'town', { label: '党政办', expiresAt: '2027-03-31T16:00:00.000Z' })
 */
export async function addToken(
  store: Store,
  role: Role,
  name: string,
  level: string | null = null,
  options: TokenOptions = {},
): Promise<string> {
  for (const text of [name, options.label ?? '']) {
    const hidden = hiddenCharacter(text);
    if (hidden) throw new RangeError(`addToken: ${JSON.stringify(text)} holds the invisible character ${hidden}`);
  }
  // A unit's tokens carry its name as the roster keeps it (城关镇 for 城关镇人民政府).
  const kept = role === 'unit' ? ((await store.findUnit(name))?.name ?? unitName(name)) : reviewerName(name);
  if (!kept) throw new TypeError('addToken: the name is empty');
  const label = options.label?.normalize('NFKC').trim() || null;
  if (label !== null && label.length > 200) throw new RangeError('addToken: a label is at most 200 characters');
  if (options.expiresAt !== undefined && !Number.isFinite(Date.parse(options.expiresAt)))
    throw new RangeError(`addToken: expiresAt ${JSON.stringify(options.expiresAt)} is no instant`);
  const token = newToken();
  const record: TokenRecord = {
    hash: hashToken(token),
    role,
    name: kept,
    level: role === 'unit' ? level : null,
    createdAt: new Date().toISOString(),
    label,
    expiresAt: options.expiresAt === undefined ? null : new Date(options.expiresAt).toISOString(),
    lastUsedAt: null,
  };
  if (options.replace) await store.replaceTokens(record);
  else await store.addToken(record);
  return token;
}
