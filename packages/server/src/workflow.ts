import { messages, type Locale, type Profile } from '@law-report/core';
import type { ReportStatus, Role } from './store/store.js';

// The county's review, as one table: the routes, the store's checks, the docs (docs/server.md)
// and the tests all read it, so a step cannot be allowed in one place and refused in another.

/** What can be done to a report: 报送 (again), 退回, 备案, 公开, 撤销公开. */
export type Action = 'submit' | 'return' | 'file' | 'publish' | 'unpublish';

/** What a reviewer confirms in a step: `confidentialityReviewed`, 保密审查 done. */
export type Confirmation = 'confidentialityReviewed';

/** The issue of the step's check that a reviewer's confirmation answers: the report's own mark missing. */
export const CONFIRMATION_ISSUE: Readonly<Record<Confirmation, string>> = {
  confidentialityReviewed: 'confidentiality_review_missing',
};

/** One step of the review: from which states, to which, by whom, and what it checks first. */
export interface Transition {
  readonly action: Action;
  /** The states it may follow; `null` is a report the unit has not submitted yet. */
  readonly from: readonly (ReportStatus | null)[];
  readonly to: ReportStatus;
  /** Who may take it: the unit (its own reports only) or the county's reviewer. */
  readonly who: Role;
  /** Whether a reason must be given (it is kept in the history either way). */
  readonly reason: 'required' | 'optional' | 'none';
  /** The validation profile the latest version must pass first, if any. */
  readonly checks: Profile | null;
  /**
   * What the reviewer may confirm in the step, as a body field `true` (kept in the history with who
   * and when). One rule for 备案 and 公开: the confirmation stands for the report's own mark in the
   * step's check, so a report lacking only the unit's 保密审查 mark is never sent back for what the
   * county confirms itself.
   */
  readonly confirms: Confirmation | null;
  /**
   * Whether the step needs the confirmation whatever the report says: 公开 does (the county's own
   * act, never the unit's claim); 备案 needs it only where the report does not say 保密审查 is done.
   */
  readonly confirmRequired: boolean;
  /** The route that takes it. */
  readonly route: string;
  readonly label: Readonly<Record<Locale, string>>;
  /** What it is for, for the docs. */
  readonly note: Readonly<Record<Locale, string>>;
}

/** Every step of the review. No state is a dead end: each has a way forward or back. */
export const TRANSITIONS: readonly Transition[] = [
  {
    action: 'submit',
    from: [null, 'submitted', 'returned'],
    to: 'submitted',
    who: 'unit',
    reason: 'none',
    checks: 'submit',
    confirms: null,
    confirmRequired: false,
    route: 'POST /api/reports',
    label: { 'zh-CN': '报送', en: 'submit' },
    note: {
      'zh-CN': '每次报送都是一个新版本；退回的报告改好后再报送。',
      en: 'Every submission is a new version; a returned report is corrected and submitted again.',
    },
  },
  {
    action: 'return',
    from: ['submitted', 'filed'],
    to: 'returned',
    who: 'reviewer',
    reason: 'required',
    checks: null,
    confirms: null,
    confirmRequired: false,
    route: 'POST /api/reports/:id/return',
    label: { 'zh-CN': '退回', en: 'return' },
    note: {
      'zh-CN': '退回单位修改，写明原因；已备案的报告也可退回。',
      en: 'Back to the unit for corrections, with the reason; a filed report can be returned too.',
    },
  },
  {
    action: 'file',
    from: ['submitted'],
    to: 'filed',
    who: 'reviewer',
    reason: 'optional',
    checks: 'publish',
    confirms: 'confidentialityReviewed',
    confirmRequired: false,
    route: 'POST /api/reports/:id/file',
    label: { 'zh-CN': '备案', en: 'file' },
    note: {
      'zh-CN':
        '须已达到公开的要求，否则说明还缺什么，以免备案后无法公开；报告中没有注明已完成保密审查的，由审核人在备案时确认（confidentialityReviewed: true，记入审核记录），不必退回单位。',
      en: 'Needs what publication will need, otherwise says what is missing, so a filed report can always be published; where the report does not say the confidentiality review is done, the reviewer confirms it in this step (confidentialityReviewed: true, kept in the history) instead of returning it.',
    },
  },
  {
    action: 'publish',
    from: ['filed'],
    to: 'published',
    who: 'reviewer',
    reason: 'optional',
    checks: 'publish',
    confirms: 'confidentialityReviewed',
    confirmRequired: true,
    route: 'POST /api/reports/:id/publish',
    label: { 'zh-CN': '公开', en: 'publish' },
    note: {
      'zh-CN':
        '审核人须确认已完成保密审查（confidentialityReviewed: true），确认人和时间记入审核记录；公开日期是县里公开的当天（北京时间）。',
      en: 'The reviewer confirms the confidentiality review is done (confidentialityReviewed: true), kept in the history with who and when; the publication date is the day the county publishes (in China).',
    },
  },
  {
    action: 'unpublish',
    from: ['published'],
    to: 'filed',
    who: 'reviewer',
    reason: 'required',
    checks: null,
    confirms: null,
    confirmRequired: false,
    route: 'POST /api/reports/:id/unpublish',
    label: { 'zh-CN': '撤销公开', en: 'unpublish' },
    note: {
      'zh-CN': '撤回公开，写明原因；报告回到已备案，可再公开或退回。',
      en: 'Withdraws publication, with the reason; the report is filed again, to be published again or returned.',
    },
  },
];

