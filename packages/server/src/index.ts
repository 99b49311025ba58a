// The public API of @law-report/server: the app, the stores, tokens.
export { buildApp, type AppOptions } from './app.js';
export { publicOriginOf } from './http/public-origin.js';
export type { RateLimit } from './http/rate-limit.js';
export { addToken, hashToken, newToken, type TokenOptions } from './auth.js';
export { openPostgres, openSqlite, openStore } from './store/open-store.js';
export { backupSqlite } from './store/backup.js';
export { copyStore } from './store/copy-store.js';
export {
  StateConflict,
  StoreNotEmpty,
  type HistoryLoad,
  type HistoryVersion,
  type LatestReport,
  type LoadedFrom,
  type PutUnit,
  type ReportRecord,
  type ReportStatus,
  type Role,
  type Settings,
  type Store,
  type StoreCounts,
  type StoreRows,
  type StoreTable,
  type Submitted,
  type TokenListing,
  type TokenRecord,
  type TransitionRecord,
  type UnitInput,
  type UnitRecord,
  type VersionOrigin,
  type VersionRecord,
  type VersionSummary,
} from './store/store.js';
export type { Action } from './workflow.js';
export {
  loadHistory,
  type HistoryAdded,
  type HistoryCopy,
  type HistoryItem,
  type HistoryPresent,
  type HistoryRefused,
  type HistoryResult,
  type HistoryTwice,
  type HistoryUnmatched,
  type LoadHistoryOptions,
} from './history/load-history.js';
