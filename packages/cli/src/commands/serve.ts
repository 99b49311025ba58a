import { existsSync, realpathSync } from 'node:fs';
import { isIP } from 'node:net';
import { dirname, isAbsolute, join, relative, resolve, basename } from 'node:path';
import type { Locale } from '@law-report/core';
import { readCatalog } from '../catalog-file.js';
import { readDeadlines } from '../deadlines-file.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError, type Io } from '../io.js';
import { t } from '../messages.js';
import { localeOf, parse } from '../options.js';
import { backupDatabase } from './serve-backup.js';
import { loadReports } from './serve-load.js';
import {
  addUnit,
  applyRoster,
  lastDayOf,
  listTokens,
  listUnits,
  refuseHidden,
  reissue,
  revokeToken,
  rosterLevel,
  tokenExpiry,
  tokenLabel,
} from './serve-units.js';
import { loadServer } from '../server-module.js';

/**
 * `law-report serve`: the county's collection server (@law-report/server) on SQLite (a file
 * under .data/ by default) or PostgreSQL (`--db postgres://…`). With `--add-unit` or
 * `--add-reviewer` it creates a token, prints it once and exits; `--roster FILE` adds or updates
 * the roster CSV's units and prints their new tokens as CSV; `--list-units` prints the roster;
 * `--reissue NAME` gives a unit a new token and revokes its old ones; `--revoke` deletes a name's
 * tokens (a unit stays on the roster). `--label` and `--expires DATE|DAYS` go with any token made;
 * `--list-tokens` shows them with when each was made and last used. `--load <dir|file…>` loads old
 * reports of any years as versions marked 历史导入, listing what it could not read or match, and exits.
 * `--copy-from DB` copies a county's whole store (a SQLite file) into the empty one `--db` names (PostgreSQL).
 * `--public-origin URL` is the county's public address, which the Atom feed's links are built on.
 * `--catalog FILE` keeps the county's extension catalog (its own indicators) in the database, as `--deadlines` is kept.
 * `--requests-per-address N`, `--connections-per-address N` and `--submissions-per-hour N` raise (or lower) the
 * limits per client address and per token, for units that reach the server through one gateway or NAT.
 */
export function serveCommand(args: readonly string[], io: Io): Promise<number> {
  // Serving until asked to stop: then the open requests finish and the database is closed cleanly.
  const stopped = () =>
    new Promise<void>((done) => {
      process.once('SIGINT', () => done());
      process.once('SIGTERM', () => done());
    });
  return serve(args, io, stopped);
}

// A PostgreSQL address (`postgres://…`, `postgresql://…`); anything else names a SQLite file.
const isPostgres = (db: string) => /^postgres(?:ql)?:\/\//.test(db);

// The addresses only this machine reaches.
const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|localhost)$/;

// The real path of what exists of `path`: its nearest existing folder resolved, the rest as given.
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPath(parent), basename(path));
  }
}

const within = (folder: string, path: string) => {
  const rest = relative(folder, path);
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
};

/**
 * The proxies whose `X-Forwarded-For` and `-Proto` the server believes: none unless `--behind-proxy`
 * (a proxy on this machine: `loopback`) or `--trusted-proxy ADDR,…` (addresses or CIDR ranges of
 * the proxies, loopback too) says one is in front. Believed from anyone else, the headers would let
 * a client write any address into the log.
 *
 * @example proxiesTrusted(true, '10.0.0.5', 'zh-CN') // ['loopback', '10.0.0.5']
 */
export function proxiesTrusted(
  behindProxy: boolean,
  trusted: string | undefined,
  locale: Locale,
): string[] | undefined {
  if (trusted === undefined) return behindProxy ? ['loopback'] : undefined;
  const addresses = trusted
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);
  const valid = (address: string) => {
    const [ip = '', prefix, ...rest] = address.split('/');
    const version = isIP(ip);
    if (version === 0 || rest.length > 0) return false;
    return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
  };
  if (addresses.length === 0 || !addresses.every(valid))
    throw new UsageError(t(locale, 'badOptionValue', { option: '--trusted-proxy' }));
  return ['loopback', ...addresses];
}

