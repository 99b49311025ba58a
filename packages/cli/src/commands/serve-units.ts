import { parseRosterCsv, type Locale, type UnitLevel } from '@law-report/core';
import type { Store } from '@law-report/server';
import { readRosterFile } from '../roster-file.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError, type Io } from '../io.js';
import { t } from '../messages.js';

// `law-report serve`'s roster: units added one by one or from the roster CSV `aggregate` reads,
// listed, and given new tokens. The server keeps names as the aggregator matches them
// (城关镇人民政府 is 城关镇), so a unit cannot be listed twice.

/** What a new token carries (`--label`, `--expires`), as @law-report/server's addToken takes it. */
export interface NewTokenOptions {
  readonly label?: string | undefined;
  readonly expiresAt?: string | undefined;
}

/** What the roster needs of @law-report/server (imported by the caller only when serving). */
export type AddToken = (
  store: Store,
  role: 'unit',
  name: string,
  level: string | null,
  options?: NewTokenOptions & { readonly replace?: boolean },
) => Promise<string>;

const DAY = 24 * 60 * 60 * 1000;

/**
 * `--expires` read: a date (the token works through that day in China, so it stops at the next
 * midnight there) or a number of days from `now`; undefined without the option. Anything else, or
 * a day not after today, is a usage error.
 *
 * @example tokenExpiry('2027-03-31', new Date('2026-12-04T00:00:00Z'), 'zh-CN') // '2027-03-31T16:00:00.000Z'
 */
export function tokenExpiry(text: string | undefined, now: Date, locale: Locale): string | undefined {
  if (text === undefined) return undefined;
  const given = text.trim();
  let at: number;
  if (/^\d{1,4}$/.test(given)) {
    const days = Number(given);
    if (days < 1 || days > 3650) throw new UsageError(t(locale, 'badExpires'));
    at = now.getTime() + days * DAY;
  } else {
    // China keeps UTC+8 all year: the day ends at 16:00 UTC.
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(given);
    const start = day ? Date.parse(`${given}T00:00:00+08:00`) : Number.NaN;
    if (!day || !Number.isFinite(start) || new Date(start + 8 * 60 * 60 * 1000).toISOString().slice(0, 10) !== given)
      throw new UsageError(t(locale, 'badExpires'));
    at = start + DAY;
  }
  if (at <= now.getTime()) throw new UsageError(t(locale, 'badExpires'));
  return new Date(at).toISOString();
}

/** `--label` read: at most 200 characters, no invisible character; undefined without the option. */
export function tokenLabel(text: string | undefined, locale: Locale): string | undefined {
  if (text === undefined) return undefined;
  refuseHidden(text, locale);
  if (text.trim().length > 200) throw new UsageError(t(locale, 'badLabel'));
  return text.trim() || undefined;
}

// What to say of a new token besides the token: until when it works.
const expiryNote = (options: NewTokenOptions, locale: Locale) =>
  options.expiresAt ? `${t(locale, 'tokenExpires', { day: lastDayOf(options.expiresAt) })}\n` : '';

/**
 * The last day in China a token that stops at `instant` works (China keeps UTC+8 all year).
 *
 * @example lastDayOf('2027-03-31T16:00:00.000Z') // '2027-03-31'
 */
