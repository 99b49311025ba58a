// A county's store with something of everything in it, and everything it keeps read back through
// the store interface: for tests that move a county (a copy between drivers, a dump and restore)
// and check that nothing was lost or changed.
import { makeMetric, makeReport } from '@law-report/core/testing';
import { addToken, hashToken } from '../auth.js';
import type {
  ReportRecord,
  Settings,
  Store,
  TokenListing,
  TransitionRecord,
  UnitRecord,
  VersionRecord,
} from '../store/store.js';

/** The tokens {@link fillCounty} made, as people hold them. */
export interface CountyTokens {
  /** The county's reviewer (县依法治县办). */
  readonly reviewer: string;
  /** 北留镇's working token (a second one was revoked, so token ids have a gap). */
  readonly beiliu: string;
  /** 东河镇's, labelled, working through 2099. */
  readonly donghe: string;
}

/**
 * Fills an empty store as a county would over a few years: settings (deadlines, the county's
 * name), a roster with codes, parents and a deadline, tokens with labels, an expiry, a last use and
 * a revoked one, a report taken through 报送 → 退回 → 报送 → 备案 → 公开 (with a reason, warnings and
 * 保密审查 confirmed), one submitted, and one loaded as 历史导入.
 *
 * @returns the tokens made, to call a server on the store (or on a copy of it) with
 * @example const tokens = await fillCounty(await openStore(file))
 */
export async function fillCounty(store: Store): Promise<CountyTokens> {
  await store.putSettings({ county: '青川县', deadlines: { submit: { town: '01-31' } } });
  await store.putUnit({ name: '北留镇', level: 'town', code: '140522100', parent: '青川县' });
  await store.putUnit({ name: '东河镇', level: 'town', code: '140522101', parent: '青川县', deadline: '2024-01-20' });
  const reviewer = await addToken(store, 'reviewer', '县依法治县办', null, { label: '王五' });
  await addToken(store, 'unit', '北留镇', 'town', { label: '旧的' });
  const beiliu = await addToken(store, 'unit', '北留镇', 'town', { replace: true, label: '党政办' });
  const donghe = await addToken(store, 'unit', '东河镇', 'town', {
    label: '东河镇办公室',
    expiresAt: '2099-03-31T16:00:00.000Z',
  });
  const reportOf = (name: string, year: number, handled: number) =>
    makeReport({
      year,
      unit: { name, level: 'town', parent: { name: '青川县' } },
      issuer: `${name}人民政府`,
      metrics: [makeMetric('disputes.handled', handled, { unit: '起' })],
    });
  const warning = {
    code: 'year_jump',
    severity: 'warning',
    path: ['metrics', 0, 'value'],
    message: '比上一年多十倍以上',
    messages: { 'zh-CN': '比上一年多十倍以上', en: 'more than ten times last year' },
  } as const;
  const first = await store.submit('北留镇', 2023, reportOf('北留镇', 2023, 12), '北留镇', '2024-01-10T02:00:00.000Z');
  await store.transition(
    first.id,
    ['submitted'],
    'returned',
    '县依法治县办',
    '2024-01-12T03:00:00.000Z',
    '请补充保密审查情况',
  );
  await store.submit(
    '北留镇',
    2023,
    { ...reportOf('北留镇', 2023, 130), confidentialityReviewed: true },
    '北留镇',
    '2024-01-15T04:00:00.000Z',
    [warning],
  );
  await store.transition(first.id, ['submitted'], 'filed', '县依法治县办', '2024-01-20T05:00:00.000Z', null);
  await store.transition(
    first.id,
    ['filed'],
    'published',
    '县依法治县办',
    '2024-03-01T06:00:00.000Z',
    null,
    '2024-03-01',
    2,
    true,
  );
  await store.submit('东河镇', 2023, reportOf('东河镇', 2023, 7), '东河镇', '2024-01-18T07:00:00.000Z');
  await store.loadVersion({
    unit: '东河镇',
    year: 2022,
    report: reportOf('东河镇', 2022, 6),
    hash: 'sha256-of-the-2022-report',
    file: '历年报告/2022/东河镇.docx',
    status: 'filed',
    publishedOn: null,
    receivedAt: '2023-01-19T16:00:00.000Z',
    warnings: [],
    by: '历史导入',
    at: '2024-02-01T08:00:00.000Z',
  });
  await store.touchToken(hashToken(donghe), '2024-02-02T09:00:00.000Z');
  return { reviewer, beiliu, donghe };
}

/** Everything a store keeps, as its interface reads it back: what a move must leave identical. */
export interface CountyState {
  readonly settings: Settings;
  readonly units: UnitRecord[];
  readonly tokens: TokenListing[];
  readonly reports: {
    readonly record: ReportRecord;
    readonly versions: VersionRecord[];
    readonly history: TransitionRecord[];
  }[];
}

/**
 * Reads everything a store keeps through its interface: settings, the roster, the tokens (ids,
 * labels, expiry, last use), and every report with every version and every step of its history.
 *
 * @example expect(await countyState(copy)).toEqual(await countyState(original))
 */
export async function countyState(store: Store): Promise<CountyState> {
  const records = await store.list({});
  const reports = [];
  for (const record of records)
    reports.push({ record, versions: await store.versions(record.id), history: await store.history(record.id) });
  return { settings: await store.settings(), units: await store.units(), tokens: await store.tokens(), reports };
}