/**
 * The limits a county may set (`--requests-per-address`, `--connections-per-address`,
 * `--submissions-per-hour`), each a whole number from 1 to its bound: beyond the bound a limit protects
 * nothing (a connection cap above the 256 connections the server holds at all).
 */
export const LIMIT_BOUNDS = {
  'requests-per-address': 100_000,
  'connections-per-address': 256,
  'submissions-per-hour': 10_000,
} as const;

/**
 * A limit's flag read as a whole number from 1 to its bound, or undefined when not given.
 *
 * @throws UsageError naming the option and its range, in the clerk's language
 * @example limitGiven('requests-per-address', '1200', 'zh-CN') // 1200
 */
export function limitGiven(option: keyof typeof LIMIT_BOUNDS, value: string | undefined, locale: Locale) {
  if (value === undefined) return undefined;
  const max = LIMIT_BOUNDS[option];
  const number = /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!(number >= 1 && number <= max))
    throw new UsageError(t(locale, 'badWholeNumber', { option: `--${option}`, max }));
  return number;
}

// A database as messages name it: a PostgreSQL address without its password.
const shown = (db: string) => {
  if (!isPostgres(db)) return db;
  try {
    const url = new URL(db);
    url.password = '';
    return url.toString();
  } catch {
    return 'PostgreSQL';
  }
};

// `--copy-from DB`: everything the store at `source` keeps (a SQLite file or a PostgreSQL address)
// copied into the empty store `--db` names, in one transaction; a target holding anything is refused.
async function copyFrom(source: string, db: string, io: Io, locale: Locale): Promise<number> {
  const from = isPostgres(source) ? source : resolve(io.cwd, source);
  // Opening a SQLite file that is not there would make an empty database and copy nothing.
  if (!isPostgres(source) && !existsSync(from)) throw new UsageError(t(locale, 'copySourceMissing', { file: source }));
  const { copyStore, openStore, StoreNotEmpty } = await loadServer(locale);
  const sourceStore = await openStore(from);
  try {
    const target = await openStore(db);
    try {
      const counts = await copyStore(sourceStore, target);
      io.err(
        `${t(locale, 'copied', { from: shown(source), to: shown(db), units: counts.units, tokens: counts.tokens, settings: counts.settings, reports: counts.reports, versions: counts.report_versions, steps: counts.transitions })}\n`,
      );
      return EXIT_OK;
    } catch (error) {
      if (!(error instanceof StoreNotEmpty)) throw error;
      const held = error.counts;
      io.err(
        `${t(locale, 'copyTargetNotEmpty', { to: shown(db), units: held.units, tokens: held.tokens, settings: held.settings, reports: held.reports })}\n`,
      );
      return EXIT_PROBLEMS;
    } finally {
      await target.close();
    }
  } finally {
    await sourceStore.close();
  }
}