export function lastDayOf(instant: string): string {
  return new Date(Date.parse(instant) - 1 + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/**
 * A unit level as the roster CSV writes it (town, 乡镇, 街道, 部门…), read by core's roster
 * parser so `--level` takes exactly what the CSV takes.
 *
 * @example rosterLevel('乡镇') // 'town'
 */
export function rosterLevel(text: string): UnitLevel | undefined {
  if (/[",\r\n]/.test(text)) return undefined;
  return parseRosterCsv(`name,level\n-,${text.trim()}`).entries[0]?.level;
}

/** `--add-unit NAME [--level L]`: a new unit and its token, printed once; a unit already listed is refused. */
export async function addUnit(
  store: Store,
  addToken: AddToken,
  name: string,
  level: UnitLevel,
  io: Io,
  locale: Locale,
  options: NewTokenOptions = {},
): Promise<number> {
  if (!name.trim()) throw new UsageError(t(locale, 'badOptionValue', { option: '--add-unit' }));
  refuseHidden(name, locale);
  const existing = await store.findUnit(name);
  if (existing) {
    io.err(`${t(locale, 'unitExists', { given: name.trim(), name: existing.name })}\n`);
    return EXIT_PROBLEMS;
  }
  const token = await addToken(store, 'unit', name, level, options);
  io.err(
    `${expiryNote(options, locale)}${t(locale, 'tokenCreated', { name: (await store.findUnit(name))?.name ?? name.trim() })}\n`,
  );
  io.out(`${token}\n`);
  return EXIT_OK;
}

/** `--reissue NAME`: a new token for a unit on the roster, its old ones revoked; the unit and its reports stay. */
export async function reissue(
  store: Store,
  addToken: AddToken,
  name: string,
  io: Io,
  locale: Locale,
  options: NewTokenOptions = {},
): Promise<number> {
  const unit = await store.findUnit(name);
  if (!unit) {
    io.err(`${t(locale, 'noSuchUnit', { name: name.trim() })}\n`);
    return EXIT_PROBLEMS;
  }
  const token = await addToken(store, 'unit', unit.name, unit.level, { ...options, replace: true });
  io.err(`${expiryNote(options, locale)}${t(locale, 'tokenReissued', { name: unit.name, count: unit.tokens })}\n`);
  io.out(`${token}\n`);
  return EXIT_OK;
}

/** `--list-units`: the roster as CSV (a UTF-8 BOM for Excel), in the columns `--roster` reads back. */
export async function listUnits(store: Store, io: Io, locale: Locale): Promise<number> {
  const rows = (await store.units()).map((unit) => [
    unit.name,
    unit.level,
    unit.code ?? '',
    unit.parent ?? '',
    unit.deadline ?? '',
    String(unit.tokens),
  ]);
  io.out(csv(t(locale, 'unitsHeader'), rows));
  return EXIT_OK;
}

/** `--list-tokens`: every token kept, as CSV (id, role, name, label, created, last used, expires), never a token or its hash. */
export async function listTokens(store: Store, io: Io, locale: Locale): Promise<number> {
  const rows = (await store.tokens()).map((token) => [
    String(token.id),
    token.role,
    token.name,
    token.label ?? '',
    token.createdAt,
    token.lastUsedAt ?? '',
    token.expiresAt ?? '',
  ]);
  io.out(csv(t(locale, 'tokenListHeader'), rows));
  return EXIT_OK;
}

/** `--revoke-token ID`: the one token of that id stops working; the unit, the reviewer's other tokens and every report stay. */
export async function revokeToken(store: Store, id: string, io: Io, locale: Locale): Promise<number> {
  const number = Number(id);
  if (!/^\d+$/.test(id.trim()) || !Number.isSafeInteger(number))
    throw new UsageError(t(locale, 'badOptionValue', { option: '--revoke-token' }));
  const revoked = await store.revokeToken(number);
  io.err(`${t(locale, revoked ? 'tokenRevoked' : 'noSuchToken', { id: number })}\n`);
  return revoked ? EXIT_OK : EXIT_PROBLEMS;
}

/**
 * `--roster FILE`: adds the roster CSV's units and updates the ones already listed (level, code,
 * parent, deadline); prints a token for each unit that has none as CSV on stdout, and what it
 * did and each refused unit on stderr. Exit 1 when a unit was refused (written another way, its
 * code another's), 2 with nothing applied when the file is no roster or has a bad row.
 */
export async function applyRoster(
  store: Store,
  addToken: AddToken,
  file: string,
  io: Io,
  locale: Locale,
  options: NewTokenOptions = {},
): Promise<number> {
  const { entries } = await readRosterFile(file, io.cwd, locale);
  const refused: string[] = [];
  const counts = { added: 0, updated: 0, unchanged: 0 };
  const tokens: string[][] = [];
  // The name each unit was first given in this file, so a second spelling of it is refused, not applied.
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const hidden = hiddenIn(entry.name);
    if (hidden) {
      refused.push(t(locale, 'rosterRefused', { file, reason: hidden(locale) }));
      continue;
    }
    const listed = await store.findUnit(entry.name, entry.parent);
    const first = listed && seen.get(listed.name);
    if (first) {
      refused.push(
        t(locale, 'rosterRefused', { file, reason: t(locale, 'rosterSameUnit', { name: entry.name, other: first }) }),
      );
      continue;
    }
    const put = await store.putUnit(entry);
    if (put.change === 'code_taken') {
      refused.push(
        t(locale, 'rosterRefused', {
          file,
          reason: t(locale, 'rosterCodeTaken', { code: entry.code ?? '', other: put.unit.name, name: entry.name }),
        }),
      );
      continue;
    }
    seen.set(put.unit.name, entry.name);
    counts[put.change]++;
    // A unit with no working token gets one (a new unit, or one whose tokens were revoked).
    if (put.unit.tokens === 0)
      tokens.push([
        put.unit.name,
        put.unit.level,
        put.unit.code ?? '',
        await addToken(store, 'unit', put.unit.name, put.unit.level, options),
      ]);
  }
  for (const line of refused) io.err(`${line}\n`);
  io.err(
    `${tokens.length > 0 ? expiryNote(options, locale) : ''}${t(locale, 'rosterApplied', { file, ...counts, tokens: tokens.length })}\n`,
  );
  if (tokens.length > 0) io.out(csv(t(locale, 'tokensHeader'), tokens));
  return refused.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

function csv(header: string, rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => {
    // A leading = + - @ would run as a formula in a spreadsheet.
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
    return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return `\uFEFF${[header, ...rows.map((row) => row.map(cell).join(','))].join('\r\n')}\r\n`;
}

/**
 * Refuses a name holding a control or format character (a zero-width space, a right-to-left mark):
 * it would look like another unit's or person's name. The server refuses it too; this says so in
 * the clerk's language.
 */
export function refuseHidden(name: string, locale: Locale): void {
  const hidden = hiddenIn(name);
  if (hidden) throw new UsageError(hidden(locale));
}

// What to say of a name holding a control or format character, undefined for a plain name.
function hiddenIn(name: string): ((locale: Locale) => string) | undefined {
  const found = /[\p{Cc}\p{Cf}]/u.exec(name)?.[0];
  if (found === undefined) return undefined;
  const code = `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return (locale) => t(locale, 'hiddenCharacter', { name: name.replace(/[\p{Cc}\p{Cf}]/gu, '\uFFFD'), code });
}