/** Every state, in the order of the review. */
export const STATUSES: readonly ReportStatus[] = ['submitted', 'returned', 'filed', 'published'];

/** The step of `action`. */
export function transitionOf(action: Action): Transition {
  const transition = TRANSITIONS.find((candidate) => candidate.action === action);
  if (!transition) throw new TypeError(`transitionOf: unknown action "${String(action)}"`);
  return transition;
}

/**
 * The step that took a report from `from` to `to` (each pair belongs to one step), for a
 * history that stores only the states.
 *
 * @example actionOf('published', 'filed') // 'unpublish'
 */
export function actionOf(from: ReportStatus | null, to: ReportStatus): Action | undefined {
  return TRANSITIONS.find((transition) => transition.to === to && transition.from.includes(from))?.action;
}

/**
 * What `role` may do now to a report in `status`: the buttons a review screen shows.
 *
 * @example allowedActions('filed', 'reviewer') // ['return', 'publish']
 */
export function allowedActions(status: ReportStatus | null, role: Role): Action[] {
  return TRANSITIONS.filter((transition) => transition.who === role && transition.from.includes(status)).map(
    (transition) => transition.action,
  );
}

/**
 * The table as Markdown, for docs/server.md (where a test compares it with the committed copy).
 *
 * @example transitionTable().startsWith('| step |') // true
 */
export function transitionTable(): string {
  const state = (status: ReportStatus | null) =>
    status === null ? '(new)' : `${messages['zh-CN'].review[status]} \`${status}\``;
  const who = { unit: 'the unit (its own)', reviewer: 'reviewer' } as const;
  const reason = { required: 'required', optional: 'optional', none: '—' } as const;
  const confirmation = (transition: Transition) =>
    transition.confirms === null
      ? '—'
      : `\`${transition.confirms}: true\`${transition.confirmRequired ? '' : ' (where the report does not say so)'}`;
  const rows = TRANSITIONS.map(
    (transition) =>
      `| ${transition.label['zh-CN']} \`${transition.action}\` | ${transition.from.map(state).join(', ')} | ${state(transition.to)} | ${who[transition.who]} | ${transition.checks ? `\`${transition.checks}\` profile` : '—'} | ${confirmation(transition)} | ${reason[transition.reason]} | \`${transition.route}\` | ${transition.note['zh-CN']} ${transition.note.en} |`,
  );
  return [
    '| step | from | to | who | checks first | reviewer confirms | reason | route | note |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