/** {@link serveCommand}, serving until `stopped()` settles (tests stop it so). */
export async function serve(args: readonly string[], io: Io, stopped: () => Promise<void>): Promise<number> {
  const { values, positionals } = parse(args, {
    db: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    deadlines: { type: 'string' },
    catalog: { type: 'string' },
    county: { type: 'string' },
    cors: { type: 'string' },
    portal: { type: 'string' },
    'behind-proxy': { type: 'boolean' },
    'trusted-proxy': { type: 'string' },
    'public-origin': { type: 'string' },
    'add-unit': { type: 'string' },
    level: { type: 'string' },
    'add-reviewer': { type: 'string' },
    revoke: { type: 'string' },
    roster: { type: 'string' },
    'list-units': { type: 'boolean' },
    'list-tokens': { type: 'boolean' },
    'revoke-token': { type: 'string' },
    label: { type: 'string' },
    expires: { type: 'string' },
    reissue: { type: 'string' },
    load: { type: 'string', multiple: true },
    backup: { type: 'string' },
    'copy-from': { type: 'string' },
    'requests-per-address': { type: 'string' },
    'connections-per-address': { type: 'string' },
    'submissions-per-hour': { type: 'string' },
  });
  const locale: Locale = localeOf(values.lang);
  // `--load a b c`: the folders and files after --load are its too.
  const load = values.load === undefined ? undefined : [...values.load, ...positionals];
  if (positionals.length > 0 && !load) throw new UsageError(t(locale, 'badArguments'));
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(t(locale, 'badOptionValue', { option: '--port' }));
  // Levels as the roster CSV writes them: town, 乡镇, 街道, 部门…
  const level = rosterLevel(values.level ?? 'town');
  if (!level) throw new UsageError(t(locale, 'badOptionValue', { option: '--level' }));
  const db = values.db ?? resolve(io.cwd, '.data', 'law-report.sqlite');
  // A password on the command line is in the process list for every user of the machine.
  if (/^postgres(?:ql)?:\/\/[^/@]*:[^/@]*@/.test(db)) io.err(`${t(locale, 'passwordInUrl')}\n`);
  // A portal folder holding the SQLite file would let anyone download it: refused before anything is opened.
  const sqliteFile = isPostgres(db) ? undefined : resolve(io.cwd, db);
  if (
    values.portal !== undefined &&
    sqliteFile &&
    within(realPath(resolve(io.cwd, values.portal)), join(realPath(dirname(sqliteFile)), basename(sqliteFile)))
  ) {
    throw new UsageError(t(locale, 'portalHoldsDatabase', { portal: values.portal, db }));
  }
  // What a token made now carries: a label, and the instant it stops working.
  const tokenOptions = {
    label: tokenLabel(values.label, locale),
    expiresAt: tokenExpiry(values.expires, new Date(), locale),
  };
  const trustProxy = proxiesTrusted(values['behind-proxy'] ?? false, values['trusted-proxy'], locale);
  // The limits per client address and per token, for counties whose offices share one address (one 政务外网
  // gateway, one NAT); their windows stay the server's (a burst given back over 15 s, submissions by the hour).
  const requestsPerAddress = limitGiven('requests-per-address', values['requests-per-address'], locale);
  const connectionsPerAddress = limitGiven('connections-per-address', values['connections-per-address'], locale);
  const submissionsPerHour = limitGiven('submissions-per-hour', values['submissions-per-hour'], locale);
  const deadlines = values.deadlines === undefined ? undefined : await readDeadlines(values.deadlines, io.cwd, locale);
  // The county's own indicators (x-<namespace>.<name>): checked before anything is opened, a bad file keeps nothing.
  const catalog = values.catalog === undefined ? undefined : await readCatalog(values.catalog, io.cwd, locale);
  // `--backup FILE`: SQLite's online backup, safe while the server runs; PostgreSQL is backed up by its own tools
  // (pg_dump), which the message names.
  if (values.backup !== undefined) {
    if (isPostgres(db)) throw new UsageError(t(locale, 'backupPostgres'));
    return backupDatabase(values.db ?? join('.data', 'law-report.sqlite'), values.backup, io, locale);
  }
  if (values['copy-from'] !== undefined)
    return copyFrom(values['copy-from'], isPostgres(db) ? db : resolve(io.cwd, db), io, locale);
  const { addToken, buildApp, openStore, publicOriginOf } = await loadServer(locale);
  // `--public-origin URL`: the county's public address, which the Atom feed's links are built on whatever Host a
  // request names (the server's one rule of what an origin is); anything else is a usage error.
  const givenOrigin = values['public-origin'];
  const publicOrigin = givenOrigin === undefined ? undefined : publicOriginOf(givenOrigin);
  if (givenOrigin !== undefined && publicOrigin === undefined)
    throw new UsageError(t(locale, 'badOptionValue', { option: '--public-origin' }));
  const store = await openStore(isPostgres(db) ? db : resolve(io.cwd, db));
  if (values.county !== undefined) await store.putSettings({ county: values.county.trim() || null });
  // Kept in the database: a restart without --deadlines judges by them still.
  if (deadlines) {
    await store.putSettings({ deadlines });
    io.err(`${t(locale, 'deadlinesKept', { file: values.deadlines ?? '' })}\n`);
  }
  // Kept in the database too: submissions, the aggregate and --load (below) know the county's indicators.
  if (catalog) {
    const extensions = Array.isArray(catalog.json) ? catalog.json : [catalog.json];
    await store.putSettings({ catalog: extensions });
    const namespaces = [...catalog.catalog.namespaces].map((namespace) => `x-${namespace}`).join(', ');
    io.err(`${t(locale, 'catalogKept', { file: values.catalog ?? '', namespaces })}\n`);
  }
  if (values.revoke !== undefined) {
    try {
      // Units and reviewers are two name spaces: a name that is both is revoked by id, one token at a time.
      const given = values.revoke.trim();
      const unit = await store.findUnit(given);
      const tokens = await store.tokens();
      const roles = (['unit', 'reviewer'] as const).filter((role) =>
        tokens.some(
          (token) =>
            token.role === role && token.name === (role === 'unit' ? unit?.name : given.normalize('NFKC').trim()),
        ),
      );
      if (roles.length > 1) throw new UsageError(t(locale, 'revokeAmbiguous', { name: given }));
      const count = roles[0] ? await store.revokeTokens(given, roles[0]) : 0;
      io.err(`${t(locale, 'tokensRevoked', { name: values.revoke.trim(), count })}\n`);
      return count > 0 ? EXIT_OK : EXIT_PROBLEMS;
    } finally {
      await store.close();
    }
  }
  // The roster: each of these does its work, prints what it made, and exits.
  const units = (work: () => Promise<number>) => work().finally(() => store.close());
  // The roster first, then the old reports matched to it: `--roster roster.csv --load 历年报告` in one go.
  if (values.roster !== undefined) {
    return units(async () => {
      const roster = await applyRoster(store, addToken, values.roster ?? '', io, locale, tokenOptions);
      return load ? Math.max(roster, await loadReports(store, load, io, locale)) : roster;
    });
  }
  if (load) return units(() => loadReports(store, load, io, locale));
  if (values['list-units']) return units(() => listUnits(store, io, locale));
  if (values['list-tokens']) return units(() => listTokens(store, io, locale));
  if (values['revoke-token'] !== undefined)
    return units(() => revokeToken(store, values['revoke-token'] ?? '', io, locale));
  if (values.reissue !== undefined)
    return units(() => reissue(store, addToken, values.reissue ?? '', io, locale, tokenOptions));
  if (values['add-unit'] !== undefined)
    return units(() => addUnit(store, addToken, values['add-unit'] ?? '', level, io, locale, tokenOptions));
  const reviewer = values['add-reviewer'];
  if (reviewer !== undefined) {
    refuseHidden(reviewer, locale);
    try {
      const token = await addToken(store, 'reviewer', reviewer, null, tokenOptions);
      io.err(
        `${tokenOptions.expiresAt ? `${t(locale, 'tokenExpires', { day: lastDayOf(tokenOptions.expiresAt) })}\n` : ''}${t(locale, 'tokenCreated', { name: reviewer.normalize('NFKC').trim() })}\n`,
      );
      io.out(`${token}\n`);
      return EXIT_OK;
    } finally {
      await store.close();
    }
  }
  const app = await buildApp({
    store,
    accessLog: (line) => io.err(`${line}\n`),
    ...(trustProxy ? { trustProxy } : {}),
    ...(requestsPerAddress === undefined ? {} : { requestRate: { limit: requestsPerAddress } }),
    ...(connectionsPerAddress === undefined ? {} : { maxConnectionsPerAddress: connectionsPerAddress }),
    ...(submissionsPerHour === undefined ? {} : { submissionRate: { limit: submissionsPerHour } }),
    ...(publicOrigin ? { publicOrigin } : {}),
    ...(values.portal ? { portal: resolve(io.cwd, values.portal) } : {}),
    ...(values.cors
      ? {
          corsOrigins: values.cors
            .split(',')
            .map((origin) => origin.trim())
            .filter(Boolean),
        }
      : {}),
  });
  const host = values.host ?? '127.0.0.1';
  const address = await app.listen({ port, host });
  // Tokens cross the network in the clear unless a TLS proxy is in front: said at every start.
  if (!LOOPBACK.test(host) && !trustProxy) io.err(`${t(locale, 'plainHttp', { host })}\n`);
  io.err(`${t(locale, 'serving', { address: `${address}/`, db: store.kind === 'sqlite' ? db : 'PostgreSQL' })}\n`);
  await stopped();
  await app.close();
  await store.close();
  return EXIT_OK;
}
